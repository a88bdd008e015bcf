using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Search;

/// <summary>Flattens every kind of entry into <see cref="SearchDocument"/>s (names &gt; summaries &gt; details).</summary>
internal static class SearchDocumentBuilder
{
    public static IReadOnlyList<SearchDocument> Build(KnowledgeBase kb)
    {
        var docs = new List<SearchDocument>();
        foreach (var p in kb.Platforms)
        {
            var details = Details(
                [p.Fees.Notes, .. p.Fulfilment.SelectMany(f => new[] { f.Name, f.Summary }), .. p.EntryRequirements, .. p.RestrictedProducts, .. p.Strengths, .. p.Risks],
                [string.Join(' ', p.Classification.Models), .. p.Categories, .. p.Regions]);
            docs.Add(Doc(SearchEntryType.Platform, p.Id, null, p.Name, p.Summary, details, p.Sources, p.Reviewed,
                p.PaperTable1 is { } t ? [t.ListedAs] : []));
        }

        foreach (var c in kb.LogisticsChannels)
        {
            docs.Add(Doc(SearchEntryType.LogisticsChannel, c.Id, null, c.Name, c.Summary,
                Details([c.Pricing.Notes, .. c.BestFor], [c.Kind.ToString()]), c.Sources, c.Reviewed));
        }

        foreach (var m in kb.Markets)
        {
            docs.Add(Doc(SearchEntryType.Market, m.Id, null, m.Name, m.Summary,
                Details([m.Vat.Name, .. m.CustomsDocuments, .. m.Notes, .. m.ImportRules.Select(r => r.Name)], [m.Currency]),
                m.Sources, m.Reviewed));
            foreach (var r in m.ImportRules)
            {
                docs.Add(Doc(SearchEntryType.ImportRule, r.Id, m.Id, r.Name, r.Summary ?? r.Name,
                    Details([m.Name, .. r.Periods.Select(p => p.Note)], []), r.Sources.Count > 0 ? r.Sources : m.Sources, m.Reviewed));
            }
        }

        foreach (var c in kb.Compliance)
        {
            docs.Add(Doc(SearchEntryType.Compliance, c.Id, null, c.Name, c.Summary,
                Details([.. c.Steps, .. c.History.Select(h => h.Change)], [.. c.Markets]), c.Sources, c.Reviewed));
        }

        foreach (var e in kb.ExportModes)
        {
            docs.Add(Doc(SearchEntryType.ExportMode, e.Id, null, e.Name, e.Summary,
                Details([.. e.Suits, .. e.Requirements], []), e.Sources, e.Reviewed, [e.Id]));
        }

        foreach (var p in kb.Playbooks)
        {
            docs.Add(Doc(SearchEntryType.Playbook, p.Id, null, p.Name, p.Summary,
                Details([.. p.Symptoms, .. p.Causes, .. p.Steps.SelectMany(s => new[] { s.Title, s.Detail }), .. p.Prevention, .. p.MarketNotes.Select(n => n.Note)], []),
                p.Sources, p.Reviewed, p.Keywords.En, p.Keywords.ZhCn));
        }

        foreach (var g in kb.Glossary)
        {
            docs.Add(Doc(SearchEntryType.GlossaryTerm, g.Id, null, g.Term, g.Definition, Details([], []), g.Sources, g.Reviewed, g.Aliases, g.Aliases));
        }

        foreach (var c in kb.PaperChallenges)
        {
            docs.Add(Doc(SearchEntryType.PaperChallenge, c.Id, null, c.Name, c.Summary, Details([], []), c.Sources, null));
        }

        foreach (var c in kb.PaperCountermeasures)
        {
            docs.Add(Doc(SearchEntryType.PaperCountermeasure, c.Id, null, c.Name, c.Summary, Details([], []), c.Sources, null));
        }

        foreach (var s in kb.Readiness.RoadmapSteps)
        {
            docs.Add(Doc(SearchEntryType.RoadmapStep, s.Id, null, s.Title, s.Detail ?? s.Title, Details([], []), s.Sources, kb.Readiness.Reviewed));
        }

        // The readiness result's own words: its levels and the dimensions it scores ("what does 'getting ready' mean?").
        foreach (var l in kb.Readiness.Levels)
        {
            docs.Add(Doc(SearchEntryType.ReadinessLevel, l.Id, null, l.Name, l.Summary ?? l.Name, Details([ReadinessText.LevelScore(kb.Readiness, l)], []), [], kb.Readiness.Reviewed,
                [ReadinessText.LevelWord.En], [ReadinessText.LevelWord.ZhCn]));
        }

        foreach (var d in kb.Readiness.Dimensions)
        {
            docs.Add(Doc(SearchEntryType.ReadinessDimension, d.Id, null, d.Name, d.Summary ?? d.Name, Details([], []), [], kb.Readiness.Reviewed,
                [ReadinessText.DimensionWord.En], [ReadinessText.DimensionWord.ZhCn]));
        }

        return docs;
    }

    private static (List<string> En, List<string> Zh) Details(IEnumerable<LocalizedText?> texts, IEnumerable<string> neutral)
    {
        var en = new List<string>();
        var zh = new List<string>();
        foreach (var t in texts.OfType<LocalizedText>())
        {
            en.Add(t.En);
            zh.Add(t.ZhCn);
        }

        foreach (var word in neutral)
        {
            en.Add(word);
            zh.Add(word);
        }

        return (en, zh);
    }

    private static SearchDocument Doc(
        SearchEntryType type,
        string id,
        string? parentId,
        LocalizedText title,
        LocalizedText summary,
        (List<string> En, List<string> Zh) details,
        IReadOnlyList<string> sources,
        DateOnly? reviewed,
        IReadOnlyList<string>? extraNamesEn = null,
        IReadOnlyList<string>? extraNamesZh = null) =>
        new(type, id, parentId, title,
            [title.En, id, .. extraNamesEn ?? []],
            [title.ZhCn, id, .. extraNamesZh ?? extraNamesEn ?? []],
            summary.En, summary.ZhCn, details.En, details.Zh, sources, reviewed);
}
