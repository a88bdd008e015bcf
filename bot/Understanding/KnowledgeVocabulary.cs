using CrossBorderBot.Knowledge.Loading;

namespace CrossBorderBot.Understanding;

/// <summary>
/// The recognizer's <see cref="Vocabulary"/> from the loaded <see cref="KnowledgeBase"/> (countries, regions, categories
/// and platforms, in the knowledge library's own types) plus the recognizer's alias list (embedded
/// <c>Aliases/entity-aliases.tsv</c>). The data files are read once, by the knowledge library.
/// </summary>
public static class KnowledgeVocabulary
{
    /// <summary>The vocabulary of <paramref name="knowledgeBase"/>.</summary>
    public static Vocabulary From(KnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        var aliases = EntityAliases.Load();
        return new Vocabulary(
            WithAliases(knowledgeBase.Countries.Select(c => Term(c.Code.ToLowerInvariant(), c.Name, c.Aliases)), aliases, EntityType.Country),
            knowledgeBase.Regions.Select(r => Term(r.Id, r.Name, r.Aliases)).ToList(),
            WithAliases(knowledgeBase.Categories.Select(c => Term(c.Id, c.Name, c.Keywords)), aliases, EntityType.Category))
        {
            Platforms = WithAliases(Platforms(knowledgeBase), aliases, EntityType.Platform),
            SensitiveGoods = WithAliases([], aliases, EntityType.SensitiveGoods),
            Answers = WithAliases([], aliases, EntityType.Answer),
        };
    }

    /// <summary>The vocabulary of the knowledge base copied next to the app (what a recognizer built without one uses).</summary>
    /// <exception cref="KnowledgeBaseLoadException">The data folder is missing or does not load cleanly.</exception>
    public static Vocabulary FromDefaultData() => From(LoadDefaultKnowledge());

    internal static KnowledgeBase LoadDefaultKnowledge()
    {
        var directory = KnowledgePaths.DefaultDataDirectory;
        var result = KnowledgeSnapshotCache.LoadThroughDefault(directory);
        return result.IsValid ? result.KnowledgeBase : throw new KnowledgeBaseLoadException(directory, result.Problems);
    }

    // Platform names carry notes in brackets ("Shopify (own store)", "Jumia（非洲电商平台）"); only the part before
    // the bracket is a name people type. Other spellings come from the alias list. Ordered by id, as the platform
    // files are named, so the vocabulary (and the intent model cache key) does not depend on loading order.
    private static IEnumerable<VocabularyTerm> Platforms(KnowledgeBase knowledgeBase) =>
        knowledgeBase.Platforms.Where(p => p.Id.Length > 0).OrderBy(p => p.Id, StringComparer.Ordinal).Select(platform =>
        {
            var en = PlatformName(platform.Name.En);
            var zh = PlatformName(platform.Name.ZhCn);
            return new VocabularyTerm(platform.Id, en, zh, new[] { en }.Where(p => p.Length > 0).ToList(), new[] { zh }.Where(p => p.Length > 0).ToList());
        });

    private static string PlatformName(string name)
    {
        var cut = name.IndexOfAny(['(', '（']);
        return (cut >= 0 ? name[..cut] : name).Trim().Trim('"', '“', '”').Trim();
    }

    private static List<VocabularyTerm> WithAliases(IEnumerable<VocabularyTerm> terms, IReadOnlyList<EntityAlias> aliases, EntityType kind)
    {
        var byId = terms.ToDictionary(t => t.Id, StringComparer.Ordinal);
        foreach (var group in aliases.Where(a => a.Kind == kind).GroupBy(a => a.Id, StringComparer.Ordinal))
        {
            var phrases = group.SelectMany(a => a.Phrases).ToList();
            var chinese = phrases.Where(LanguageDetector.ContainsCjk).ToList();
            var english = phrases.Where(p => !LanguageDetector.ContainsCjk(p)).ToList();
            byId[group.Key] = byId.TryGetValue(group.Key, out var known)
                ? known with
                {
                    EnglishPhrases = known.EnglishPhrases.Concat(english).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                    ChinesePhrases = known.ChinesePhrases.Concat(chinese).Distinct(StringComparer.Ordinal).ToList(),
                }
                : new VocabularyTerm(group.Key, english.FirstOrDefault() ?? group.Key, chinese.FirstOrDefault() ?? group.Key, english, chinese);
        }

        return byId.Values.ToList();
    }

    private static VocabularyTerm Term(string id, LocalizedText name, LocalizedTerms? phrases) =>
        new(
            id,
            name.En,
            name.ZhCn,
            new[] { name.En }.Concat(phrases?.En ?? []).Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            new[] { name.ZhCn }.Concat(phrases?.ZhCn ?? []).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToList());
}
