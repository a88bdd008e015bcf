using CrossBorderBot.Knowledge.Answering;

namespace CrossBorderBot.Knowledge.Tests.Answering;

/// <summary>
/// The sixth pass: a reply that quotes one field of an entry cites the sources tagged on that field (a market's VAT
/// rate), with the entry's own list for the rest of its text under "more" and as the fallback for untagged fields; and
/// country names read as names do in both languages ("in the United Kingdom", "在英国").
/// </summary>
public class FieldSourcesAndPlaceNameTests
{
    [Fact]
    public void A_VAT_rate_answer_cites_the_sources_of_the_rate_not_every_source_of_the_market()
    {
        var answer = RealAnswerer.Ask("What's the standard VAT rate in the UK?");

        Assert.Contains("20 %", answer.Lead, StringComparison.Ordinal);
        var market = RealAnswerer.KnowledgeBase.FindMarket("gb")!;
        var rateTitles = RealAnswerer.KnowledgeBase.ResolveSources(market.Vat.Sources).Select(s => s.Title).ToList();
        Assert.NotEmpty(rateTitles);
        Assert.Equal(rateTitles, answer.Sources.Select(s => s.Title));
        Assert.DoesNotContain(answer.Sources, s => s.Title.Contains("UKCA", StringComparison.Ordinal));
        // The market's other text is still there on request, with the market's own sources.
        Assert.NotEmpty(answer.More);
        Assert.Contains(answer.MoreSources, s => s.Title.Contains("UKCA", StringComparison.Ordinal));
    }

    [Fact]
    public void A_Chinese_VAT_rate_answer_cites_the_rate_s_sources_too()
    {
        var answer = RealAnswerer.Ask("德国增值税税率是多少");

        Assert.Contains("19 %", answer.Lead, StringComparison.Ordinal);
        Assert.Equal(["VAT rates in the EU member states"], answer.Sources.Select(s => s.Title));
        Assert.DoesNotContain(answer.Sources, s => s.Title.Contains("LUCID", StringComparison.Ordinal));
    }

    [Fact]
    public void A_market_whose_rate_has_no_sources_of_its_own_cites_the_market_s_list()
    {
        var answer = RealAnswerer.Ask("What is the GST rate in Canada?");

        var market = RealAnswerer.KnowledgeBase.FindMarket("ca")!;
        Assert.Empty(market.Vat.Sources);
        Assert.Contains("5 %", answer.Lead, StringComparison.Ordinal);
        Assert.Equal(RealAnswerer.KnowledgeBase.ResolveSources(market.Sources).Select(s => s.Title).Order(), answer.Sources.Select(s => s.Title).Order());
    }

    [Fact]
    public void A_rate_question_that_asks_more_keeps_the_market_s_text_and_its_sources()
    {
        var answer = RealAnswerer.Ask("Does Japan charge consumption tax on small imports?");

        Assert.Contains("10,000", answer.Text, StringComparison.Ordinal);
        var market = RealAnswerer.KnowledgeBase.FindMarket("jp")!;
        Assert.True(answer.Sources.Count > market.Vat.Sources.Count, "the shown summary is backed by the market's list");
    }

    [Theory]
    [InlineData("What's Coupang's commission?", "coupang")]
    [InlineData("Coupang的佣金是多少", "coupang")]
    [InlineData("eBay seller fees?", "ebay")]
    public void A_fee_answer_cites_the_platform_s_fee_sources_only(string question, string platformId)
    {
        var answer = RealAnswerer.Ask(question);

        var platform = RealAnswerer.KnowledgeBase.FindPlatform(platformId)!;
        var feeTitles = RealAnswerer.KnowledgeBase.ResolveSources(platform.Fees.Sources).Select(s => s.Title).ToList();
        Assert.NotEmpty(feeTitles);
        Assert.Equal(platformId, answer.Entries[0].Id);
        Assert.Equal(feeTitles, answer.Sources.Select(s => s.Title));
        Assert.True(platform.Sources.Count > platform.Fees.Sources.Count, "the platform cites more than its fee pages");
        Assert.NotEmpty(answer.More);
    }

    [Fact]
    public void A_platform_whose_fees_have_no_sources_of_their_own_cites_its_list()
    {
        var answer = RealAnswerer.Ask("Shopify monthly fee?");

        var platform = RealAnswerer.KnowledgeBase.FindPlatform("shopify")!;
        Assert.Empty(platform.Fees.Sources);
        Assert.Equal(RealAnswerer.KnowledgeBase.ResolveSources(platform.Sources).Select(s => s.Title).Order(), answer.Sources.Select(s => s.Title).Order());
    }

    [Theory]
    [InlineData("What's the VAT rate in the UK?", "in the United Kingdom")]
    [InlineData("VAT rate in the Netherlands?", "in the Netherlands")]
    [InlineData("Philippines VAT rate?", "in the Philippines")]
    [InlineData("UAE VAT rate?", "in the United Arab Emirates")]
    [InlineData("What's the VAT rate in Germany?", "in Germany")]
    public void English_answers_put_the_before_names_that_take_it(string question, string expected)
    {
        var lead = RealAnswerer.Ask(question).Lead;

        Assert.Contains(expected, lead, StringComparison.Ordinal);
        Assert.DoesNotContain("the Germany", lead, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_that_opens_with_such_a_name_capitalises_the_article()
    {
        var lead = RealAnswerer.Ask("What's the VAT rate in the US?").Lead;

        Assert.StartsWith("The United States has no national VAT", lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("英国增值税税率是多少", "英国的标准税率")]
    [InlineData("荷兰的增值税率", "荷兰的标准税率")]
    public void Chinese_answers_use_the_Chinese_name_without_an_article(string question, string expected)
    {
        var lead = RealAnswerer.Ask(question).Lead;

        Assert.Contains(expected, lead, StringComparison.Ordinal);
        Assert.DoesNotContain("United", lead, StringComparison.Ordinal);
        Assert.DoesNotContain("the ", lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("United Kingdom", true)]
    [InlineData("United States", true)]
    [InlineData("Netherlands", true)]
    [InlineData("Philippines", true)]
    [InlineData("Middle East", true)]
    [InlineData("Czech Republic", true)]
    [InlineData("European Union (27 member states)", true)]
    [InlineData("Germany", false)]
    [InlineData("Türkiye", false)]
    [InlineData("Southeast Asia", false)]
    [InlineData("North America", false)]
    public void Which_names_take_the(string name, bool takesArticle)
    {
        Assert.Equal(takesArticle, PlaceName.TakesArticle(name));
    }
}
