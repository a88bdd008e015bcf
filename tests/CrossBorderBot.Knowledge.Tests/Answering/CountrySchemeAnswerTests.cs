namespace CrossBorderBot.Knowledge.Tests.Answering;

/// <summary>
/// A country the knowledge base holds no market for is answered from a compliance entry whose markets list that country
/// (Norway's VOEC) when the question names that entry, and only when the question is about that country: beside a market
/// it names, the country is a comparison; the scheme not named, other questions about the country stay unanswered.
/// Wording here is not a set's.
/// </summary>
public class CountrySchemeAnswerTests
{
    [Theory]
    [InlineData("norway VOEC registration threshold for foreign online shops", "no-voec", "50,000")]
    [InlineData("挪威VOEC每件商品的价值上限", "no-voec", "3,000")]
    [InlineData("since when has norway's VOEC applied to foreign webshops", "no-voec", "2020")]
    public void A_scheme_of_a_country_without_a_market_answers_about_that_country(string question, string scheme, string fact)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal(scheme, answer.Entries[0].Id);
        Assert.Contains(fact, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_country_named_beside_a_market_does_not_lend_the_market_its_scheme()
    {
        var answer = RealAnswerer.Ask("does japan have a vat registration scheme for foreign webshops like norway's voec");

        Assert.False(answer.Answered && answer.Entries[0].Id == "no-voec", $"answered from Norway's scheme: {answer.Lead}");
    }

    [Theory]
    [InlineData("norway import duty on leather shoes")]
    [InlineData("瑞士进口关税怎么算")]
    public void A_country_without_a_market_is_not_answered_from_a_scheme_the_question_does_not_name(string question)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.False(answer.Answered, $"answered: {answer.Lead}");
    }
}
