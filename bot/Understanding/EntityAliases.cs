using System.Reflection;

namespace CrossBorderBot.Understanding;

/// <summary>Reads the embedded alias list (<c>Aliases/entity-aliases.tsv</c>: kind, id, phrases joined by "|").</summary>
internal static class EntityAliases
{
    private const string Resource = "CrossBorderBot.Understanding.Aliases.entity-aliases.tsv";

    public static IReadOnlyList<EntityAlias> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Embedded resource {Resource} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd().Split('\n'));
    }

    public static IReadOnlyList<EntityAlias> Parse(IEnumerable<string> lines)
    {
        var aliases = new List<EntityAlias>();
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length < 3)
            {
                throw new FormatException($"Alias line '{line}' needs kind, id and phrases separated by tabs.");
            }

            var kind = EntityTypes.FromKey(columns[0].Trim())
                ?? throw new FormatException($"Alias line '{line}' names no entity type: '{columns[0].Trim()}' is not one of {string.Join(", ", Enum.GetValues<EntityType>().Select(k => k.Key()))}.");
            var phrases = columns[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            aliases.Add(new EntityAlias(kind, columns[1].Trim(), phrases));
        }

        return aliases;
    }
}
