using System.Text.Json.Nodes;

namespace CrossBorderBot.Knowledge.Loading;

/// <summary>
/// Finds the texts of a data file that name their own sources (<c>{ en, zh-CN, sources }</c>), wherever they sit, so
/// the reference check can report an unknown id at the text's own line.
/// </summary>
internal static class TextSourceCollector
{
    public static void Collect(DataFile file, JsonNode? node, string pointer, List<(DataFile File, string Pointer, IReadOnlyList<string> Ids)> found)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["en"] is JsonValue && obj["zh-CN"] is JsonValue && obj["sources"] is JsonArray ids)
                {
                    found.Add((file, pointer + "/sources", [.. ids.Select(i => i is JsonValue v && v.TryGetValue<string>(out var id) ? id : string.Empty)]));
                }

                foreach (var (key, value) in obj)
                {
                    Collect(file, value, pointer + "/" + YamlLineMap.Escape(key), found);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Collect(file, array[i], $"{pointer}/{i}", found);
                }

                break;
        }
    }
}
