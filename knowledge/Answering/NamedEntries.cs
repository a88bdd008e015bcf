using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Knowledge.Search;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// The entries a question names, which are candidates whatever the full-text search finds: a named market with its
/// import rules, the EU's overview for a member without a market of its own, and the platform, channel, rule, term or
/// export mode named. Also tells whether a name the question uses is a given entry.
/// </summary>
internal sealed class NamedEntries(KnowledgeBase kb, AnswerEntryCatalog catalog)
{
    /// <summary>The market whose entries cover an EU member that has no market of its own.</summary>
    public const string EuMarket = "eu";

    public IEnumerable<AnswerEntry> Of(QuestionAnalysis q)
    {
        foreach (var entity in q.Entities)
        {
            switch (entity.Kind)
            {
                case EntityKind.Market:
                    if (catalog.Find(SearchEntryType.Market, entity.Id) is { } market)
                    {
                        yield return market;
                    }

                    foreach (var rule in kb.FindMarket(entity.Id)?.ImportRules ?? [])
                    {
                        if (catalog.Find(SearchEntryType.ImportRule, rule.Id) is { } r)
                        {
                            yield return r;
                        }
                    }

                    break;
                case EntityKind.Country:
                    // "romania parcel fee": an EU member without a market of its own is governed by the EU's entries, which
                    // answer about it where they name it (see AnswerAcceptance).
                    if (kb.FindCountry(entity.Id)?.Eu == true && catalog.Find(SearchEntryType.Market, EuMarket) is { } union)
                    {
                        yield return union;
                    }

                    // "瑞士说的小额包裹": the schemes of that one country (Switzerland's mail-order rule) answer when the question
                    // names their topic (see AnswerRanker.OfNamedCountry).
                    foreach (var scheme in catalog.All.Where(e => e.Type == SearchEntryType.Compliance && e.Markets.Count == 1
                        && e.Markets[0].Equals(entity.Id, StringComparison.OrdinalIgnoreCase)))
                    {
                        yield return scheme;
                    }

                    break;
                default:
                    if (catalog.Find(TypeOf(entity.Kind), entity.Id) is { } named)
                    {
                        yield return named;
                    }

                    break;
            }
        }
    }

    /// <summary>Whether the name is the entry itself (same id, and the kind of entry that kind of name stands for).</summary>
    public static bool Refers(NamedEntity entity, AnswerEntry entry) =>
        entity.Id.Equals(entry.Id, StringComparison.OrdinalIgnoreCase) && TypeOf(entity.Kind) == entry.Type;

    private static SearchEntryType TypeOf(EntityKind kind) => kind switch
    {
        EntityKind.Platform => SearchEntryType.Platform,
        EntityKind.LogisticsChannel => SearchEntryType.LogisticsChannel,
        EntityKind.Compliance => SearchEntryType.Compliance,
        EntityKind.GlossaryTerm => SearchEntryType.GlossaryTerm,
        EntityKind.ExportMode => SearchEntryType.ExportMode,
        _ => SearchEntryType.Market,
    };
}
