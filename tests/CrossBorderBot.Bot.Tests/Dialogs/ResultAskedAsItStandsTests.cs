using CrossBorderBot.Dialogs;
using CrossBorderBot.Dialogs.Guides;

namespace CrossBorderBot.Tests.Dialogs;

/// <summary>
/// The seller's own result asked as it stands, halfway through a guide ("how many points are we on right now?", "目前得分
/// 咋样") asks for the result from the answers so far; in the readiness check so does a short question about the weakest
/// area or the first step. After the readiness result the same questions are read as the weakest area and the first step.
/// An answer to the waiting question that holds such a word, and a knowledge question about something else, are neither.
/// </summary>
public sealed class ResultAskedAsItStandsTests
{
    [Theory]
    [InlineData("how many points are we on at this stage?")]
    [InlineData("so far, what's the score looking like")]
    [InlineData("what level would we be")]
    [InlineData("眼下我们的得分如何")]
    [InlineData("截至目前能拿几分")]
    [InlineData("分数怎么样了")]
    public void The_result_asked_as_it_stands_asks_for_the_result(string text) =>
        Assert.True(ResultNowCues.AsksForTheResultNow(text), text);

    [Theory]
    [InlineData("our level of english is fine now")]
    [InlineData("目前英语水平一般")]
    [InlineData("what score does a listing need on amazon?")]
    [InlineData("现在有五个人在做")]
    public void An_answer_or_another_question_asks_for_no_result(string text) =>
        Assert.False(ResultNowCues.AsksForTheResultNow(text, DialogIds.GuideReadiness), text);

    [Theory]
    [InlineData("what's letting us down most?")]
    [InlineData("哪块最拉分")]
    [InlineData("what do we tackle first?")]
    [InlineData("从哪儿下手")]
    public void The_weakest_area_or_first_step_asked_short_in_the_readiness_check_asks_for_the_result(string text)
    {
        Assert.True(ResultNowCues.AsksForTheResultNow(text, DialogIds.GuideReadiness), text);
        Assert.False(ResultNowCues.AsksForTheResultNow(text, DialogIds.GuidePlatform), text);
    }

    [Theory]
    [InlineData("最低起订量是五百件")]
    [InlineData("how do sellers improve their conversion rate on amazon?")]
    [InlineData("怎么提高在速卖通的店铺评分")]
    public void A_lowest_amount_or_another_thing_to_improve_asks_for_no_result(string text) =>
        Assert.False(ResultNowCues.AsksForTheResultNow(text, DialogIds.GuideReadiness), text);

    [Theory]
    [InlineData("where are we lagging?", ResultQuestion.AreaScore)]
    [InlineData("我们弱在哪", ResultQuestion.AreaScore)]
    [InlineData("how could we do better", ResultQuestion.FixFirst)]
    [InlineData("然后先做啥", ResultQuestion.FixFirst)]
    public void After_the_readiness_result_the_weakest_area_and_first_step_are_read(string text, ResultQuestion expected) =>
        Assert.Equal(expected, ResultQuestions.Read(DialogIds.GuideReadiness, text));
}
