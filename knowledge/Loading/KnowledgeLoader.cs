using System.Text.Json;
using System.Text.Json.Nodes;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Loading;

/// <summary>
/// Loads the YAML data folder: converts each file to JSON, validates it against its schema, maps it to the model,
/// then checks every cross-reference and id. Every problem is reported (never only the first) as file:line: message.
/// </summary>
public sealed class KnowledgeLoader
{
    private readonly KnowledgeSchemas _schemas;

    public KnowledgeLoader(string? schemaDirectory = null)
    {
        _schemas = new KnowledgeSchemas(schemaDirectory ?? KnowledgePaths.DefaultSchemaDirectory);
    }

    /// <summary>Loads the data copied next to the app (<see cref="KnowledgePaths.DefaultDataDirectory"/>).</summary>
    public KnowledgeLoadResult LoadDefault() => Load(KnowledgePaths.DefaultDataDirectory);

    public KnowledgeLoadResult Load(string dataDirectory)
    {
        var problems = new List<KnowledgeProblem>();
        if (!Directory.Exists(dataDirectory))
        {
            problems.Add(new KnowledgeProblem(dataDirectory, 0, "the knowledge data folder does not exist"));
            return new KnowledgeLoadResult(KnowledgeBase.Empty, problems);
        }

        var entries = new LoadedEntries();
        var files = Directory.EnumerateFiles(dataDirectory, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Select(f => (Full: f, Relative: Path.GetRelativePath(dataDirectory, f).Replace('\\', '/')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
        foreach (var (full, relative) in files)
        {
            LoadFile(full, relative, entries, problems);
        }

        new ReferenceChecker(entries, problems).Check();
        new SourceQualityChecker(entries, problems).Check();
        new RuleHistoryChecker(entries).Check();
        new SourceDateChecker(entries).Check();
        var ordered = problems
            .OrderBy(p => p.File, StringComparer.Ordinal)
            .ThenBy(p => p.Line)
            .ToArray();
        return new KnowledgeLoadResult(new KnowledgeBase(entries.ToContent()), ordered);
    }

    private static string? SchemaFor(string relative)
    {
        var folder = Path.GetDirectoryName(relative)?.Replace('\\', '/') ?? string.Empty;
        var name = Path.GetFileName(relative);
        return (folder, name) switch
        {
            ("sources", "hosts.yaml") => "source-hosts.json",
            ("sources", _) => "sources.json",
            ("platforms", _) => "platform.json",
            ("logistics", "import-regimes.yaml") => "import-regimes.json",
            ("logistics", _) => "logistics-channel.json",
            ("markets", _) => "market.json",
            ("compliance", _) => "compliance.json",
            ("playbooks", _) => "playbook.json",
            ("", "geography.yaml") => "geography.json",
            ("", "categories.yaml") => "categories.json",
            ("", "export-modes.yaml") => "export-modes.json",
            ("", "readiness.yaml") => "readiness.json",
            ("", "paper.yaml") => "paper.json",
            ("", "glossary.yaml") => "glossary.json",
            ("", "exchange-rates.yaml") => "exchange-rates.json",
            _ => null,
        };
    }

    private void LoadFile(string fullPath, string relative, LoadedEntries entries, List<KnowledgeProblem> problems)
    {
        var lines = new YamlLineMap();
        var file = new DataFile(relative, lines, problems);
        var schemaFile = SchemaFor(relative);
        if (schemaFile is null || !_schemas.Has(schemaFile))
        {
            file.Report(string.Empty, "unknown data file: FORMAT.md defines no file at this path");
            return;
        }

        var syntax = new List<(int Line, string Message)>();
        var json = YamlJsonConverter.Convert(File.ReadAllText(fullPath), lines, syntax);
        foreach (var (line, message) in syntax)
        {
            problems.Add(new KnowledgeProblem(relative, line, message));
        }

        if (json is null || syntax.Count > 0)
        {
            // The entry exists even if it cannot be read: references to it are not reported as dangling.
            entries.RememberIds(schemaFile, file.Stem, null);
            return;
        }

        var violations = _schemas.Validate(schemaFile, json);
        foreach (var (pointer, message) in violations)
        {
            file.Report(pointer, $"{(pointer.Length == 0 ? "/" : pointer)}: {message}");
        }

        UntranslatedTextChecker.Check(file, json, string.Empty);
        TextSourceCollector.Collect(file, json, string.Empty, entries.TextSources);

        try
        {
            // Files that break their schema are still mapped when possible, so their references get checked too.
            Map(schemaFile, json, file, entries);
        }
        catch (JsonException ex)
        {
            if (violations.Count == 0)
            {
                file.Report(JsonPathToPointer(ex.Path), "cannot read the entry: " + ex.Message);
            }

            entries.RememberIds(schemaFile, file.Stem, json);
            entries.Unmapped.Add((file, json));
        }
    }

    private static void Map(string schemaFile, JsonNode json, DataFile file, LoadedEntries entries)
    {
        switch (schemaFile)
        {
            case "sources.json":
                AddAll(entries.Sources, Read<SourcesFile>(json).Sources, file, "/sources");
                break;
            case "geography.json":
                var geography = Read<GeographyFile>(json);
                entries.GeographyFile = file;
                AddAll(entries.Regions, geography.Regions, file, "/regions");
                AddAll(entries.Countries, geography.Countries, file, "/countries");
                break;
            case "categories.json":
                entries.CategoriesFile = file;
                AddAll(entries.Categories, Read<CategoriesFile>(json).Categories, file, "/categories");
                break;
            case "platform.json":
                entries.Platforms.Add(new(Read<Platform>(json), file, string.Empty));
                break;
            case "logistics-channel.json":
                entries.Channels.Add(new(Read<LogisticsChannel>(json), file, string.Empty));
                break;
            case "market.json":
                entries.Markets.Add(new(Read<Market>(json), file, string.Empty));
                break;
            case "compliance.json":
                entries.Compliance.Add(new(Read<ComplianceItem>(json), file, string.Empty));
                break;
            case "playbook.json":
                entries.Playbooks.Add(new(Read<Playbook>(json), file, string.Empty));
                break;
            case "export-modes.json":
                AddAll(entries.ExportModes, Read<ExportModesFile>(json).ExportModes, file, "/exportModes");
                break;
            case "readiness.json":
                entries.Readiness = new(Read<ReadinessModel>(json), file, string.Empty);
                break;
            case "paper.json":
                var paper = Read<PaperFile>(json);
                entries.PaperFile = file;
                AddAll(entries.Challenges, paper.Challenges, file, "/challenges");
                AddAll(entries.Countermeasures, paper.Countermeasures, file, "/countermeasures");
                break;
            case "glossary.json":
                AddAll(entries.Glossary, Read<GlossaryFile>(json).Terms, file, "/terms");
                break;
            case "source-hosts.json":
                entries.SourceHosts = new(Read<SourceHosts>(json), file, string.Empty);
                break;
            case "exchange-rates.json":
                entries.ExchangeRates = new(Read<ExchangeRates>(json), file, string.Empty);
                break;
            case "import-regimes.json":
                AddAll(entries.ImportRegimes, Read<ImportRegimesFile>(json).Regimes, file, "/regimes");
                break;
        }
    }

    /// <summary>Turns System.Text.Json's "$.steps[0].id" into the pointer "/steps/0/id".</summary>
    internal static string JsonPathToPointer(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return string.Empty;
        }

        var pointer = System.Text.RegularExpressions.Regex.Replace(path.TrimStart('$'), @"\[(\d+)\]", "/$1");
        pointer = System.Text.RegularExpressions.Regex.Replace(pointer, @"\['([^']*)'\]", m => "/" + m.Groups[1].Value);
        return pointer.Replace('.', '/');
    }

    private static T Read<T>(JsonNode json) =>
        json.Deserialize<T>(KnowledgeJson.Options) ?? throw new JsonException("the entry is empty");

    private static void AddAll<T>(List<Located<T>> target, IReadOnlyList<T> items, DataFile file, string pointer)
    {
        for (var i = 0; i < items.Count; i++)
        {
            target.Add(new(items[i], file, $"{pointer}/{i}"));
        }
    }
}
