using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace CrossBorderBot.Knowledge.Loading;

/// <summary>The JSON Schemas of the data files, built once from the schema folder.</summary>
internal sealed class KnowledgeSchemas
{
    private static readonly Uri BaseUri = new("https://crossborderbot.example/schema/");
    private readonly Dictionary<string, JsonSchema> _schemas = new(StringComparer.Ordinal);

    public KnowledgeSchemas(string schemaDirectory)
    {
        if (!Directory.Exists(schemaDirectory))
        {
            throw new DirectoryNotFoundException($"The knowledge schema folder '{schemaDirectory}' does not exist.");
        }

        // A private registry keeps these schemas from clashing with anything else registered globally.
        var build = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var common = Path.Combine(schemaDirectory, "common.json");
        Build(common, build);
        foreach (var file in Directory.EnumerateFiles(schemaDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            if (!string.Equals(file, common, StringComparison.Ordinal))
            {
                Build(file, build);
            }
        }
    }

    public bool Has(string schemaFile) => _schemas.ContainsKey(schemaFile);

    /// <summary>Every violation as (JSON pointer, message), deduplicated, in document order of discovery.</summary>
    public IReadOnlyList<(string Pointer, string Message)> Validate(string schemaFile, JsonNode? instance)
    {
        var schema = _schemas[schemaFile];
        var element = JsonSerializer.SerializeToElement(instance);
        var results = schema.Evaluate(element, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        var found = new List<(string, string)>();
        if (results.IsValid)
        {
            return found;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        Collect(results, instance, found, seen);
        if (found.Count == 0)
        {
            found.Add((string.Empty, "does not match the schema " + schemaFile));
        }

        return found;
    }

    private static void Collect(EvaluationResults results, JsonNode? root, List<(string, string)> found, HashSet<string> seen)
    {
        // A valid node's subtree only holds complaints of branches that did not need to pass (anyOf, if/then).
        if (results.IsValid)
        {
            return;
        }

        if (results.Errors is { Count: > 0 } errors)
        {
            var pointer = results.InstanceLocation.ToString();
            foreach (var (_, message) in errors)
            {
                var text = message.Contains("false schema", StringComparison.Ordinal)
                    ? $"unknown property '{pointer[(pointer.LastIndexOf('/') + 1)..].Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)}'"
                    : message.Contains("enum", StringComparison.Ordinal) || message.Contains("pattern", StringComparison.Ordinal)
                        ? $"{message} (found {At(root, pointer)?.ToJsonString() ?? "null"})"
                        : message;
                if (seen.Add(pointer + "\n" + text))
                {
                    found.Add((pointer, text));
                }
            }
        }

        if (results.Details is { } details)
        {
            foreach (var detail in details)
            {
                Collect(detail, root, found, seen);
            }
        }
    }

    private static JsonNode? At(JsonNode? root, string pointer)
    {
        var node = root;
        foreach (var raw in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node switch
            {
                JsonObject obj => obj[segment],
                JsonArray array when int.TryParse(segment, out var i) && i >= 0 && i < array.Count => array[i],
                _ => null,
            };
        }

        return node;
    }

    private void Build(string file, BuildOptions build)
    {
        var name = Path.GetFileName(file);
        var schema = JsonSchema.FromText(File.ReadAllText(file), build, new Uri(BaseUri, name));
        _schemas[name] = schema;
    }
}
