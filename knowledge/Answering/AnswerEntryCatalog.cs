using System.Globalization;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Knowledge.Search;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>Every entry of the knowledge base as an <see cref="AnswerEntry"/>, found by kind and id.</summary>
internal sealed class AnswerEntryCatalog
{
    private readonly Dictionary<(SearchEntryType, string), AnswerEntry> _entries = [];

    public AnswerEntryCatalog(KnowledgeBase kb)
    {
        foreach (var p in kb.Platforms)
        {
            Add(new AnswerEntry(SearchEntryType.Platform, p.Id, null, p.Name, p.Summary,
                [.. Optional(p.Fees.Notes), .. p.EntryRequirements, .. p.RestrictedProducts, .. p.Fulfilment.Select(f => LocalizedText.Of(f.Name.En + ": " + f.Summary.En, f.Name.ZhCn + "：" + f.Summary.ZhCn)), .. p.Strengths, .. p.Risks],
                p.Sources, p.Reviewed, []));
        }

        foreach (var c in kb.LogisticsChannels)
        {
            Add(new AnswerEntry(SearchEntryType.LogisticsChannel, c.Id, null, c.Name, c.Summary,
                [.. c.BestFor, .. Optional(c.Pricing.Notes)], c.Sources, c.Reviewed, []));
        }

        foreach (var m in kb.Markets)
        {
            Add(new AnswerEntry(SearchEntryType.Market, m.Id, null, m.Name, m.Summary,
                [VatLine(m.Vat), .. m.Notes, .. m.CustomsDocuments], m.Sources, m.Reviewed, [m.Id], m.Caveat));
            foreach (var r in m.ImportRules)
            {
                Add(new AnswerEntry(SearchEntryType.ImportRule, r.Id, m.Id, r.Name, r.Summary ?? r.Name,
                    [.. r.Periods.Select(p => p.Note).OfType<LocalizedText>()],
                    r.Sources.Count > 0 ? r.Sources : m.Sources, m.Reviewed, [m.Id], r.Caveat));
            }
        }

        foreach (var c in kb.Compliance)
        {
            Add(new AnswerEntry(SearchEntryType.Compliance, c.Id, null, c.Name, c.Summary,
                [.. c.Steps, .. c.History.Select(h => Dated(h.From, h.Change))], c.Sources, c.Reviewed, c.Markets, c.Caveat));
        }

        foreach (var e in kb.ExportModes)
        {
            Add(new AnswerEntry(SearchEntryType.ExportMode, e.Id, null, e.Name, e.Summary, [.. e.Suits, .. e.Requirements], e.Sources, e.Reviewed, []));
        }

        foreach (var p in kb.Playbooks)
        {
            Add(new AnswerEntry(SearchEntryType.Playbook, p.Id, null, p.Name, p.Summary,
                [.. p.Steps.Select(s => s.Detail is { } d ? LocalizedText.Of(s.Title.En + ": " + d.En, s.Title.ZhCn + "：" + d.ZhCn) : s.Title), .. p.Prevention],
                p.Sources, p.Reviewed, p.Markets, p.Caveat));
        }

        foreach (var g in kb.Glossary)
        {
            Add(new AnswerEntry(SearchEntryType.GlossaryTerm, g.Id, null, g.Term, g.Definition, [], g.Sources, g.Reviewed, []));
        }

        foreach (var c in kb.PaperChallenges)
        {
            Add(new AnswerEntry(SearchEntryType.PaperChallenge, c.Id, null, c.Name, c.Summary, [], c.Sources, null, []));
        }

        foreach (var c in kb.PaperCountermeasures)
        {
            Add(new AnswerEntry(SearchEntryType.PaperCountermeasure, c.Id, null, c.Name, c.Summary, [], c.Sources, null, []));
        }

        foreach (var s in kb.Readiness.RoadmapSteps)
        {
            Add(new AnswerEntry(SearchEntryType.RoadmapStep, s.Id, null, s.Title, s.Detail ?? s.Title, [], s.Sources, kb.Readiness.Reviewed, []));
        }

        // The readiness scale is the bot's own model, so a level or dimension cites no outside source.
        foreach (var l in kb.Readiness.Levels)
        {
            Add(new AnswerEntry(SearchEntryType.ReadinessLevel, l.Id, null, l.Name, l.Summary ?? l.Name, [ReadinessText.LevelScore(kb.Readiness, l)], [], kb.Readiness.Reviewed, []));
        }

        foreach (var d in kb.Readiness.Dimensions)
        {
            Add(new AnswerEntry(SearchEntryType.ReadinessDimension, d.Id, null, d.Name, d.Summary ?? d.Name, [ReadinessText.DimensionWeight(kb.Readiness, d)], [], kb.Readiness.Reviewed, []));
        }
    }

    public IEnumerable<AnswerEntry> All => _entries.Values;

    public AnswerEntry? Find(SearchEntryType type, string id) =>
        _entries.TryGetValue(AnswerEntry.KeyOf(type, id), out var entry) ? entry : null;

    private static IEnumerable<LocalizedText> Optional(LocalizedText? text) => text is null ? [] : [text];

    // The tax's name line is backed by the rate's own sources where the data tags them.
    private static LocalizedText VatLine(VatInfo vat) => vat.Sources.Count > 0 && vat.Name.Sources is null ? vat.Name with { Sources = vat.Sources } : vat.Name;

    private static LocalizedText Dated(DateOnly from, LocalizedText change)
    {
        var date = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return LocalizedText.Of(date + ": " + change.En, date + "：" + change.ZhCn);
    }

    private void Add(AnswerEntry entry) => _entries.TryAdd(AnswerEntry.KeyOf(entry.Type, entry.Id), entry);
}
