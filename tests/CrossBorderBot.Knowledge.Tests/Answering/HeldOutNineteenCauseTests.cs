using CrossBorderBot.Knowledge.Answering;

namespace CrossBorderBot.Knowledge.Tests.Answering;

/// <summary>
/// The twenty-second session (causes found on holdout19, development material by then, and dev22): a named thing asked
/// "in plain words" is asked what it is; where a named thing is obtained or which body issues it is the question's form,
/// not what it is about; a platform that stopped the user's account is a problem reported; a platform's buyers or orders
/// in a market only set the scene of a question about the market's tax; a tax's rate is asked without the word "rate"
/// ("22 or 20", "standard", "是9还是8"). Wording here is not a set's.
/// </summary>
public class HeldOutNineteenCauseTests
{
    private static QuestionAnalysis Read(string question) => RealAnswerer.Answerer.Analyzer.Analyze(question);

    [Theory]
    [InlineData("incoterms in plain english", "incoterms")]
    [InlineData("rfq用大白话给我讲讲", "rfq")]
    [InlineData("landed cost in layman's terms", "landed-cost")]
    public void A_named_term_asked_in_plain_words_gets_its_definition(string question, string term)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.Equal(QuestionKind.Definition, Read(question).Kind);
        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal(term, answer.Entries[0].Id);
    }

    [Theory]
    [InlineData("CPC要去哪里办", "cpsia-childrens-product-certificate|cpc", "CPC")]
    [InlineData("UKCA标志去哪里办理", "ukca-mark|ukca", "UKCA")]
    [InlineData("cf-28 comes from which agency", "cf-28", "Customs and Border Protection")]
    [InlineData("CSMS消息是哪个部门发的", "csms", "CBP")]
    public void Where_a_named_thing_is_obtained_or_who_issues_it_is_answered_by_its_entry(string question, string entries, string fact)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Contains(answer.Entries[0].Id, entries.Split('|'));
        Assert.Contains(fact, answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public void A_platform_that_stopped_the_users_account_is_a_reported_problem()
    {
        const string question = "noon停了我的账户 现在怎么弄";
        var answer = RealAnswerer.Ask(question);

        Assert.True(Read(question).ReportsProblem || Read(question).Kind == QuestionKind.Problem, $"read as {Read(question).Kind}");
        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal("account-suspension", answer.Entries[0].Id);
    }

    [Theory]
    [InlineData("澳洲GST是10还是15", "au", "10")]
    [InlineData("马来西亚SST现在按10收吗", "my", "10")]
    [InlineData("thailand vat standard", "th", "7")]
    [InlineData("eu vat rates from lowest to highest", "eu", "27")]
    [InlineData("japan consumption tax rates", "jp", "10")]
    public void A_tax_asked_without_the_word_rate_is_answered_with_the_markets_rate(string question, string market, string rate)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.Equal(QuestionKind.Rate, Read(question).Kind);
        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal(market, answer.Entries[0].Id);
        Assert.Contains(rate, answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("noon customers in the uae, what vat do they pay", "ae", "5")]
    [InlineData("temu buyers in france — what's the vat rate", "fr", "20")]
    [InlineData("shein shoppers in mexico pay how much iva", "mx", "16")]
    public void A_platforms_buyers_in_a_market_asked_its_tax_get_the_markets_rate(string question, string market, string rate)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered ({answer.Guidance})");
        Assert.Equal(market, answer.Entries[0].Id);
        Assert.Contains(rate, answer.Lead, StringComparison.Ordinal);
    }
}
