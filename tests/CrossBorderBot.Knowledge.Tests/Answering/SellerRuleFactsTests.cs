using System.Text.RegularExpressions;

namespace CrossBorderBot.Knowledge.Tests.Answering;

/// <summary>
/// Facts added in the seventeenth pass for what small sellers ask per product group and market (marks, notifications,
/// registration conditions, dates of 2024-26 rule changes): each is answered from its own entry, states the fact, and
/// cites an official page of that market. Wording here is not a set's.
/// </summary>
public class SellerRuleFactsTests
{
    [Theory]
    [InlineData("since when are australia's button battery standards mandatory", "au-button-battery-standards", "2022-06-22|22 June 2022", "productsafety.gov.au")]
    [InlineData("does japan have a positive list for plastic kitchenware", "jp-food-utensil-positive-list", "2025-06-01", "lg.jp")]
    [InlineData("RED cybersecurity start date", "eu-red-cybersecurity", "2025-08-01", "europa.eu")]
    [InlineData("英国化妆品责任人必须在英国吗", "uk-cosmetics-scpn", "英国境内", "legislation.gov.uk")]
    [InlineData("欧盟化妆品CPNP通报收费吗", "eu-cosmetics-cpnp", "免费", "europa.eu")]
    [InlineData("PSTI password rules", "uk-psti-connectable-products", "password", "gov.uk")]
    [InlineData("EU food contact symbol", "eu-food-contact-materials", "glass-and-fork", "ruokavirasto.fi")]
    public void A_seller_rule_is_answered_from_its_entry_with_an_official_source(string question, string id, string fact, string officialHost)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, question);
        Assert.Equal(id, answer.Entries[0].Id);
        Assert.Matches(new Regex(fact, RegexOptions.IgnoreCase), answer.Text + "\n" + string.Join("\n", answer.More));
        Assert.Contains(answer.Sources.Concat(answer.MoreSources), s => s.Url is not null && new Uri(s.Url).Host.EndsWith(officialHost, StringComparison.OrdinalIgnoreCase));
    }

    // A date read only in a secondary source is said so with the answer.
    [Fact]
    public void The_red_cybersecurity_date_carries_its_caveat()
    {
        var answer = RealAnswerer.Ask("RED cybersecurity start date");

        Assert.NotEmpty(answer.Caveats);
    }

    // The UK threshold applies to UK-established businesses only; a seller established abroad has none.
    [Fact]
    public void The_uk_vat_registration_threshold_says_who_it_applies_to()
    {
        var rule = RealAnswerer.KnowledgeBase.Compliance.Single(c => c.Id == "uk-vat-point-of-sale");

        Assert.Contains("£90,000", rule.Summary.En, StringComparison.Ordinal);
        Assert.Contains("not established in the UK", rule.Summary.En, StringComparison.Ordinal);
        Assert.Contains(rule.History, h => h.From == new DateOnly(2024, 4, 1));
    }
}
