using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Guides;

/// <summary>A guide result lists the sources its own text came from: the destination's, not other countries'.</summary>
public class GuideSourcesTests
{
    private static readonly Lazy<KnowledgeBase> Kb = RealGuideParts.Knowledge;

    private static IEnumerable<string> MarketSourceIds(Market market) =>
        market.Sources.Concat(market.ImportRules.SelectMany(r => r.Sources));

    [Theory]
    [InlineData("au")]
    [InlineData("de")]
    [InlineData("jp")]
    public void A_result_for_one_market_cites_its_own_sources_and_no_other_market_s(string destination)
    {
        var kb = Kb.Value;
        var market = kb.FindMarket(destination)!;
        var sources = new GuideSources(kb);
        foreach (var channel in kb.LogisticsChannels.Where(c => c.Id is "epacket" or "dedicated-line" or "commercial-express"))
        {
            sources.Add(channel.Sources, channel.Reviewed);
        }

        sources.Add(MarketSourceIds(market).Concat(kb.ExchangeRates.Sources), market.Reviewed);
        var shown = sources.ToReplySources(8).Select(s => s.Title).ToList();
        var own = kb.ResolveSources(MarketSourceIds(market)).Select(s => s.Title).ToList();
        var foreign = kb.Markets.Where(m => m.Id != destination && m.Id != "eu" && !(kb.FindCountry(destination)?.Eu == true && m.Id == "eu"))
            .SelectMany(m => kb.ResolveSources(MarketSourceIds(m)))
            .Where(s => !own.Contains(s.Title))
            .Select(s => s.Title)
            .ToHashSet();

        Assert.Contains(shown, own.Contains);
        Assert.DoesNotContain(shown, foreign.Contains);
        Assert.DoesNotContain(shown, title => title.StartsWith("Executive Order 14324", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_market_every_source_stays()
    {
        var kb = Kb.Value;
        var epacket = kb.FindLogisticsChannel("epacket")!;

        var shown = new GuideSources(kb).Add(epacket.Sources, epacket.Reviewed).ToReplySources(20);

        Assert.Equal(kb.ResolveSources(epacket.Sources).Count, shown.Count);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("fr")]
    [InlineData("it")]
    public void A_site_an_entry_about_several_markets_cites_does_not_count_as_every_one_of_them_s(string destination)
    {
        // EORI (an EU and a UK number) cites the UK's government site; a channel entry cites HMRC's VAT guidance on it.
        // A European result must not take that guidance for its own.
        var kb = Kb.Value;
        var market = kb.FindMarket(destination)!;
        var sources = new GuideSources(kb);
        foreach (var channel in kb.LogisticsChannels.Where(c => c.Id is "dedicated-line" or "cainiao-aliexpress"))
        {
            sources.Add(channel.Sources, channel.Reviewed);
        }

        sources.Add(MarketSourceIds(market).Concat(kb.ExchangeRates.Sources), market.Reviewed);
        var hosts = sources.ToReplySources(20).Select(s => Uri.TryCreate(s.Url, UriKind.Absolute, out var uri) ? uri.Host : string.Empty);

        Assert.DoesNotContain("www.gov.uk", hosts);
    }
}
