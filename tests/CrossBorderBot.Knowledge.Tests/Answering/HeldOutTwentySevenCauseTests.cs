namespace CrossBorderBot.Knowledge.Tests.Answering;

/// <summary>
/// The thirty-first session, from holdout27's causes (development material from that session): a programme, badge or
/// seller status named by words no entry uses is a thing the base does not hold, not a question for the platform beside
/// it; a clause counting the user's people is the user's context wherever it stands (the numbers and words for people live
/// in user-context.yaml, not in code). Messages of other wording than any set's.
/// </summary>
public class HeldOutTwentySevenCauseTests
{
    [Theory]
    [InlineData("walmart trusted pledge badge, how do we earn it")]
    [InlineData("速卖通金牌徽章计划 怎么申请")]
    public void A_programme_the_base_does_not_hold_is_not_answered_by_its_platform(string question) =>
        Assert.False(RealAnswerer.Ask(question).Answered);

    [Theory]
    [InlineData("what does the ukca mark mean for us if we only have 4 employees", "ukca-mark", "UK|英国")]
    [InlineData("工厂就三个人 欧盟IOSS适用多少钱以下的包裹", "eu-ioss|ioss", "150")]
    public void A_named_entry_is_not_refused_for_the_users_headcount(string question, string entries, string fact)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Contains(answer.Entries[0].Id, entries.Split('|'));
        Assert.Matches("(?i)" + fact, string.Join("\n", answer.Details.Concat(answer.More).Prepend(answer.Lead)));
    }
}
