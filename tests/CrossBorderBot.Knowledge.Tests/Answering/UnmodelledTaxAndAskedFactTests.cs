namespace CrossBorderBot.Knowledge.Tests.Answering;

/// <summary>
/// The sixth pass's abstention and ranking mechanisms, each on wording of its own: a rate or threshold of a tax the
/// knowledge base does not model is not answered with a market's VAT rate, and a market's tax named by its glossary term
/// is the kind of fact asked, so the market (or its rule) answers rather than the term's definition.
/// </summary>
public class UnmodelledTaxAndAskedFactTests
{
    [Theory]
    [InlineData("What's France's digital services tax rate?")]
    [InlineData("法国数字服务税是多少")]
    [InlineData("What's the economic nexus threshold for sales tax in California?")]
    [InlineData("香港印花税税率")]
    [InlineData("Germany's carbon tax rate for imports?")]
    public void A_tax_the_knowledge_base_does_not_model_gets_an_honest_no(string question)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.False(answer.Answered, $"{question} → {answer.Lead}");
    }

    [Theory]
    [InlineData("What's the VAT rate in France?", "20 %")]
    [InlineData("Korea VAT rate?", "10 %")]
    public void The_market_s_own_tax_is_still_answered(string question, string rate)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, question);
        Assert.Contains(rate, answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("阿联酋进口增值税税率多少", "ae")]
    [InlineData("马来西亚的销售税税率", "my")]
    public void A_tax_term_beside_a_market_names_the_fact_asked_not_a_second_subject(string question, string market)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, question);
        Assert.StartsWith(market, answer.Entries[0].Id, StringComparison.Ordinal);
    }
}
