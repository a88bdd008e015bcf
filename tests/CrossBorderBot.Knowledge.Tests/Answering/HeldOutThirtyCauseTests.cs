namespace CrossBorderBot.Knowledge.Tests.Answering;

/// <summary>
/// The thirty-fourth session, from holdout30's causes counted in holdout29 and holdout28 too (development material from that
/// session): an entry the question names, refused as "too little of what is asked" because the phrase that asks its amount
/// ("多少美金", "几个点", "百分之几") is cut by the analyzer into pieces no word list names ("美", "金"; "点"). The phrase asks for
/// an amount, which the named entry holds; goods named beside it say whose amount is asked, which an entry holding some
/// amount does not show it holds. Messages of other wording than any set's.
/// </summary>
public class HeldOutThirtyCauseTests
{
    [Theory]
    [InlineData("墨西哥跨境快件综合税率收多少个点", "mx")]
    [InlineData("马来西亚低值商品税 是百分之几", "my-low-value-goods-tax")]
    public void A_named_entry_answers_the_amount_its_phrase_asks(string question, string entry)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal(entry, answer.Entries[0].Id);
    }

    // The goods' own rate is asked; the rebate entry's rates are not said of them.
    [Theory]
    [InlineData("玩具类 出口退税率多少个点")]
    public void An_amount_asked_of_named_goods_is_not_any_amount_the_entry_holds(string question) =>
        Assert.False(RealAnswerer.Ask(question).Answered);
}
