using CrossBorderBot.Dialogs;
using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Knowledge.Advisors;
using CrossBorderBot.Knowledge.Loading;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Language;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Dialogs;

/// <summary>
/// The guides' readings added in the twenty-fourth pass, from the kinds of the twenty-second part's misses and the lead's
/// findings: selling experience said as only offline or as zero; a plain no opened by "那就" or "哦"; a rough amount in
/// Chinese speech ("万把块", "两三万"); buyers named by their trade ("汽修店", "装修队"); an apology before a correction,
/// which is no "no"; a speed said at the tracking or returns question, which is no yes or no there; "pretty quick" as a
/// speed; a don't-know said about another question, which leaves the waiting one alone; preventing the problem asked at a
/// playbook step in own words; someone else's time limit at a step; the result asked for early in own words; the seller
/// and the others named as the staff ("my wife and me").
/// </summary>
public sealed class GuideReadingsOfTheTwentyFourthPassTests
{
    private const string Differentiation = "product-differentiation";
    private const string TaxRegistration = "compliance-tax-registration";
    private const string Budget = "capital-monthly-budget";
    private const string Staff = "team-cross-border-staff";

    private static readonly Lazy<KnowledgeBase> Kb = new(() => new KnowledgeLoader().LoadDefault().KnowledgeBase);
    private static readonly Lazy<CrossBorderRecognizer> Recognizer = new(CrossBorderRecognizer.CreateDefault);

    [Theory]
    [InlineData("we only ever went to trade fairs, nothing online")]
    [InlineData("only offline distributors so far, zero online sales")]
    [InlineData("零经验")]
    [InlineData("跨境这块完全是零")]
    [InlineData("只跑过几次广交会，网上一单都没做过")]
    public void Selling_only_offline_or_none_at_all_is_no_experience(string text) =>
        Assert.Equal(SellerExperience.None, Platform(text, PlatformSlotReader.Experience).Read.Experience);

    [Theory]
    [InlineData("3 years on alibaba, we also do the canton fair every spring")]
    [InlineData("在速卖通做了两年，也参加展会")]
    public void Online_selling_said_beside_trade_fairs_is_still_experience(string text) =>
        Assert.Equal(SellerExperience.Some, Platform(text, PlatformSlotReader.Experience).Read.Experience);

    [Theory]
    [InlineData("那就都还没办")]
    [InlineData("哦，那我们一个都没弄")]
    public void A_no_opened_by_a_leading_word_answers_the_yes_no_question(string text) =>
        Assert.Equal("no", Readiness(text, TaxRegistration).GetValueOrDefault(TaxRegistration));

    [Theory]
    [InlineData("一个月万把块吧", 10000)]
    [InlineData("一个月千把块钱", 1000)]
    [InlineData("两三万人民币一个月", 30000)]
    public void A_rough_amount_in_chinese_speech_is_the_budget(string text, int amount)
    {
        var read = Platform(text, PlatformSlotReader.Budget).Read;
        Assert.Equal(amount, read.BudgetAmount);
    }

    [Fact]
    public void A_rough_amount_in_chinese_speech_is_the_readiness_budget() =>
        Assert.Equal("10000", Readiness("每个月万把块吧", Budget).GetValueOrDefault(Budget));

    [Theory]
    [InlineData("刹车片卖给墨西哥的汽修店，用哪个平台")]
    [InlineData("我们做瓷砖，想卖给泰国的装修队和建材店")]
    [InlineData("想把咖啡豆卖给韩国的烘焙工作室")]
    public void Buyers_named_by_their_trade_are_businesses(string text) =>
        Assert.Equal(BusinessModel.B2B, Platform(text, waiting: null).Read.Model);

    [Theory]
    [InlineData("我们是卖家具的工厂，想卖给美国的年轻人，选哪个平台")]
    [InlineData("我们是开母婴店的，想做日本市场")]
    public void The_sellers_own_shop_or_factory_names_no_business_buyers(string text) =>
        Assert.NotEqual(BusinessModel.B2B, Platform(text, waiting: null).Read.Model);

    [Theory]
    [InlineData("不好意思，地址改到多伦多了")]
    [InlineData("不好意思啊，客户换成在大阪收货")]
    public void An_apology_before_a_correction_is_no_no(string text) =>
        Assert.Null(Logistics(text, LogisticsSlotReader.Urgency).Urgency);

