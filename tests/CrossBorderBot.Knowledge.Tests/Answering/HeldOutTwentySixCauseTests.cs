using CrossBorderBot.Knowledge.Answering;

namespace CrossBorderBot.Knowledge.Tests.Answering;

/// <summary>
/// The thirtieth session, from holdout26's and holdout25's causes (development material from that session): the user's own
/// context clause ("we're a family workshop", "我们是…的小厂") is who asks, not what is asked (the openers live in
/// user-context.yaml, not in code); a carrier's quote, price list or surcharge is not a channel's rough level. Messages of
/// other wording than any set's.
/// </summary>
public class HeldOutTwentySixCauseTests
{
    [Theory]
    [InlineData("we're a family workshop of six making candles, what is the GPSR about", " , what is the GPSR about")]
    [InlineData("i run a tiny store in ningbo - what does EORI stand for", "  - what does EORI stand for")]
    [InlineData("我们是做箱包的小工厂 OSS多久报一次", "  OSS多久报一次")]
    [InlineData("卖到德国 我们自己做的小家电 WEEE要注册吗", "卖到德国   WEEE要注册吗")]
    public void A_context_clause_is_blanked(string question, string expected) =>
        Assert.Equal(expected, UserContext.Strip(question));

    [Theory]
    // Not a context clause: the user's parcel, listing or question, and an opener inside a word or a clause.
    [InlineData("our parcel is stuck in customs, what now")]
    [InlineData("what are the rules if a seller is a company in hong kong")]
    [InlineData("亚马逊上我们的listing被下架了")]
    public void Other_clauses_are_kept(string question) =>
        Assert.Equal(question, UserContext.Strip(question));

    [Theory]
    [InlineData("we're a three person team making wooden toys, how often does the OSS return get filed", "eu-oss", "quarter|季度")]
    [InlineData("我们是做饰品的小公司 欧盟OSS 多久申报一次", "eu-oss", "quarter|季度")]
    public void A_named_entry_is_not_refused_for_the_users_context(string question, string entry, string fact)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.StartsWith(entry, answer.Entries[0].Id, StringComparison.Ordinal);
        Assert.Matches("(?i)" + fact, string.Join("\n", answer.Details.Concat(answer.More).Prepend(answer.Lead)));
    }

    [Theory]
    // A carrier's own quote or price list: the channel's levels are rough levels of the kind of service.
    [InlineData("fedex price list for a 5 kg carton to france")]
    [InlineData("燕文 专线 到法国 报价 多少")]
    public void A_carriers_price_list_is_not_answered(string question) =>
        Assert.False(RealAnswerer.Ask(question).Answered);
}
