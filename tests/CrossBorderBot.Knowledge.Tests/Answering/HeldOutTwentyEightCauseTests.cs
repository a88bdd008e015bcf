namespace CrossBorderBot.Knowledge.Tests.Answering;

/// <summary>
/// The thirty-second session, from holdout28's false answers (development material from that session): a seller status
/// named by words no entry writes before "seller" / 卖家 (asked what it takes), a shop named by a web address no entry uses,
/// and a law named by a word no entry uses are things the base does not hold, not questions for the platform, market or
/// rule beside them. A platform's own web address and a word that says who sells ("跨境卖家") still name nothing new.
/// Messages of other wording than any set's.
/// </summary>
public class HeldOutTwentyEightCauseTests
{
    [Theory]
    [InlineData("what does amazon elite seller status require")]
    [InlineData("Shopee钻石卖家需要满足什么条件")]
    [InlineData("emag.ro seller commission on small appliances")]
    [InlineData("does the deforestation regulation cover wooden toys")]
    public void A_status_shop_or_law_the_base_does_not_hold_is_not_answered(string question) =>
        Assert.False(RealAnswerer.Ask(question).Answered);

    [Theory]
    [InlineData("what fees does walmart.com take from a marketplace seller", "walmart-marketplace")]
    [InlineData("what does a chinese seller need to open a shop on ebay.co.uk", "ebay")]
    [InlineData("跨境卖家入驻亚马逊需要满足什么条件", "amazon")]
    public void A_platforms_own_address_or_who_sells_names_nothing_new(string question, string entry)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal(entry, answer.Entries[0].Id);
    }
}
