using CrossBorderBot.Knowledge.Loading;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Tests;

/// <summary>
/// The knowledge base classifies each source's host once when it is built and keeps the answer (every logistics result
/// asks it of each source it cites): the kept answer is the one the host lists give, for every source of the real
/// knowledge and every market, and a copy of the lists with other hosts classifies by its own lists.
/// </summary>
public class SourceHostClassTests
{
    private static readonly Lazy<KnowledgeBase> Kb = new(() => new KnowledgeLoader().LoadDefault().KnowledgeBase);

    [Fact]
    public void Every_real_source_is_classified_as_its_host_reads_in_the_lists()
    {
        var hosts = Kb.Value.SourceHosts;
        var markets = hosts.Official.Select(o => o.Market).Distinct(StringComparer.OrdinalIgnoreCase).Append("nowhere").ToList();
        var official = 0;
        foreach (var source in Kb.Value.Sources)
        {
            var host = SourceHosts.HostOf(source);
            var kept = Kb.Value.SourceClassOf(source);
            Assert.Equal(ReadFromTheLists(hosts, host), kept.Kind);
            Assert.Equal(kept.Kind, hosts.Classify(source));
            official += kept.Kind == SourceHostKind.Official ? 1 : 0;
            foreach (var market in markets)
            {
                Assert.Equal(host is not null && hosts.IsOfficialFor(host, [market]), kept.IsOfficialFor([market]));
                Assert.Equal(kept.IsOfficialFor([market]), hosts.IsOfficialFor(source, [market]));
            }

            Assert.Equal(host is not null && hosts.IsOfficialFor(host, markets), kept.IsOfficialFor(markets));
            Assert.False(kept.IsOfficialFor([]));
        }

        // The real data cites authorities: the comparison covers official hosts, not only third parties.
        Assert.True(official > 10, $"{official} official sources");
    }

    [Fact]
    public void A_copy_of_the_lists_with_other_hosts_classifies_by_its_own_lists()
    {
        var hosts = new SourceHosts
        {
            Official = [new OfficialHosts { Market = "us", Hosts = ["cbp.gov"] }],
            PlatformOrCarrier = ["ups.com"],
        };
        var source = new Source { Id = "s", Title = "t", Publisher = "p", Url = "https://www.cbp.gov/trade" };
        Assert.Equal(SourceHostKind.Official, hosts.Classify(source));
        Assert.True(hosts.IsOfficialFor(source, ["US"]));

        var moved = hosts with { Official = [new OfficialHosts { Market = "ca", Hosts = ["cbsa-asfc.gc.ca"] }], PlatformOrCarrier = ["cbp.gov"] };

        Assert.Equal(SourceHostKind.PlatformOrCarrier, moved.Classify(source));
        Assert.False(moved.IsOfficialFor(source, ["us"]));
        Assert.Equal(SourceHostKind.Official, hosts.Classify(source));
    }

    [Fact]
    public void A_source_that_is_not_the_knowledge_bases_own_is_classified_from_the_lists()
    {
        var source = new Source { Id = "elsewhere", Title = "t", Publisher = "p", Url = "https://www.cbp.gov/trade" };
        Assert.Equal(Kb.Value.SourceHosts.Classify(source), Kb.Value.SourceClassOf(source).Kind);
        Assert.Equal(ReadFromTheLists(Kb.Value.SourceHosts, "www.cbp.gov"), Kb.Value.SourceClassOf(source).Kind);
    }

    // The classification as the lists define it, read here without the kept answers.
    private static SourceHostKind ReadFromTheLists(SourceHosts hosts, string? host) =>
        host is null ? SourceHostKind.ThirdParty
        : hosts.Official.Any(o => o.Hosts.Any(d => SourceHosts.Matches(host, d))) ? SourceHostKind.Official
        : hosts.PlatformOrCarrier.Any(d => SourceHosts.Matches(host, d)) ? SourceHostKind.PlatformOrCarrier
        : SourceHostKind.ThirdParty;
}
