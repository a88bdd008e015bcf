using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Knowledge.Advisors;
using CrossBorderBot.Knowledge.Loading;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Language;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Dialogs;

/// <summary>
/// The guides' readings added in the twenty-sixth pass, one kind of the twenty-fourth part's roots each, on wording of
/// their own (written before they were run, none from a dev or held-out set): readiness answers as whole-family negatives,
/// a scale word alone, marks done for part of the range, a guess before the answer (K1); experience and the customer told
/// in the platform guide's opening (K2); a yearly amount at a monthly budget question (K3); sizes in Chinese numerals and
/// metres, a deadline said by a named day (K4); a request at a playbook step after a lead-in (K5).
/// </summary>
public sealed class GuideReadingsOfTheTwentySixthPassTests
{
    private const string Differentiation = "product-differentiation";
    private const string Certificates = "compliance-certifications";
    private const string TaxRegistration = "compliance-tax-registration";
    private const string Budget = "capital-monthly-budget";
    private const string CashCycle = "capital-cash-cycle";

    private static readonly Lazy<KnowledgeBase> Kb = new(() => new KnowledgeLoader().LoadDefault().KnowledgeBase);
    private static readonly Lazy<CrossBorderRecognizer> Recognizer = new(CrossBorderRecognizer.CreateDefault);

    // ---- K1 ----

    [Theory]
    [InlineData("well, zero certificates")]
    [InlineData("ok. we hold none")]
    [InlineData("认证方面压根没有")]
    [InlineData("证书一个也没有")]
    [InlineData("nope, not one cert")]
    [InlineData("包包应该不用认证吧，反正我们一张也没有")]
    public void Certificates_denied_in_any_words_are_the_questions_negative(string text) =>
        Assert.Equal("unknown", Readiness(text, Certificates).GetValueOrDefault(Certificates));

    [Theory]
    [InlineData("ok, none registered")]
    [InlineData("哦，这块基本没弄")]
    [InlineData("完全没注册")]
    [InlineData("right. none whatsoever")]
    [InlineData("税号什么的都还没办")]
    public void Registrations_denied_after_a_lead_in_are_no(string text) =>
        Assert.Equal("no", Readiness(text, TaxRegistration).GetValueOrDefault(TaxRegistration));

    [Theory]
    [InlineData("meh, so-so")]
    [InlineData("kind of average")]
    [InlineData("马马虎虎")]
    [InlineData("中规中矩吧")]
    [InlineData("middling i'd say")]
    public void A_scale_word_alone_is_the_middle_of_the_scale(string text) =>
        Assert.Equal("some", Readiness(text, Differentiation).GetValueOrDefault(Differentiation));

    [Theory]
    [InlineData("CPC passed for the toddler cups")]
    [InlineData("FCC done for the speakers")]
    [InlineData("RoHS只测了部分型号")]
    [InlineData("CE就做了个别产品")]
    [InlineData("PSE finished for the rice cooker line only")]
    public void Marks_done_for_part_of_the_range_are_some(string text) =>
        Assert.Equal("some", Readiness(text, Certificates).GetValueOrDefault(Certificates));

    [Theory]
    [InlineData("CE done for our products")]
    [InlineData("we have CE for all of them")]
    public void Marks_done_for_the_whole_range_stay_all(string text) =>
        Assert.Equal("all", Readiness(text, Certificates).GetValueOrDefault(Certificates));

    [Theory]
    [InlineData("two of the lamps we designed ourselves, the others are off-the-shelf")]
    [InlineData("有两款自己开了模，其余跟同行差不多")]
    public void Own_designs_for_some_and_common_ones_for_the_rest_are_some(string text) =>
        Assert.Equal("some", Readiness(text, Differentiation).GetValueOrDefault(Differentiation));

    // ---- K2 ----

