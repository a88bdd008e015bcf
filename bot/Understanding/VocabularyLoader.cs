using CrossBorderBot.Language;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CrossBorderBot.Understanding;

/// <summary>
/// Reads <c>geography.yaml</c>, <c>categories.yaml</c> and the platform files into a <see cref="Vocabulary"/>, adding the
/// recognizer's own alias list (embedded <c>Aliases/entity-aliases.tsv</c>).
/// </summary>
/// <remarks>
/// Deliberately the only place that knows the YAML shape, so that it can later be replaced by the knowledge
/// library's typed model without touching the recognizer.
/// </remarks>
public static class VocabularyLoader
{
    /// <summary>Folder (under the app's base directory) the bot project copies <c>knowledge/data</c> into.</summary>
    public const string DataFolderName = "knowledge-data";

    /// <summary>The data folder next to the running assembly, independent of the working directory.</summary>
    public static string DefaultDataDirectory => Path.Combine(AppContext.BaseDirectory, DataFolderName);

    /// <summary>Loads the vocabulary from <paramref name="dataDirectory"/> (default <see cref="DefaultDataDirectory"/>).</summary>
    /// <exception cref="FileNotFoundException">A vocabulary file is missing.</exception>
    public static Vocabulary Load(string? dataDirectory = null)
    {
        var directory = dataDirectory ?? DefaultDataDirectory;
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build();

        var geography = Read<GeographyFile>(deserializer, Path.Combine(directory, "geography.yaml"));
        var categories = Read<CategoriesFile>(deserializer, Path.Combine(directory, "categories.yaml"));
        var aliases = EntityAliases.Load();

        return new Vocabulary(
            WithAliases(geography.Countries.Select(c => Term(c.Code.ToLowerInvariant(), c.Name, c.Aliases)), aliases, EntityNames.Country),
            geography.Regions.Select(r => Term(r.Id, r.Name, r.Aliases)).ToList(),
            categories.Categories.Select(c => Term(c.Id, c.Name, c.Keywords)).ToList())
        {
            Platforms = WithAliases(ReadPlatforms(deserializer, Path.Combine(directory, "platforms")), aliases, EntityNames.Platform),
            SensitiveGoods = WithAliases([], aliases, EntityNames.SensitiveGoods),
            Answers = WithAliases([], aliases, EntityNames.Answer),
        };
    }

    // Platform names carry notes in brackets ("Shopify (own store)", "Jumia（非洲电商平台）"); only the part before
    // the bracket is a name people type. Other spellings come from the alias list.
    private static IEnumerable<VocabularyTerm> ReadPlatforms(IDeserializer deserializer, string folder)
    {
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var platform = Read<PlatformFile>(deserializer, file);
            if (platform.Id.Length == 0)
            {
                continue;
            }

            var en = PlatformName(platform.Name.En);
            var zh = PlatformName(platform.Name.ZhCn);
            yield return new VocabularyTerm(
                platform.Id,
                en,
                zh,
                new[] { en }.Where(p => p.Length > 0).ToList(),
                new[] { zh }.Where(p => p.Length > 0).ToList());
        }
    }

    private static string PlatformName(string name)
    {
        var cut = name.IndexOfAny(['(', '（']);
        return (cut >= 0 ? name[..cut] : name).Trim().Trim('"', '“', '”').Trim();
    }

    private static List<VocabularyTerm> WithAliases(IEnumerable<VocabularyTerm> terms, IReadOnlyList<EntityAlias> aliases, string kind)
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

    private static T Read<T>(IDeserializer deserializer, string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Vocabulary file not found: {path}", path);
        }

        using var reader = File.OpenText(path);
        return deserializer.Deserialize<T>(reader)
            ?? throw new InvalidDataException($"Vocabulary file is empty: {path}");
    }

    private static VocabularyTerm Term(string id, LocalizedText name, LocalizedList phrases) =>
        new(
            id,
            name.En,
            name.ZhCn,
            new[] { name.En }.Concat(phrases.En).Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            new[] { name.ZhCn }.Concat(phrases.ZhCn).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToList());

    // YamlDotNet needs settable members; these mirror FORMAT.md and stay private to the loader.
    private sealed class GeographyFile
    {
        public List<RegionEntry> Regions { get; set; } = [];

        public List<CountryEntry> Countries { get; set; } = [];
    }

    private sealed class RegionEntry
    {
        public string Id { get; set; } = string.Empty;

        public LocalizedText Name { get; set; } = new();

        public LocalizedList Aliases { get; set; } = new();
    }

    private sealed class CountryEntry
    {
        public string Code { get; set; } = string.Empty;

        public LocalizedText Name { get; set; } = new();

        public LocalizedList Aliases { get; set; } = new();

        public string Region { get; set; } = string.Empty;

        public bool Eu { get; set; }
    }

    private sealed class PlatformFile
    {
        public string Id { get; set; } = string.Empty;

        public LocalizedText Name { get; set; } = new();
    }

    private sealed class CategoriesFile
    {
        public List<CategoryEntry> Categories { get; set; } = [];
    }

    private sealed class CategoryEntry
    {
        public string Id { get; set; } = string.Empty;

        public LocalizedText Name { get; set; } = new();

        public LocalizedList Keywords { get; set; } = new();

        public List<int> HsChapters { get; set; } = [];
    }

    private sealed class LocalizedText
    {
        public string En { get; set; } = string.Empty;

        [YamlMember(Alias = "zh-CN", ApplyNamingConventions = false)]
        public string ZhCn { get; set; } = string.Empty;
    }

    private sealed class LocalizedList
    {
        public List<string> En { get; set; } = [];

        [YamlMember(Alias = "zh-CN", ApplyNamingConventions = false)]
        public List<string> ZhCn { get; set; } = [];
    }
}