    [Theory]
    [InlineData("不急", LogisticsSlotReader.Tracking)]
    [InlineData("一周左右能到最好", LogisticsSlotReader.Tracking)]
    [InlineData("no rush on our side honestly", LogisticsSlotReader.Tracking)]
    [InlineData("不赶时间的", LogisticsSlotReader.Returns)]
    public void A_speed_said_at_a_yes_no_question_is_no_yes_or_no_there(string text, string waiting)
    {
        var read = Logistics(text, waiting);
        Assert.Null(waiting == LogisticsSlotReader.Tracking ? read.NeedsTracking : read.NeedsReturns);
        Assert.NotNull(read.Urgency);
    }

    [Theory]
    [InlineData("要，快一点", true)]
    [InlineData("yes, and fast please", true)]
    [InlineData("no tracking needed, cheapest is fine", false)]
    public void A_yes_or_no_said_first_with_a_speed_still_answers_the_question(string text, bool tracking) =>
        Assert.Equal(tracking, Logistics(text, LogisticsSlotReader.Tracking).NeedsTracking);

    [Theory]
    [InlineData("it has to be there before their festival, so pretty quick")]
    [InlineData("before christmas please, so fairly fast")]
    public void Pretty_quick_is_the_fast_speed(string text) =>
        Assert.Equal(ShippingUrgency.Fast, Logistics(text, LogisticsSlotReader.Urgency).Urgency);

    [Fact]
    public void A_dont_know_said_about_another_question_leaves_the_waiting_one_unanswered()
    {
        var read = Readiness("not sure about budget, maybe 5k rmb a month", Differentiation);
        Assert.False(read.ContainsKey(Differentiation), string.Join(", ", read));
        Assert.Equal("5000", read.GetValueOrDefault(Budget));
    }

    [Fact]
    public void A_dont_know_about_the_waiting_question_still_takes_its_default() =>
        Assert.True(Readiness("not sure", Differentiation).ContainsKey(Differentiation));

    [Theory]
    [InlineData("how do we not get flagged like this again")]
    [InlineData("what can we change so this stops happening")]
    [InlineData("so how do i keep it from happening again?")]
    [InlineData("what should we do differently with the next batch?")]
    [InlineData("怎么做才能不再被下架")]
    [InlineData("以后怎么减少这类投诉")]
    [InlineData("下次怎样才不会再卡在海关")]
    public void Preventing_the_problem_asked_in_own_words_at_a_step_is_read(string text) =>
        Assert.Equal(ResultQuestion.Prevention, ResultQuestions.Read(DialogIds.GuideFixIssue, text));

    [Theory]
    [InlineData("海关一般会扣多少天才退运？")]
    [InlineData("平台给我们几天时间处理这个投诉")]
    public void Someone_elses_time_limit_at_a_step_is_no_question_about_the_step(string text) =>
        Assert.Equal(ResultQuestion.None, ResultQuestions.Read(DialogIds.GuideFixIssue, text));

    [Theory]
    [InlineData("that'll do for now, give me your verdict")]
    [InlineData("enough for today, what's your conclusion?")]
    [InlineData("let's wrap it up here")]
    [InlineData("先停一下，按已经答的给个分数")]
    [InlineData("就按目前答的给个结论")]
    public void The_result_asked_for_early_in_own_words_is_read(string text) =>
        Assert.True(ResultNowCues.AsksForTheResultNow(text), text);

    [Theory]
    [InlineData("what is your assessment of the fees?")]
    [InlineData("we stop here for lunch?")]
    public void A_verdict_or_a_stop_about_something_else_asks_for_no_result(string text) =>
        Assert.False(ResultNowCues.AsksForTheResultNow(text), text);

    [Theory]
    [InlineData("my wife and me", "2")]
    [InlineData("me plus an intern", "2")]
    [InlineData("me and one helper", "2")]
    public void The_seller_and_the_others_named_are_the_staff(string text, string staff) =>
        Assert.Equal(staff, Readiness(text, Staff).GetValueOrDefault(Staff));

    private static Dictionary<string, string> Readiness(string text, string? waiting) =>
        new ReadinessSlotReader(new ReadinessQuestionnaire(Kb.Value), SlotVocabulary.Default).Read(text, Entities(text), waiting).Read;

    private static (PlatformAnswers Read, HashSet<string> Defaults) Platform(string text, string? waiting) =>
        new PlatformSlotReader(Kb.Value, new GuideLocationResolver(Kb.Value, Recognizer.Value), SlotVocabulary.Default).Read(text, Entities(text), waiting);

    private static LogisticsAnswers Logistics(string text, string? waiting) =>
        new LogisticsSlotReader(Kb.Value, new GuideLocationResolver(Kb.Value, Recognizer.Value), SlotVocabulary.Default).Read(text, Entities(text), waiting).Read;

    private static MessageEntities Entities(string text) =>
        Recognizer.Value.Understand(text, LanguageDetector.ContainsCjk(text) ? "zh-CN" : "en-US").Entities;
}
