using CrossBorderBot.Knowledge.Search;

namespace CrossBorderBot.Channels.Teams;

/// <summary>The message extension's search, answered by the knowledge library's <see cref="KnowledgeSearch"/>.</summary>
public sealed class KnowledgeSearchForTeams(KnowledgeSearch search, KnowledgeBase knowledgeBase) : IKnowledgeSearchForTeams
{
    public Task<IReadOnlyList<TeamsSearchResult>> SearchAsync(string? query, BotLanguage language, int skip, int count, CancellationToken cancellationToken)
    {
        skip = Math.Max(0, skip);
        if (count <= 0)
        {
            return Task.FromResult<IReadOnlyList<TeamsSearchResult>>([]);
        }

        if (string.IsNullOrWhiteSpace(query))
        {
            return Task.FromResult<IReadOnlyList<TeamsSearchResult>>(DefaultList(language).Skip(skip).Take(count).ToList());
        }

        var queryLanguage = KnowledgeLanguage.Detect(query);
        var hits = search.Search(query, new SearchOptions { MaxHits = skip + count, Language = queryLanguage });
        IReadOnlyList<TeamsSearchResult> page = hits.Skip(skip).Select(hit => new TeamsSearchResult
        {
            Id = hit.ParentId is null ? hit.Id : $"{hit.ParentId}/{hit.Id}",
            Kind = KindName(hit.EntryType, BotLanguage.Of(hit.Language)),
            Title = hit.Title.Get(hit.Language),
            Summary = hit.Snippet,
            Sources = [.. hit.Sources.Select(ToSource)],
            Reviewed = hit.Reviewed,
        }).ToList();
        return Task.FromResult(page);
    }

    /// <summary>What a user opening the search box most likely wants: how to fix common problems, then the terms.</summary>
    private IEnumerable<TeamsSearchResult> DefaultList(BotLanguage language)
    {
        foreach (var playbook in knowledgeBase.Playbooks)
        {
            yield return Entry(playbook.Id, SearchEntryType.Playbook, playbook.Name, playbook.Summary, playbook.Sources, playbook.Reviewed, language);
        }

        foreach (var term in knowledgeBase.Glossary)
        {
            yield return Entry(term.Id, SearchEntryType.GlossaryTerm, term.Term, term.Definition, term.Sources, term.Reviewed, language);
        }
    }

    private TeamsSearchResult Entry(string id, SearchEntryType type, LocalizedText title, LocalizedText summary, IReadOnlyList<string> sourceIds, DateOnly reviewed, BotLanguage language) => new()
    {
        Id = id,
        Kind = KindName(type, language),
        Title = title.Get(language),
        Summary = summary.Get(language),
        Sources = [.. knowledgeBase.ResolveSources(sourceIds).Select(ToSource)],
        Reviewed = reviewed,
    };

    private static TeamsSearchSource ToSource(Source source) => new(source.Title, source.Publisher, source.Url);

    private static string KindName(SearchEntryType type, BotLanguage language)
    {
        var chinese = language.IsChinese;
        return type switch
        {
            SearchEntryType.Platform => chinese ? "平台" : "Platform",
            SearchEntryType.LogisticsChannel => chinese ? "物流渠道" : "Logistics channel",
            SearchEntryType.Market => chinese ? "市场" : "Market",
            SearchEntryType.ImportRule => chinese ? "进口规则" : "Import rule",
            SearchEntryType.Compliance => chinese ? "合规" : "Compliance",
            SearchEntryType.ExportMode => chinese ? "出口模式" : "Export mode",
            SearchEntryType.Playbook => chinese ? "问题处理指南" : "Issue playbook",
            SearchEntryType.GlossaryTerm => chinese ? "术语" : "Glossary",
            SearchEntryType.PaperChallenge => chinese ? "挑战" : "Challenge",
            SearchEntryType.PaperCountermeasure => chinese ? "对策" : "Countermeasure",
            SearchEntryType.RoadmapStep => chinese ? "路线图步骤" : "Roadmap step",
            _ => type.ToString(),
        };
    }
}
