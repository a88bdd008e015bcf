using System.Globalization;
using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Tests.TestUtilities;
using CrossBorderBot.Understanding;
using CrossBorderBot.Understanding.Quantities;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// Answers of the kinds the thirty-fourth part and the lead's trials hold, read by a general rule, in new wording: a clause
/// that asks stores no answer; the company's size in an opening is not the team; people counted by a language they write
/// are not the team; checks by QC before shipping are systematic; customers' designs are no own design; holding stock is
/// the cash cycle; pieces counted before a weight said of each make the parcel's weight.
/// </summary>
public sealed class GuideAnswersOfTheThirtySixthKindsTests
{
    private static readonly Lazy<KnowledgeBase> Kb = RealGuideParts.Knowledge;
    private static readonly Lazy<CrossBorderRecognizer> Recognizer = RealGuideParts.Recognizer;

    [Theory]
    [InlineData("VAT要提前注册吗？我们卖法国", "compliance-tax-registration")]
    [InlineData("does the EPR thing apply to parcels under 150 eur?", "compliance-tax-registration")]
    [InlineData("陶瓷杯出口要做LFGB吗", "compliance-certifications")]
    public void A_clause_that_asks_is_no_answer(string text, string waiting) =>
        Assert.Empty(Read(text, waiting).Read);

    [Theory]
    [InlineData("none required for socks i guess?", "compliance-certifications")]
    [InlineData("资质方面不清楚要什么", "compliance-certifications")]
    public void A_statement_with_a_doubtful_question_mark_or_a_doubt_still_answers(string text, string waiting) =>
        Assert.Contains(waiting, Read(text, waiting).Read.Keys);

    [Theory]
    [InlineData("shenzhen electronics company, roughly 60 employees. we'd like a readiness check for selling on marketplaces abroad")]
    [InlineData("佛山做陶瓷的，四十人左右，想看看出海准备度")]
    public void The_companys_size_in_an_opening_is_not_the_cross_border_team(string text) =>
        Assert.DoesNotContain(ReadinessSlotReader.StaffId, Read(text, null).Read.Keys);

    [Fact]
    public void People_counted_by_a_language_they_write_at_another_question_are_not_the_team() =>
        Assert.DoesNotContain(ReadinessSlotReader.StaffId, Read("our three sales reps all write good english", "compliance-tax-registration").Read.Keys);

    [Theory]
    [InlineData("装柜前质检员都会抽样")]
    [InlineData("QC looks at each lot prior to loading")]
    public void Checks_by_qc_before_shipping_are_systematic(string text) =>
        Assert.Equal("systematic", Read(text, "product-quality-control").Read["product-quality-control"]);

    [Theory]
    [InlineData("我们基本照客户给的设计稿生产")]
    [InlineData("we mostly work from our clients' drawings")]
    public void Customers_designs_are_no_own_design(string text) =>
        Assert.Equal("same-as-others", Read(text, "product-differentiation").Read["product-differentiation"]);

    [Theory]
    [InlineData("库存压不住太久", "under-1-month")]
    [InlineData("we cannot really carry inventory for long", "under-1-month")]
    public void Holding_stock_is_the_cash_cycle(string text, string bucket) =>
        Assert.Equal(bucket, Read(text, "capital-cash-cycle").Read["capital-cash-cycle"]);

    [Theory]
    [InlineData("12 linen cushions to rome, each 0.5 kg", "en-us", "6")]
    [InlineData("四十双袜子，每双五十克", "zh-cn", "2")]
    [InlineData("3 parcels to berlin, each 2 kg", "en-us", "2")]
    public void Pieces_counted_before_a_weight_said_of_each_make_the_parcels_weight(string text, string culture, string kilograms) =>
        Assert.Equal(decimal.Parse(kilograms, CultureInfo.InvariantCulture), Assert.Single(new QuantityRecognizer().RecognizeWeights(text, culture)).Kilograms);

    private static (Dictionary<string, string> Read, HashSet<string> Defaults) Read(string text, string? waiting) =>
        new ReadinessSlotReader(new ReadinessQuestionnaire(Kb.Value), SlotVocabulary.Default)
            .Read(text, Recognizer.Value.Understand(text, CrossBorderBot.Language.LanguageDetector.ContainsCjk(text) ? "zh-CN" : "en-US").Entities, waiting);
}
