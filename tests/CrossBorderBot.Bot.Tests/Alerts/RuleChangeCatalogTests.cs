using CrossBorderBot.Alerts;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Knowledge;
using CrossBorderBot.Language;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderBot.Tests.Alerts;

/// <summary>The dated changes read from the real knowledge base.</summary>
public sealed class RuleChangeCatalogTests
{
    private static readonly Lazy<KnowledgeBase> Knowledge = new(() =>
        new ServiceCollection().AddLogging().AddKnowledgeBase().BuildServiceProvider().GetRequiredService<KnowledgeBase>());

    [Fact]
    public void The_us_de_minimis_repeal_of_2027_07_01_is_one_change_told_by_every_entry_that_records_it()
    {
        var catalog = new RuleChangeCatalog(Knowledge.Value);

        var change = Assert.Single(catalog.Between(["us"], new DateOnly(2027, 7, 1), new DateOnly(2027, 7, 1)));

        Assert.Equal("us:2027-07-01", change.Id);
        Assert.Contains(change.Items, item => item.EntryId == "us-low-value-entry");
        Assert.Contains(change.Items, item => item.EntryId == "us-de-minimis");
        Assert.All(change.Items, item => Assert.NotEmpty(item.SourceIds));
    }

    [Fact]
    public void A_rule_coming_into_force_is_a_change_on_its_first_day_and_its_stated_end_too()
    {
        var catalog = new RuleChangeCatalog(Knowledge.Value);
        var flatDuty = Knowledge.Value.FindMarket("eu")!.ImportRules.Single(r => r.Id == "eu-interim-flat-duty");
        var start = flatDuty.Periods.Min(p => p.From);

        Assert.Contains(catalog.Between(["eu"], start, start), change => change.Items.Any(item => item.EntryId == flatDuty.Id));
        foreach (var period in flatDuty.Periods.Where(p => p.To is not null && !flatDuty.Periods.Any(next => next.From == p.To.Value.AddDays(1))))
        {
            var endsOn = period.To!.Value.AddDays(1);
            Assert.Contains(catalog.Between(["eu"], endsOn, endsOn), change => change.Items.Any(item => item.EntryId == flatDuty.Id));
        }
    }

    [Fact]
    public void An_eu_member_is_watched_with_the_eu_and_a_region_with_its_markets()
    {
        var markets = new AlertMarkets(Knowledge.Value);

        Assert.Equal(["de", "eu"], markets.For(["de"]));
        Assert.Contains("us", markets.For(["north-america"]));
        Assert.Empty(markets.For(["global"]));
    }

    [Theory]
    [InlineData("gb", "en", "the United Kingdom")]
    [InlineData("us", "en", "the United States")]
    [InlineData("de", "en", "Germany")]
    [InlineData("gb", "zh-CN", "英国")]
    [InlineData("zz", "en", "ZZ")]
    public void A_market_reads_in_the_alert_sentences_with_the_article_it_takes(string market, string language, string expected)
    {
        Assert.Equal(expected, new AlertMarkets(Knowledge.Value).Name(market, BotLanguage.Of(language)));
    }
}
