using CrossBorderBot.Dialogs;
using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Knowledge.Loading;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Language;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Dialogs;

/// <summary>
/// The guides' readings added in the twenty-third pass, from the kinds of the twenty-first part's misses and the lead's
/// findings: a readiness reply whose clauses hold an answer for one part and not (yet) for another, or give two answers
/// of the question's own; an ability with a tool, which tells the online experience and is no yes; where the seller is
/// from, which is no market; questions about a result in own words (the one pick, a ranked platform's entry requirements,
/// two destinations compared, someone else's process at a playbook step); the result asked for on what was said so far;
/// the plan asked for in own words.
/// </summary>
public sealed class GuideReadingsOfTheTwentyThirdPassTests
{
    private const string Differentiation = "product-differentiation";
    private const string Certificates = "compliance-certifications";
    private const string TaxRegistration = "compliance-tax-registration";
    private const string SmallBatches = "supply-small-batches";
    private const string OnlineExperience = "digital-ecommerce-experience";

    private static readonly Lazy<KnowledgeBase> Kb = new(() => new KnowledgeLoader().LoadDefault().KnowledgeBase);
    private static readonly Lazy<CrossBorderRecognizer> Recognizer = new(CrossBorderRecognizer.CreateDefault);

    [Theory]
    [InlineData("出口欧洲的有食品接触检测报告，美国FDA还没做")]
    [InlineData("欧盟的CE拿到了，美国的FCC还在办")]
    [InlineData("CE is done for europe, the US one is still pending")]
    public void A_certificate_held_for_one_part_and_not_yet_for_another_is_some(string text) =>
        Assert.Equal("some", Readiness(text, Certificates).GetValueOrDefault(Certificates));

    [Theory]
    [InlineData("UKCA and CE both done")]
    [InlineData("FCC and CE are both in hand")]
    [InlineData("CE和UKCA都做好了")]
    public void Two_marks_said_done_together_are_all(string text) =>
        Assert.Equal("all", Readiness(text, Certificates).GetValueOrDefault(Certificates));

    [Theory]
    [InlineData("a few of our boards are our own design, the rest are standard ones")]
    [InlineData("half our range is unique, half is generic")]
    [InlineData("一部分款是自己开发的，其他是市场通用款")]
    [InlineData("有几款是我们独家的，大部分跟别人一样")]
    public void Clauses_giving_two_answers_are_the_middle_of_the_scale(string text) =>
        Assert.Equal("some", Readiness(text, Differentiation).GetValueOrDefault(Differentiation));

    [Theory]
    [InlineData("会用一点shopify", TaxRegistration, "cross-border")]
    [InlineData("we can use shopify a little", TaxRegistration, "cross-border")]
    [InlineData("我们会用抖音和1688", SmallBatches, "domestic")]
    public void An_ability_with_a_tool_tells_the_experience_and_is_no_yes(string text, string waiting, string experience)
    {
        var read = Readiness(text, waiting);
        Assert.False(read.ContainsKey(waiting), string.Join(", ", read));
        Assert.Equal(experience, read.GetValueOrDefault(OnlineExperience));
    }

    [Theory]
    [InlineData("which marketplace should we use for our dog beds? we're a uk company")]
    [InlineData("we are an italian family business selling olive oil soap, which marketplace fits us?")]
    [InlineData("我们是一家德国公司，卖厨房刀具，选哪个平台好")]
    public void Where_the_seller_is_from_is_no_market(string text) =>
        Assert.Null(Platform(text, waiting: null).Read.Markets);

    [Theory]
    [InlineData("we're a uk company selling dog beds to germany, which marketplace?", "DE")]
    [InlineData("我们是一家做家具的公司，想卖到美国，用哪个平台", "US")]
    public void A_market_said_beside_who_the_seller_is_is_kept(string text, string market) =>
        Assert.Contains(market, Platform(text, waiting: null).Read.Markets ?? [], StringComparer.OrdinalIgnoreCase);

    [Theory]
    [InlineData(DialogIds.GuidePlatform, "if i can only run one platform which would you pick", ResultQuestion.OnePick)]
    [InlineData(DialogIds.GuidePlatform, "只做一个平台的话你推荐哪个", ResultQuestion.OnePick)]
    [InlineData(DialogIds.GuideLogistics, "what puts the first channel above the rest?", ResultQuestion.OnePick)]
    [InlineData(DialogIds.GuideLogistics, "if you had to choose a single one for me, which would it be?", ResultQuestion.OnePick)]
    [InlineData(DialogIds.GuidePlatform, "what are the entry requirements on the top one?", ResultQuestion.EntryRequirements)]
    [InlineData(DialogIds.GuidePlatform, "第一个平台开店要准备哪些资料", ResultQuestion.EntryRequirements)]
    [InlineData(DialogIds.GuideLogistics, "日本和韩国哪边运费低", ResultQuestion.ComparedWithBefore)]
    [InlineData(DialogIds.GuideLogistics, "is portugal or spain the cheaper one to send to?", ResultQuestion.ComparedWithBefore)]
    [InlineData(DialogIds.GuideFixIssue, "FCC那个证办下来大概要几周？", ResultQuestion.None)]
    [InlineData(DialogIds.GuideFixIssue, "how many weeks does a lab usually need for the UKCA tests?", ResultQuestion.None)]
    [InlineData(DialogIds.GuideFixIssue, "how long does this step usually take?", ResultQuestion.StepDuration)]
    public void Questions_about_a_result_in_own_words_are_read(string guide, string text, ResultQuestion kind) =>
        Assert.Equal(kind, ResultQuestions.Read(guide, text));

    [Theory]
    [InlineData("ok that's enough questions, what's my score based on this?")]
    [InlineData("how do we look so far?")]
    [InlineData("问得差不多了吧，按我说的这些我们现在能打几分？")]
    [InlineData("先问到这儿，照现在的情况我们大概什么水平？")]
    public void The_result_asked_for_on_what_was_said_so_far_is_read(string text) =>
        Assert.True(ResultNowCues.AsksForTheResultNow(text), text);

    [Theory]
    [InlineData("500 usd a month, that's enough")]
    [InlineData("how much is enough?")]
    public void A_plain_enough_asks_for_no_result(string text) =>
        Assert.False(ResultNowCues.AsksForTheResultNow(text), text);

    [Theory]
    [InlineData("把这个方案发给我")]
    [InlineData("pls send that over as a plan")]
    [InlineData("把结果整理成计划给我")]
    public void The_plan_asked_for_in_own_words_is_the_plan_choice(string text) =>
        Assert.Equal(GuideFollowUpsDialog.SendPlanValue, SlotVocabulary.Default.ReadAnywhere("follow-up", text)?.Value);

    private static Dictionary<string, string> Readiness(string text, string? waiting) =>
        new ReadinessSlotReader(new ReadinessQuestionnaire(Kb.Value), SlotVocabulary.Default).Read(text, Entities(text), waiting).Read;

    private static (PlatformAnswers Read, HashSet<string> Defaults) Platform(string text, string? waiting) =>
        new PlatformSlotReader(Kb.Value, new GuideLocationResolver(Kb.Value, Recognizer.Value), SlotVocabulary.Default).Read(text, Entities(text), waiting);

    private static MessageEntities Entities(string text) =>
        Recognizer.Value.Understand(text, LanguageDetector.ContainsCjk(text) ? "zh-CN" : "en-US").Entities;
}
