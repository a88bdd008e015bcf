using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CrossBorderBot.Knowledge.Loading;

/// <summary>
/// Finds text in which an entry admits that something could not be (re-)verified. Such an entry must carry a
/// <c>caveat</c> so the answer layer shows the limitation to users instead of leaving it buried in a note.
/// </summary>
internal static partial class UnverifiedClaimDetector
{
    /// <summary>The first admitting sentence fragment in the entry's own text, skipping the properties named in
    /// <paramref name="skip"/> (its caveat, and nested entries that carry their own caveat); null when there is none.</summary>
    public static string? Find<T>(T entry, params string[] skip)
    {
        var node = JsonSerializer.SerializeToNode(entry, KnowledgeJson.Options);
        return Walk(node, skip);
    }

    private static string? Walk(JsonNode? node, string[] skip)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (skip.Contains(key, StringComparer.Ordinal))
                    {
                        continue;
                    }

                    if (Walk(value, skip) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonArray array:
                foreach (var item in array)
                {
                    if (Walk(item, skip) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValue value when value.TryGetValue<string>(out var text):
                var match = Admission().Match(text);
                return match.Success ? match.Value : null;
            default:
                return null;
        }
    }

    [GeneratedRegex(@"could not (?:be )?(?:re-?)?verif\w*|cannot be (?:re-?)?verified|not (?:been )?(?:re-?)?verified|unverified|未能核实|未核实|未经核实|无法核实", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Admission();
}
