using System.Collections.Frozen;

namespace CrossBorderBot.Knowledge.Model;

/// <summary>The loaded, immutable knowledge base with lookups by id (ids compare case-insensitively).</summary>
public sealed class KnowledgeBase
{
    private readonly FrozenDictionary<string, Source> _sources;
    private readonly FrozenDictionary<string, Region> _regions;
    private readonly FrozenDictionary<string, Country> _countries;
    private readonly FrozenDictionary<string, Category> _categories;
    private readonly FrozenDictionary<string, Platform> _platforms;
    private readonly FrozenDictionary<string, LogisticsChannel> _channels;
    private readonly FrozenDictionary<string, Market> _markets;
    private readonly FrozenDictionary<string, ComplianceItem> _compliance;
    private readonly FrozenDictionary<string, ExportMode> _exportModes;
    private readonly FrozenDictionary<string, Playbook> _playbooks;
    private readonly FrozenDictionary<string, GlossaryTerm> _glossary;
    private readonly FrozenDictionary<string, ImportRegime> _importRegimes;

    // Each source's host classified once, here: every logistics result asks it of each source it cites, and parsing the
    // address and matching it against every listed domain each time was 2.5–2.8 % of a guide turn. By reference: the
    // sources and host lists are read-only once loaded, so the answer kept is the one a new classification would give.
    private readonly FrozenDictionary<Source, SourceClass> _sourceClasses;

    internal KnowledgeBase(KnowledgeBaseContent content)
    {
        Sources = Sorted(content.Sources, s => s.Id, out _sources);
        Regions = Sorted(content.Regions, r => r.Id, out _regions);
        Countries = Sorted(content.Countries, c => c.Code, out _countries);
        Categories = Sorted(content.Categories, c => c.Id, out _categories);
        Platforms = Sorted(content.Platforms, p => p.Id, out _platforms);
        LogisticsChannels = Sorted(content.LogisticsChannels, c => c.Id, out _channels);
        Markets = Sorted(content.Markets, m => m.Id, out _markets);
        Compliance = Sorted(content.Compliance, c => c.Id, out _compliance);
        ExportModes = Sorted(content.ExportModes, e => e.Id, out _exportModes);
        Playbooks = Sorted(content.Playbooks, p => p.Id, out _playbooks);
        Glossary = Sorted(content.Glossary, g => g.Id, out _glossary);
        Readiness = content.Readiness;
        PaperChallenges = content.PaperChallenges.ToArray();
        PaperCountermeasures = content.PaperCountermeasures.ToArray();
        ExchangeRates = content.ExchangeRates;
        SourceHosts = content.SourceHosts;
        _sourceClasses = Sources.Distinct<Source>(ReferenceEqualityComparer.Instance)
            .ToFrozenDictionary<Source, Source, SourceClass>(source => source, SourceHosts.ClassOf, ReferenceEqualityComparer.Instance);
        ImportRegimes = Sorted(content.ImportRegimes, r => r.Market, out _importRegimes);
    }

    /// <summary>An empty knowledge base (nothing loaded).</summary>
    public static KnowledgeBase Empty { get; } = new(new KnowledgeBaseContent());

    public IReadOnlyList<Source> Sources { get; }
    public IReadOnlyList<Region> Regions { get; }
    public IReadOnlyList<Country> Countries { get; }
    public IReadOnlyList<Category> Categories { get; }
    public IReadOnlyList<Platform> Platforms { get; }
    public IReadOnlyList<LogisticsChannel> LogisticsChannels { get; }
    public IReadOnlyList<Market> Markets { get; }
    public IReadOnlyList<ComplianceItem> Compliance { get; }
    public IReadOnlyList<ExportMode> ExportModes { get; }
    public IReadOnlyList<Playbook> Playbooks { get; }
    public IReadOnlyList<GlossaryTerm> Glossary { get; }
    public ReadinessModel Readiness { get; }
    public IReadOnlyList<PaperChallenge> PaperChallenges { get; }
    public IReadOnlyList<PaperCountermeasure> PaperCountermeasures { get; }
    public ExchangeRates ExchangeRates { get; }

    /// <summary>Which source hosts are official, platform or carrier, denied (sources/hosts.yaml).</summary>
    public SourceHosts SourceHosts { get; }

    /// <summary>How each market collects duty and import taxes (logistics/import-regimes.yaml).</summary>
    public IReadOnlyList<ImportRegime> ImportRegimes { get; }

    public Source? FindSource(string id) => Find(_sources, id);
    public Region? FindRegion(string id) => Find(_regions, id);
    public Country? FindCountry(string code) => Find(_countries, code);
    public Category? FindCategory(string id) => Find(_categories, id);
    public Platform? FindPlatform(string id) => Find(_platforms, id);
    public LogisticsChannel? FindLogisticsChannel(string id) => Find(_channels, id);
    public Market? FindMarket(string id) => Find(_markets, id);
    public ComplianceItem? FindCompliance(string id) => Find(_compliance, id);
    public ExportMode? FindExportMode(string id) => Find(_exportModes, id);
    public Playbook? FindPlaybook(string id) => Find(_playbooks, id);
    public GlossaryTerm? FindGlossaryTerm(string id) => Find(_glossary, id);
    public ImportRegime? FindImportRegime(string market) => Find(_importRegimes, market);

    /// <summary>
    /// Who runs the source's host (<see cref="SourceHosts"/>): kept from the load for this knowledge base's sources, read
    /// from the host lists for any other.
    /// </summary>
    public SourceClass SourceClassOf(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return _sourceClasses.TryGetValue(source, out var known) ? known : SourceHosts.ClassOf(source);
    }

    /// <summary>The sources behind a list of source ids, skipping unknown ids.</summary>
    public IReadOnlyList<Source> ResolveSources(IEnumerable<string> ids) =>
        ids.Distinct(StringComparer.OrdinalIgnoreCase).Select(FindSource).OfType<Source>().ToArray();

    private static T? Find<T>(FrozenDictionary<string, T> map, string? id)
        where T : class =>
        id is not null && map.TryGetValue(id, out var value) ? value : null;

    private static IReadOnlyList<T> Sorted<T>(IEnumerable<T> items, Func<T, string> key, out FrozenDictionary<string, T> map)
    {
        var list = items.OrderBy(key, StringComparer.Ordinal).ToArray();
        var dict = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in list)
        {
            // Duplicates are reported by the loader; the first one wins here.
            dict.TryAdd(key(item), item);
        }

        map = dict.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        return list;
    }
}
