using CrossBorderBot.Dialogs;
using CrossBorderBot.Dialogs.Guides;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// What a question about a result asks, read by the guide whose result it is, in English and Chinese — and what it does
/// not: a what-if, a rule to look up or a step of a roadmap is none of these.
/// </summary>
public sealed class ResultQuestionsTests
{
    [Theory]
    [InlineData(DialogIds.GuideLogistics, "how did you work out that shipping cost?", ResultQuestion.HowPriced)]
    [InlineData(DialogIds.GuideLogistics, "why are we charged for 12 kilos?", ResultQuestion.HowPriced)]
    [InlineData(DialogIds.GuideLogistics, "运费是根据什么算出来的", ResultQuestion.HowPriced)]
    [InlineData(DialogIds.GuideLogistics, "can I trust these quotes?", ResultQuestion.HowAccurate)]
    [InlineData(DialogIds.GuideLogistics, "这个报价可靠吗", ResultQuestion.HowAccurate)]
    [InlineData(DialogIds.GuideLogistics, "which costs the least?", ResultQuestion.Cheapest)]
    [InlineData(DialogIds.GuideLogistics, "哪家最省钱", ResultQuestion.Cheapest)]
    [InlineData(DialogIds.GuideLogistics, "which gets there quickest?", ResultQuestion.Fastest)]
    [InlineData(DialogIds.GuideLogistics, "what about the 4th option?", ResultQuestion.AtPlace)]
    [InlineData(DialogIds.GuideLogistics, "第四个要几天", ResultQuestion.AtPlace)]
    [InlineData(DialogIds.GuideLogistics, "what's a score of 61 mean", ResultQuestion.ScoreMeaning)]
    [InlineData(DialogIds.GuidePlatform, "how much a month would ebay be?", ResultQuestion.MonthlyCost)]
    [InlineData(DialogIds.GuidePlatform, "月费要多少", ResultQuestion.MonthlyCost)]
    [InlineData(DialogIds.GuidePlatform, "what fees does the top one charge?", ResultQuestion.Fees)]
    [InlineData(DialogIds.GuidePlatform, "tell me more about the third one", ResultQuestion.AtPlace)]
    [InlineData(DialogIds.GuideReadiness, "what should we prioritise?", ResultQuestion.FixFirst)]
    [InlineData(DialogIds.GuideReadiness, "最该先补哪块", ResultQuestion.FixFirst)]
    [InlineData(DialogIds.GuideReadiness, "what's the highest level?", ResultQuestion.LevelMeaning)]
    [InlineData(DialogIds.GuideReadiness, "第二级是什么", ResultQuestion.LevelMeaning)]
    [InlineData(DialogIds.GuideReadiness, "how can we raise our score?", ResultQuestion.NextLevel)]
    [InlineData(DialogIds.GuideReadiness, "物流为什么是最弱的", ResultQuestion.AreaScore)]
    [InlineData(DialogIds.GuideFixIssue, "what's the point of this?", ResultQuestion.StepWhy)]
    [InlineData(DialogIds.GuideFixIssue, "这一步有什么用", ResultQuestion.StepWhy)]
    [InlineData(DialogIds.GuideFixIssue, "how many days will that take", ResultQuestion.StepDuration)]
    [InlineData(DialogIds.GuideFixIssue, "why this fix and not the customs one?", ResultQuestion.PlaybookWhy)]
    [InlineData(DialogIds.GuideFixIssue, "为啥是这个方案，不是退货那个", ResultQuestion.PlaybookWhy)]
    [InlineData(DialogIds.GuideFixIssue, "why this step?", ResultQuestion.StepWhy)]
    public void A_question_about_a_result_is_read_by_its_kind(string guideId, string text, ResultQuestion expected) =>
        Assert.Equal(expected, ResultQuestions.Read(guideId, text));

    [Theory]
    [InlineData(DialogIds.GuideLogistics, "what is the VAT rate in Germany?")]
    [InlineData(DialogIds.GuideLogistics, "do I need a UKCA mark?")]
    [InlineData(DialogIds.GuideReadiness, "what is the second step about?")]
    [InlineData(DialogIds.GuidePlatform, "why is ebay second?")]
    [InlineData(DialogIds.GuideLogistics, "why is the 3rd option so low on the list?")]
    [InlineData(DialogIds.GuideLogistics, "为什么第二个排在后面")]
    [InlineData(DialogIds.GuideFixIssue, "what documents does customs want?")]
    public void A_question_the_result_does_not_answer_is_none(string guideId, string text) =>
        Assert.Equal(ResultQuestion.None, ResultQuestions.Read(guideId, text));

    [Theory]
    [InlineData("how long would the second one take?", 2)]
    [InlineData("第三个多少钱？", 3)]
    [InlineData("and the last one?", -1)]
    [InlineData("what does the top platform charge?", 1)]
    public void The_place_asked_about_is_read(string text, int place) => Assert.Equal(place, ResultQuestions.Place(text));

    [Theory]
    [InlineData("what does level 3 mean?", 3)]
    [InlineData("第二级是什么意思", 2)]
    [InlineData("what's the fourth level", 4)]
    public void The_level_asked_about_is_read(string text, int level) => Assert.Equal(level, ResultQuestions.LevelNumber(text));

    [Theory]
    [InlineData(DialogIds.GuideLogistics, "which one will be the cheapest?", true)]
    [InlineData(DialogIds.GuidePlatform, "what will the best platform cost me?", true)]
    [InlineData(DialogIds.GuideReadiness, "which level will we end up at?", true)]
    [InlineData(DialogIds.GuideLogistics, "do I need an EORI number?", false)]
    public void Before_the_result_only_its_own_questions_need_it(string guideId, string text, bool needs) =>
        Assert.Equal(needs, ResultQuestions.NeedsTheResult(guideId, text));
}
