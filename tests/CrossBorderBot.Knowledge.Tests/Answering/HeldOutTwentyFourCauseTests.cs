using CrossBorderBot.Knowledge.Answering;

namespace CrossBorderBot.Knowledge.Tests.Answering;

/// <summary>
/// The twenty-eighth session, from holdout24's causes (development material from that session): how often asked of an entry
/// that writes a period ("多久申报一次" → quarterly), and a marketplace's short name for a market ("马来站"). The words live in
/// asked-fact-words.yaml and the geography aliases, not in code. Messages of other wording than any set's.
/// </summary>
public class HeldOutTwentyFourCauseTests
{
    [Theory]
    [InlineData("eu oss: how often does the return have to be filed", "eu-oss", "quarter|季度")]
    [InlineData("欧盟OSS申报 每隔多久报一次", "eu-oss", "quarter|季度")]
    [InlineData("shopee马来站的买家 低价值商品税 收几个点", "my", "10")]
    public void The_named_entry_answers_with_the_fact_asked(string question, string entry, string fact)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.StartsWith(entry, answer.Entries[0].Id, StringComparison.Ordinal);
        Assert.Matches("(?i)" + fact, string.Join("\n", answer.Details.Concat(answer.More).Prepend(answer.Lead)));
    }

    [Theory]
    // A period the entry does not write is still not answered from it.
    [InlineData("how often does ozon pay out to chinese sellers")]
    [InlineData("CPNP 通报 一般多少天能审核通过")]
    public void A_figure_the_entry_does_not_hold_is_still_refused(string question) =>
        Assert.False(RealAnswerer.Ask(question).Answered);
}