    [Theory]
    [InlineData("we currently sell candles on etsy, need another marketplace for buyers in germany")]
    [InlineData("我们在虾皮上开店卖手机壳，想再找个平台卖到泰国")]
    [InlineData("our own shopify store does ok, looking for a marketplace in australia for our dog leads")]
    [InlineData("apart from amazon, where else can we sell yoga pants in the UK?")]
    [InlineData("自己有个独立站卖茶具，想加个平台卖给美国人")]
    public void Selling_now_on_a_platform_or_an_own_store_is_some_experience(string text) =>
        Assert.Equal(SellerExperience.Some, Platform(text, null).Read.Experience);

    [Theory]
    [InlineData("we want to sell garden tools on amazon in the UK")]
    [InlineData("想在亚马逊上卖户外灯，卖给德国的普通消费者")]
    public void A_platform_only_planned_tells_no_experience(string text) =>
        Assert.Null(Platform(text, null).Read.Experience);

    [Theory]
    [InlineData("which marketplace for parents in france who buy baby carriers?", BusinessModel.B2C)]
    [InlineData("给德国的宠物主人卖猫砂盆，用哪个平台", BusinessModel.B2C)]
    [InlineData("need a marketplace for gardeners in the UK", BusinessModel.B2C)]
    public void Buyers_named_after_to_for_or_gei_decide_the_customer(string text, BusinessModel model) =>
        Assert.Equal(model, Platform(text, null).Read.Model);

    [Theory]
    [InlineData("mostly garages")]
    [InlineData("主要卖给美甲店")]
    public void Businesses_named_at_the_customer_question_are_b2b(string text) =>
        Assert.Equal(BusinessModel.B2B, Platform(text, "model").Read.Model);

    // ---- K3 ----

    [Theory]
    [InlineData("about 36k usd a year", 3000)]
    [InlineData("roughly 120k rmb per year", 10000)]
    public void A_yearly_platform_budget_is_a_twelfth_a_month_said_as_assumed(string text, int monthly)
    {
        var (read, defaults) = Platform(text, "budget");
        Assert.Equal(monthly, read.BudgetAmount);
        Assert.Contains("budget", defaults);
    }

    [Theory]
    [InlineData("一年大概六万块", "5000")]
    [InlineData("we could put in 48000 rmb a year", "4000")]
    [InlineData("全年预算十二万", "10000")]
    public void A_yearly_readiness_budget_is_a_twelfth_a_month_and_no_cash_cycle(string text, string monthly)
    {
        var read = Readiness(text, Budget);
        Assert.Equal(monthly, read.GetValueOrDefault(Budget));
        Assert.False(read.ContainsKey(CashCycle));
    }

    [Fact]
    public void A_monthly_budget_stays_monthly() =>
        Assert.Equal("5000", Readiness("about 5000 rmb a month", Budget).GetValueOrDefault(Budget));

    // ---- K4 ----

    [Theory]
    [InlineData("纸箱五十乘四十乘三十", 50, 40, 30)]
    [InlineData("每箱一米二乘八十乘六十", 120, 80, 60)]
    [InlineData("两米乘一米乘八十公分", 200, 100, 80)]
    [InlineData("三十乘二十乘十五厘米", 30, 20, 15)]
    [InlineData("箱子尺寸：六十乘四十乘四十", 60, 40, 40)]
    public void Sizes_in_chinese_numerals_and_metres_are_read(string text, int length, int width, int height)
    {
        var size = ParcelSizePrompt.Parse(text);
        Assert.NotNull(size);
        Assert.Equal((length, width, height), ((int)size.LengthCm, (int)size.WidthCm, (int)size.HeightCm));
    }

    [Theory]
    [InlineData("needs to get there before christmas", 19)]
    [InlineData("in time for valentine's day please", 70)]
    [InlineData("赶在双十一之前", 340)]
    [InlineData("下个月中旬前要到", 40)]
    [InlineData("by the end of the month", 25)]
    [InlineData("黑五前要上架", 355)]
    public void A_named_day_as_the_deadline_counts_its_days_from_the_turns_date(string text, int days) =>
        Assert.Equal(ShippingSpeedDays.ForDeliveryTime(days), DeliveryTimeSpeed.Of(text, new DateOnly(2026, 12, 6)));

