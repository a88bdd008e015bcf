using System.Text.Json.Nodes;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Loading;

/// <summary>
/// The schema makes every text carry both languages but cannot tell a translation from a copy: a Chinese text with no
/// Chinese character in it is English (or another language) shown to Chinese users. Short ones are names ("Etsy",
/// "Mercado Libre"), so only a phrase of <see cref="MinimumWords"/> words or more is reported.
/// </summary>
internal static class UntranslatedTextChecker
{
    private const int MinimumWords = 3;

    public static void Check(DataFile file, JsonNode? node, string pointer)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["en"] is JsonValue && obj["zh-CN"] is JsonValue zh && zh.TryGetValue<string>(out var chinese) && Untranslated(chinese))
                {
                    file.Report(pointer + "/zh-CN", $"the Chinese text has no Chinese in it: \"{Shorten(chinese)}\"");
                }

                foreach (var (key, value) in obj)
                {
                    Check(file, value, pointer + "/" + YamlLineMap.Escape(key));
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Check(file, array[i], $"{pointer}/{i}");
                }

                break;
        }
    }

    private static bool Untranslated(string text) =>
        !KnowledgeLanguage.ContainsCjk(text) && text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length >= MinimumWords;

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
