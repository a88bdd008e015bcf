namespace CrossBorderBot.Knowledge.Tests.Answering;

/// <summary>
/// The thirty-third session, from holdout29's causes counted in holdout28 and holdout27 too (development material from that
/// session): an entry the question names, refused as "too little of what is asked" for the words around its name that ask
/// about registering under it ("注册" where the entry writes "登记", "registration" where it writes "register") or about
/// whom it is obtained from ("找哪个机构"). Registering is what a scheme's entry tells, however either side words it. And a
/// price of an agent's, intermediary's or representative's service, answered from the scheme beside it, is declined.
/// Messages of other wording than any set's.
/// </summary>
public class HeldOutTwentyNineCauseTests
{
    [Theory]
    [InlineData("新加坡海外卖家GST 注册要达到什么条件", "sg-gst-low-value-goods")]
    [InlineData("挪威VOEC要注册吗", "no-voec")]
    [InlineData("nz low value goods gst registration trigger", "nz-gst-low-value-goods")]
    public void A_named_scheme_answers_about_registering_under_it(string question, string entry)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal(entry, answer.Entries[0].Id);
    }

    // An agent's, intermediary's or representative's fee is that service's price, which no entry gives: the scheme's own
    // figures beside it do not answer it, however much of the rest the entry holds (registering included).
    [Theory]
    [InlineData("挪威VOEC 代办注册公司一般收多少服务费")]
    [InlineData("what do agents charge to handle weee registration in germany")]
    public void Registering_does_not_answer_a_service_price(string question) =>
        Assert.False(RealAnswerer.Ask(question).Answered);

    // A fee asked with no service in between is still the named entry's to give.
    [Theory]
    [InlineData("shopify transaction fee when using a third-party payment provider", "shopify")]
    [InlineData("TikTok Shop美国站佣金多少", "tiktok-shop")]
    public void A_fee_of_the_named_entry_itself_is_still_answered(string question, string entry)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal(entry, answer.Entries[0].Id);
    }
}