    [Theory]
    [InlineData("it's a christmas gift for her")]
    [InlineData("圣诞礼物")]
    public void A_named_day_without_a_word_of_before_is_no_deadline(string text) =>
        Assert.Null(DeliveryTimeSpeed.Of(text, new DateOnly(2026, 12, 6)));

    // ---- K5 ----

    [Theory]
    [InlineData("my colleague just joined, so: keep going please", "keep going")]
    [InlineData("switching languages in a sec, anyway: next step", "next step")]
    [InlineData("老板来了，你继续吧", "继续")]
    [InlineData("那下一步呢", "下一步")]
    [InlineData("ok so what comes next?", "what comes next")]
    public void The_request_at_a_step_is_read_without_its_lead_in(string text, string request) =>
        Assert.Equal(request, StepRequest.Core(text));

    // ---- K4 (what to fix first after the result) and K6 ----

    [Theory]
    [InlineData("so what's the first step for us now")]
    [InlineData("头一步做什么")]
    [InlineData("给我们规划个路线")]
    [InlineData("如何改善比较好")]
    [InlineData("is there a road map for this?")]
    public void The_first_step_or_a_route_after_the_readiness_result_is_what_to_fix_first(string text) =>
        Assert.Equal(ResultQuestion.FixFirst, ResultQuestions.Read(CrossBorderBot.Dialogs.DialogIds.GuideReadiness, text));

    [Theory]
    [InlineData("grade what we've got so far")]
    [InlineData("just score whatever you have")]
    [InlineData("ok rate what i've given you")]
    public void Scoring_what_there_is_asks_for_the_result_now(string text) =>
        Assert.True(ResultNowCues.AsksForTheResultNow(text));

    [Theory]
    [InlineData("the buyer gets to keep it")]
    [InlineData("客户自己留着用")]
    [InlineData("they will keep the goods, it's a giveaway")]
    [InlineData("这些是样品，不会寄回")]
    [InlineData("my client keeps them after the show")]
    public void Returns_told_by_the_goods_staying_with_the_buyer_are_no(string text) =>
        Assert.False(Logistics(text, "returns").NeedsReturns);

    [Theory]
    [InlineData("a few hundred bucks")]
    public void A_value_said_by_its_size_only_is_taken_at_the_value_question(string text) =>
        Assert.NotNull(Logistics(text, "value").ValueAmount);

    [Theory]
    [InlineData("a quarter or so")]
    [InlineData("大概一个季度")]
    public void A_quarter_is_one_to_three_months_of_cash(string text) =>
        Assert.Equal("1-3-months", Readiness(text, CashCycle).GetValueOrDefault(CashCycle));

    private static LogisticsAnswers Logistics(string text, string? waiting) =>
        new LogisticsSlotReader(Kb.Value, new GuideLocationResolver(Kb.Value, Recognizer.Value), SlotVocabulary.Default).Read(text, Entities(text), waiting).Read;

    private static Dictionary<string, string> Readiness(string text, string? waiting) =>
        new ReadinessSlotReader(new ReadinessQuestionnaire(Kb.Value), SlotVocabulary.Default).Read(text, Entities(text), waiting).Read;

    private static (PlatformAnswers Read, HashSet<string> Defaults) Platform(string text, string? waiting) =>
        new PlatformSlotReader(Kb.Value, new GuideLocationResolver(Kb.Value, Recognizer.Value), SlotVocabulary.Default).Read(text, Entities(text), waiting);

    private static MessageEntities Entities(string text) =>
        Recognizer.Value.Understand(text, LanguageDetector.ContainsCjk(text) ? "zh-CN" : "en-US").Entities;
}
