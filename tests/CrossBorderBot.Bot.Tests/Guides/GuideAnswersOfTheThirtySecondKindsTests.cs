using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Tests.TestUtilities;
using CrossBorderBot.Understanding;
using CrossBorderBot.Understanding.Quantities;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// Answers of the kinds the thirty-second part holds, read by a general rule, in new wording: a currency code after a
/// dollar sign decides the currency; a returns window is no delivery time; a negated "…的" describing the goods is no
/// no; a correction "N not M" gives N; a wallet is no money; a marketplace with a length of time is the experience; the
/// team and the own design in own words; an arrival at port as no full tracking.
/// </summary>
public sealed class GuideAnswersOfTheThirtySecondKindsTests
{
    private static readonly Lazy<KnowledgeBase> Kb = RealGuideParts.Knowledge;
    private static readonly Lazy<CrossBorderRecognizer> Recognizer = RealGuideParts.Recognizer;

    [Theory]
    [InlineData("the buyer paid $80 AUD", "en-us", "AUD")]
    [InlineData("客户付了 $300 加币", "zh-cn", "CAD")]
    [InlineData("invoice is $55 usd", "en-us", "USD")]
    [InlineData("paid $40", "en-us", "USD")]
    public void A_currency_word_after_a_dollar_amount_decides_its_currency(string text, string culture, string currency) =>
        Assert.Equal(currency, Assert.Single(new QuantityRecognizer().RecognizeMoney(text, culture)).Currency);

    [Theory]
    [InlineData("we accept returns within 14 days")]
    [InlineData("买家收到后七天内可以退")]
    public void A_returns_window_is_no_delivery_time(string text) =>
        Assert.Null(ReadLogistics(text, LogisticsSlotReader.Returns).Urgency);

    [Fact]
    public void A_delivery_time_beside_returns_in_another_clause_is_still_read() =>
        Assert.NotNull(ReadLogistics("within 10 days please, returns not needed", LogisticsSlotReader.Returns).Urgency);

    [Theory]
    [InlineData("没拆封的都可以退", "yes")]
    [InlineData("没用过的能退", "yes")]
    [InlineData("质量没问题的不退", "no")]
    [InlineData("我们是不退的", "no")]
    [InlineData("不退", "no")]
    public void A_negated_description_of_the_goods_is_no_answer(string text, string expected) =>
        Assert.Equal(expected, SlotVocabulary.Default.ReadAnswer("returns", text)?.Value);

    [Theory]
    [InlineData("budget should be 20000 not 12000", 20000)]
    [InlineData("预算应该是三万，不是两万", 30000)]
    [InlineData("不是两万，是三万", 30000)]
    [InlineData("8k instead of 5k", 8000)]
    public void A_correction_naming_the_old_figure_gives_the_new_one(string text, int expected) =>
        Assert.Equal(expected, SlotVocabulary.Default.RelativeAmounts.CorrectedFigure(text));

    [Theory]
    [InlineData("budget is 20000")]
    [InlineData("not 12000 and not 15000")]
    [InlineData("20000 or 30000")]
    public void No_correction_without_one_figure_taken_back_and_one_left(string text) =>
        Assert.Null(SlotVocabulary.Default.RelativeAmounts.CorrectedFigure(text));

    [Theory]
    [InlineData("hang on, the budget is 9000 not 6000", "capital-cash-cycle", "capital-monthly-budget", "9000")]
    [InlineData("做一个钱包要两三天", "supply-lead-time", "supply-lead-time", "3")]
    [InlineData("ebay for three years", "capital-cash-cycle", "digital-ecommerce-experience", "cross-border")]
    [InlineData("just me running it", "team-cross-border-staff", "team-cross-border-staff", "1")]
    [InlineData("我老婆一个人在弄", "team-cross-border-staff", "team-cross-border-staff", "1")]
    [InlineData("款式都是我设计的", "product-differentiation", "product-differentiation", "unique")]
    [InlineData("i draw every pattern myself", "product-differentiation", "product-differentiation", "unique")]
    public void An_answer_is_taken_for_the_question_it_fits(string text, string waiting, string question, string expected) =>
        Assert.Equal(expected, ReadReadiness(text, waiting).GetValueOrDefault(question));

    [Fact]
    public void A_wallet_makes_no_cash_cycle() =>
        Assert.False(ReadReadiness("做一个钱包要两三天", "supply-lead-time").ContainsKey("capital-cash-cycle"));

    [Theory]
    [InlineData("only need to know once it reaches the port", false)]
    [InlineData("a heads-up when it gets there is enough", false)]
    public void An_arrival_notice_is_no_full_tracking(string text, bool expected) =>
        Assert.Equal(expected, ReadLogistics(text, LogisticsSlotReader.Tracking).NeedsTracking);

    [Theory]
    [InlineData("it ships in a tube, 80 cm long and 10 cm across", 80, 10)]
    [InlineData("用纸筒装，长一米，直径八公分", 100, 8)]
    [InlineData("a 6 inch wide poster tube, 30 inches long", 76.2, 15.2)]
    public void A_round_parcel_given_by_length_and_width_packs_as_a_box_of_them(string text, double length, double across)
    {
        var size = ParcelSizePrompt.Parse(text);
        Assert.NotNull(size);
        Assert.Equal((decimal)length, size!.LengthCm);
        Assert.Equal((decimal)across, size.WidthCm);
        Assert.Equal((decimal)across, size.HeightCm);
    }

    [Theory]
    [InlineData("a flat envelope, 40 cm by 30 cm")]
    [InlineData("tube of hand cream, 50 ml")]
    public void Two_lengths_without_a_round_parcel_or_no_lengths_give_no_size(string text) =>
        Assert.Null(ParcelSizePrompt.Parse(text));

    private static LogisticsAnswers ReadLogistics(string text, string waiting)
    {
        var locations = new GuideLocationResolver(Kb.Value, Recognizer.Value);
        var message = Recognizer.Value.Understand(text, CrossBorderBot.Language.LanguageDetector.ContainsCjk(text) ? "zh-CN" : "en-US");
        return new LogisticsSlotReader(Kb.Value, locations, SlotVocabulary.Default).Read(text, message.Entities, waiting).Read;
    }

    private static Dictionary<string, string> ReadReadiness(string text, string? waiting)
    {
        var locale = CrossBorderBot.Language.LanguageDetector.ContainsCjk(text) ? "zh-CN" : "en-US";
        return new ReadinessSlotReader(new ReadinessQuestionnaire(Kb.Value), SlotVocabulary.Default)
            .Read(text, Recognizer.Value.Understand(text, locale).Entities, waiting).Read;
    }
}
