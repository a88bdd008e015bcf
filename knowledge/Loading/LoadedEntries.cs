using System.Text.Json.Nodes;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Loading;

/// <summary>Everything read so far, each entry with its location, before the cross-reference checks.</summary>
internal sealed class LoadedEntries
{
    public List<Located<Source>> Sources { get; } = [];
    public List<Located<Region>> Regions { get; } = [];
    public List<Located<Country>> Countries { get; } = [];
    public List<Located<Category>> Categories { get; } = [];
    public List<Located<Platform>> Platforms { get; } = [];
    public List<Located<LogisticsChannel>> Channels { get; } = [];
    public List<Located<Market>> Markets { get; } = [];
    public List<Located<ComplianceItem>> Compliance { get; } = [];
    public List<Located<ExportMode>> ExportModes { get; } = [];
    public List<Located<Playbook>> Playbooks { get; } = [];
    public List<Located<GlossaryTerm>> Glossary { get; } = [];
    public List<Located<PaperChallenge>> Challenges { get; } = [];
    public List<Located<PaperCountermeasure>> Countermeasures { get; } = [];
    public Located<ReadinessModel>? Readiness { get; set; }
    public Located<ExchangeRates>? ExchangeRates { get; set; }
    public Located<SourceHosts>? SourceHosts { get; set; }
    public List<Located<ImportRegime>> ImportRegimes { get; } = [];
    public DataFile? GeographyFile { get; set; }
    public DataFile? CategoriesFile { get; set; }
    public DataFile? PaperFile { get; set; }

    /// <summary>The source lists texts carry of their own (where each was written), checked once every source is known.</summary>
    public List<(DataFile File, string Pointer, IReadOnlyList<string> Ids)> TextSources { get; } = [];

    /// <summary>Ids of entries in files that could not be mapped, by kind ("source", "platform", ...): they exist,
    /// so references to them must not be reported as dangling on top of the file's own problems.</summary>
    public Dictionary<string, HashSet<string>> UnreadableIds { get; } = new(StringComparer.Ordinal);

    public void RememberIds(string schemaFile, string stem, JsonNode? json)
    {
        switch (schemaFile)
        {
            case "platform.json": Add("platform", Id(json) ?? stem); break;
            case "logistics-channel.json": Add("channel", Id(json) ?? stem); break;
            case "market.json": Add("market", Id(json) ?? stem); break;
            case "compliance.json": Add("compliance", Id(json) ?? stem); break;
            case "playbook.json": Add("playbook", Id(json) ?? stem); break;
            case "sources.json": AddList("source", json, "sources", "id"); break;
            case "geography.json": AddList("region", json, "regions", "id"); AddList("country", json, "countries", "code"); break;
            case "categories.json": AddList("category", json, "categories", "id"); break;
            case "paper.json": AddList("challenge", json, "challenges", "id"); break;
            case "source-hosts.json": Add("source-hosts", stem); break;
        }

        void Add(string kind, string id)
        {
            if (!UnreadableIds.TryGetValue(kind, out var set))
            {
                UnreadableIds[kind] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(id);
        }

        void AddList(string kind, JsonNode? node, string list, string key)
        {
            if (node?[list] is JsonArray items)
            {
                foreach (var item in items)
                {
                    if (Id(item, key) is { } id)
                    {
                        Add(kind, id);
                    }
                }
            }
        }

        static string? Id(JsonNode? node, string key = "id") =>
            node is JsonObject obj && obj[key] is JsonValue value && value.TryGetValue<string>(out var id) ? id : null;
    }

    /// <summary>Files that parsed but could not be mapped; their id lists are still checked on the raw JSON.</summary>
    public List<(DataFile File, JsonNode Json)> Unmapped { get; } = [];

    public IEnumerable<string> Unreadable(string kind) =>
        UnreadableIds.TryGetValue(kind, out var set) ? set : [];

    public KnowledgeBaseContent ToContent()
    {
        var content = new KnowledgeBaseContent
        {
            Readiness = Readiness?.Value ?? new ReadinessModel(),
            ExchangeRates = ExchangeRates?.Value ?? new ExchangeRates(),
            SourceHosts = SourceHosts?.Value ?? new SourceHosts(),
        };
        content.Sources.AddRange(Sources.Select(e => e.Value));
        content.Regions.AddRange(Regions.Select(e => e.Value));
        content.Countries.AddRange(Countries.Select(e => e.Value));
        content.Categories.AddRange(Categories.Select(e => e.Value));
        content.Platforms.AddRange(Platforms.Select(e => e.Value));
        content.LogisticsChannels.AddRange(Channels.Select(e => e.Value));
        content.Markets.AddRange(Markets.Select(e => e.Value));
        content.Compliance.AddRange(Compliance.Select(e => e.Value));
        content.ExportModes.AddRange(ExportModes.Select(e => e.Value));
        content.Playbooks.AddRange(Playbooks.Select(e => e.Value));
        content.Glossary.AddRange(Glossary.Select(e => e.Value));
        content.PaperChallenges.AddRange(Challenges.Select(e => e.Value));
        content.PaperCountermeasures.AddRange(Countermeasures.Select(e => e.Value));
        content.ImportRegimes.AddRange(ImportRegimes.Select(e => e.Value));
        return content;
    }
}
