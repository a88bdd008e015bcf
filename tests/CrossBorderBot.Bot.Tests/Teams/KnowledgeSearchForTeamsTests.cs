using CrossBorderBot.Channels.Teams;
using CrossBorderBot.Knowledge.Loading;
using CrossBorderBot.Knowledge.Search;
using CrossBorderBot.Language;

namespace CrossBorderBot.Tests.Teams;

/// <summary>The adapter from the message extension to the knowledge library, on the library's small fixture data set.</summary>
public sealed class KnowledgeSearchForTeamsTests : IDisposable
{
    private readonly KnowledgeSearch _library;
    private readonly KnowledgeSearchForTeams _search;

    public KnowledgeSearchForTeamsTests()
    {
        var loaded = new KnowledgeLoader().Load(Path.Combine(AppContext.BaseDirectory, "TeamsKnowledgeFixture"));
        Assert.True(loaded.IsValid, string.Join('\n', loaded.Problems));
        _library = new KnowledgeSearch(loaded.KnowledgeBase);
        _search = new KnowledgeSearchForTeams(_library, loaded.KnowledgeBase);
    }

    public void Dispose() => _library.Dispose();

    [Fact]
    public async Task Finds_entries_with_their_sources_and_review_date()
    {
        var results = await _search.SearchAsync("held at customs", BotLanguage.English, 0, 10, CancellationToken.None);

        var hit = Assert.Single(results, r => r.Id == "customs-hold");
        Assert.Equal("Parcel held at customs", hit.Title);
        Assert.Contains(hit.Sources, s => s.Url == "https://example.com/post");
        Assert.Equal(new DateOnly(2026, 11, 26), hit.Reviewed);
    }

    [Fact]
    public async Task A_chinese_query_is_answered_in_chinese()
    {
        var results = await _search.SearchAsync("海关扣押", BotLanguage.English, 0, 10, CancellationToken.None);

        Assert.Contains(results, r => r.Title == "包裹被海关扣留");
    }

    [Fact]
    public async Task Pages_do_not_overlap()
    {
        var all = await _search.SearchAsync("customs", BotLanguage.English, 0, 50, CancellationToken.None);
        Assert.True(all.Count >= 2, "the fixture should match customs at least twice");

        var first = await _search.SearchAsync("customs", BotLanguage.English, 0, 1, CancellationToken.None);
        var second = await _search.SearchAsync("customs", BotLanguage.English, 1, 1, CancellationToken.None);

        Assert.Equal(all[0].Id, Assert.Single(first).Id);
        Assert.Equal(all[1].Id, Assert.Single(second).Id);
    }

    [Fact]
    public async Task An_empty_query_lists_the_issue_playbooks_first_in_the_users_language()
    {
        var results = await _search.SearchAsync(" ", BotLanguage.Chinese, 0, 25, CancellationToken.None);

        Assert.Equal("包裹被海关扣留", results[0].Title);
        Assert.Equal("问题处理指南", results[0].Kind);
        Assert.Contains(results, r => r.Id == "ddp");
    }
}
