using CrossBorderBot.Knowledge.Answering;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Tests.Answering;

/// <summary>
/// The eighth pass (found on answers-dev7.tsv, never on a held-out set): companies named in Chinese that no entry
/// writes, a word for a kind of platform beside an unknown name, a place without a market, and the market goods are
/// shipped from. Wording here is not the dev set's.
/// </summary>
public class EighthPassAnswerMechanismTests
{
    [Theory]
    [InlineData("安能国际寄英国几天到")]
    [InlineData("壹米物流发澳洲运费多少")]
    [InlineData("汇付支付提现手续费怎么算")]
    [InlineData("用有赞商城开店要交多少钱")]
    public void A_company_named_in_Chinese_that_no_entry_writes_is_not_answered_from_a_neighbour(string question)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.False(answer.Answered, $"answered from {(answer.Entries.Count > 0 ? answer.Entries[0].Id : "?")}: {answer.Lead}");
    }

    [Theory]
    [InlineData("用专线物流寄到英国要几天", "dedicated-line")]
    [InlineData("邮政挂号小包到美国要几天", "china-post-registered")]
    [InlineData("国际e邮宝到美国要几天", "epacket")]
    public void A_kind_of_service_named_in_Chinese_is_still_answered(string question, string expected)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered);
        Assert.Equal(expected, answer.Entries[0].Id);
    }

    [Fact]
    public void A_word_for_own_stores_does_not_vouch_for_an_unknown_store_builder()
    {
        // "独立站" names Shopify and WooCommerce alike; the question is about Ueeshop, which no entry writes.
        Assert.False(RealAnswerer.Ask("Ueeshop独立站月费多少").Answered);
        Assert.True(RealAnswerer.Ask("Shopify独立站月费多少").Answered);
    }

    [Theory]
    [InlineData("Macau customs duty on cosmetics?")]
    [InlineData("香港进口化妆品要交税吗")]
    public void A_place_without_a_market_is_not_answered_by_another_market_s_rule(string question)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.False(answer.Answered, $"answered from {(answer.Entries.Count > 0 ? answer.Entries[0].Id : "?")}: {answer.Lead}");
    }

    [Theory]
    [InlineData("Canadian tax-free limit for parcels sent from the United States by courier", "ca")]
    [InlineData("从美国发到加拿大的快递多少钱以内免税", "ca")]
    public void The_market_goods_are_shipped_from_is_not_where_the_question_applies(string question, string market)
    {
        var q = RealAnswerer.Answerer.Analyzer.Analyze(question);
        Assert.Equal([market], q.Markets.Select(m => m.Id).Distinct());

        var answer = RealAnswerer.Ask(question);
        Assert.True(answer.Answered);
        Assert.StartsWith(market, answer.Entries[0].Id, StringComparison.Ordinal);
    }

    [Fact]
    public void Markets_compared_stay_when_the_goods_come_from_elsewhere()
    {
        // "from China" names no market: both markets compared are where the question applies.
        var q = RealAnswerer.Answerer.Analyzer.Analyze("US vs Canada de minimis for parcels from China");
        Assert.Equal(2, q.Markets.Select(m => m.Id).Distinct().Count());
    }

    [Theory]
    [InlineData("发韩国的包裹做目录通关要买家提供什么", "kr")]
    [InlineData("平台的全托管模式是什么", "fully-managed")]
    public void A_Chinese_word_the_analyzer_cuts_differently_is_still_found_in_the_entry(string question, string expected)
    {
        // "目录通关" is one word in Korea's text and two in the question; "平台" is cut into two characters before "的".
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered);
        Assert.Equal(expected, answer.Entries[0].Id);
    }

    [Theory]
    [InlineData("FOB这个术语指什么", "fob")]
    [InlineData("Temu上说的半托管是啥意思", "semi-managed")]
    [InlineData("速卖通上面的全托管怎么理解", "fully-managed")]
    public void A_platform_whose_thing_is_asked_about_and_words_for_a_term_ask_nothing(string question, string expected)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered);
        Assert.Equal(expected, answer.Entries[0].Id);
    }

    [Theory]
    [InlineData("tell me about the Korean market", "kr")]
    [InlineData("介绍一下越南市场", "vn")]
    public void A_market_named_with_nothing_else_asked_gets_its_overview(string question, string market)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered);
        Assert.Equal(market, answer.Entries[0].Id);
    }

    [Fact]
    public void A_market_named_with_a_fact_the_base_does_not_hold_is_still_not_answered()
    {
        Assert.False(RealAnswerer.Ask("how big is the Korean market in dollars?").Answered);
    }
}
