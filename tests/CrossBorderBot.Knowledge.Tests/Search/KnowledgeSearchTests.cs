using CrossBorderBot.Knowledge.Search;
using CrossBorderBot.Knowledge.Tests.TestUtilities;

namespace CrossBorderBot.Knowledge.Tests.Search;

public class KnowledgeSearchTests
{
    public static TheoryData<string, SearchEntryType, string, string> Queries => new()
    {
        // query, expected top entry type, expected top id, expected language of the snippet
        { "parcel held at customs", SearchEntryType.Playbook, "customs-hold", "en" },
        { "包裹被海关扣留怎么办", SearchEntryType.Playbook, "customs-hold", "zh-CN" },
        { "trademark infringement", SearchEntryType.Playbook, "ip-complaint", "en" },
        { "商标侵权投诉", SearchEntryType.Playbook, "ip-complaint", "zh-CN" },
        { "Delivered Duty Paid", SearchEntryType.GlossaryTerm, "ddp", "en" },
        { "小额豁免", SearchEntryType.GlossaryTerm, "de-minimis", "zh-CN" },
        { "9610", SearchEntryType.ExportMode, "9610", "en" },
        { "海运 海外仓", SearchEntryType.LogisticsChannel, "sea-warehouse", "zh-CN" },
        { "wholesale manufacturers", SearchEntryType.Platform, "tradehub", "en" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Query_in_either_language_finds_the_entry(string query, SearchEntryType type, string id, string language)
    {
        var hits = FixtureData.Search.Search(query);

        Assert.NotEmpty(hits);
        Assert.Equal((type, id), (hits[0].EntryType, hits[0].Id));
        Assert.Equal(language, hits[0].Language);
        Assert.NotEmpty(hits[0].Sources);
        Assert.False(string.IsNullOrWhiteSpace(hits[0].Snippet));
    }

    [Fact]
    public void Chinese_query_gets_a_chinese_snippet_and_both_titles()
    {
        var hit = FixtureData.Search.Search("知识产权")[0];

        Assert.Equal("ip-complaint", hit.Id);
        Assert.Contains("权利人", hit.Snippet, StringComparison.Ordinal);
        Assert.Equal("Intellectual property complaint", hit.Title.En);
        Assert.Equal("知识产权投诉", hit.Title.ZhCn);
        Assert.Equal(new DateOnly(2026, 11, 26), hit.Reviewed);
    }

    [Fact]
    public void Names_rank_above_mentions_in_details()
    {
        // "customs" is in the customs-hold playbook's name and only in details/summaries elsewhere.
        var hits = FixtureData.Search.Search("customs");

        Assert.Equal("customs-hold", hits[0].Id);
    }

    [Fact]
    public void Import_rules_are_searchable_with_their_market()
    {
        var hit = FixtureData.Search.Search("de minimis suspended", new SearchOptions { EntryTypes = [SearchEntryType.ImportRule] })[0];

        Assert.Equal(("us-de-minimis", "us"), (hit.Id, hit.ParentId));
        Assert.Contains(hit.Sources, s => s.Publisher == "U.S. CBP");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("the and of")]
    [InlineData("zzqxv")]
    public void Queries_without_content_return_nothing(string query)
    {
        Assert.Empty(FixtureData.Search.Search(query));
    }

    [Fact]
    public void Entry_type_filter_and_max_hits_are_honoured()
    {
        var hits = FixtureData.Search.Search("customs duty", new SearchOptions { MaxHits = 2, EntryTypes = [SearchEntryType.Market, SearchEntryType.ImportRule] });

        Assert.InRange(hits.Count, 1, 2);
        Assert.All(hits, h => Assert.Contains(h.EntryType, new[] { SearchEntryType.Market, SearchEntryType.ImportRule }));
    }

    [Fact]
    public async Task Concurrent_searches_give_the_same_answers()
    {
        string[] queries = ["customs", "扣关", "trademark", "商标", "express courier", "海外仓"];
        var expected = queries.Select(q => FixtureData.Search.Search(q)[0].Id).ToArray();

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(() =>
            (Index: i % queries.Length, Id: FixtureData.Search.Search(queries[i % queries.Length])[0].Id))));

        Assert.All(results, r => Assert.Equal(expected[r.Index], r.Id));
    }

    [Fact]
    public void Rebuilt_indexes_rank_identically()
    {
        string[] queries = ["customs", "duty", "海关", "平台", "express", "parcel"];
        using var first = new KnowledgeSearch(FixtureData.KnowledgeBase);
        using var second = new KnowledgeSearch(FixtureData.KnowledgeBase);

        foreach (var query in queries)
        {
            Assert.Equal(first.Search(query).Select(h => h.Id), second.Search(query).Select(h => h.Id));
        }
    }
}
