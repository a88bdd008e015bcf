using CrossBorderBot.Knowledge.Answering;

namespace CrossBorderBot.Knowledge.Tests.Answering;

/// <summary>
/// The fourth pass's mechanisms, each on wording of its own (not the dev3 set's): a comparison with one side the
/// knowledge base does not hold, a market's own rule named by its topic, a typed threshold reached through a term
/// that only names the kind of fact, a date asked about a term's rule, and sources kept to the text they back.
/// </summary>
public class RuleTopicAndComparisonTests
{
    [Theory]
    [InlineData("Which is better for us, Lazada or Bukalapak?", "lazada", "Bukalapak")]
    [InlineData("Shopee和Qoo10哪个好？", "shopee", "Qoo10")]
    public void A_comparison_with_an_unknown_side_says_so_and_answers_the_known_side(string question, string knownId, string unknownName)
    {
        var answer = RealAnswerer.Ask(question);
        var kb = RealAnswerer.KnowledgeBase;
        var own = kb.ResolveSources(kb.FindPlatform(knownId)!.Sources).Select(s => s.Title).ToHashSet();

        Assert.True(answer.Answered, question);
        Assert.Equal(knownId, answer.Entries.Single().Id);
        Assert.Contains(unknownName, answer.Lead, StringComparison.Ordinal);
        Assert.All(answer.Sources, s => Assert.Contains(s.Title, own));
    }

    [Theory]
    [InlineData("Singapore's overseas vendor registration for low-value goods — who has to register?", "sg-gst-low-value-goods")]
    [InlineData("What tax does Malaysia put on cheap goods bought online from overseas sellers (low value goods)?", "my-low-value-goods-tax")]
    public void A_market_s_own_rule_named_by_its_topic_beats_the_market_s_summary(string question, string expectedId)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, question);
        Assert.Equal(expectedId, answer.Entries[0].Id);
    }

    [Theory]
    [InlineData("What's the consumption tax rate in Japan nowadays?", "jp", "10")]
    [InlineData("Russian VAT rate for commercial imports?", "ru", "22")]
    public void The_words_of_a_market_s_own_tax_name_still_ask_for_its_rate(string question, string marketId, string rate)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.Equal(marketId, answer.Entries[0].Id);
        Assert.Contains(rate, answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de minimis for Korea?", "kr-personal-import", "150")]
    [InlineData("澳大利亚的de minimis是多少", "au-", "1,000")]
    public void A_threshold_asked_through_the_de_minimis_term_is_answered_from_the_market_s_typed_rule(string question, string idStart, string amount)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.StartsWith(idStart, answer.Entries[0].Id, StringComparison.Ordinal);
        Assert.True(answer.TypedFact, answer.Lead);
        Assert.Contains(amount, answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Since what date do EU marketplaces have to check their traders under the Digital Services Act?", "eu-dsa-trader-traceability", "2024-02-17")]
    [InlineData("电池尽职调查义务从哪天开始？", "eu-battery-due-diligence", "2027")]
    public void A_date_asked_about_a_term_is_answered_from_the_term_s_own_rule(string question, string expectedId, string date)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.Equal(expectedId, answer.Entries[0].Id);
        Assert.Contains(date, answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comparison_s_more_cites_only_the_side_its_lines_came_from()
    {
        var kb = RealAnswerer.KnowledgeBase;
        var answer = RealAnswerer.Ask("Amazon vs eBay — what's the difference?");
        var amazon = kb.ResolveSources(kb.FindPlatform("amazon")!.Sources).Select(s => s.Title).ToHashSet();
        var ebay = kb.ResolveSources(kb.FindPlatform("ebay")!.Sources).Select(s => s.Title).ToHashSet();

        // Amazon has more than the eight lines "more" shows, so every one of them is Amazon's.
        Assert.Equal(["amazon", "ebay"], answer.Entries.Select(e => e.Id));
        Assert.Contains(answer.Sources, s => ebay.Contains(s.Title));
        Assert.NotEmpty(answer.MoreSources);
        Assert.All(answer.MoreSources, s => Assert.Contains(s.Title, amazon));
    }

    [Fact]
    public void A_lead_quoting_a_glossary_term_s_long_form_cites_that_term()
    {
        var kb = RealAnswerer.KnowledgeBase;
        var answer = RealAnswerer.Ask("EORI — what do the letters stand for?");
        var term = kb.ResolveSources(kb.FindGlossaryTerm("eori")!.Sources).Select(s => s.Title);

        Assert.Contains("Economic Operators", answer.Lead, StringComparison.Ordinal);
        Assert.Contains(answer.Sources, s => term.Contains(s.Title));
    }
}
