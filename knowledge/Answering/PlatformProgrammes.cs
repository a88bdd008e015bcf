using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// A platform's own programmes, ad products, seller ratings and badges (platform-programmes.yaml): a question naming one of
/// them asks about that programme, which the platform's entry answers only when it writes it. "Etsy星级卖家的标准" is not
/// answered by Etsy's overview, which says what Etsy is, not what a Star Seller must do.
/// </summary>
internal static class PlatformProgrammes
{
    private const string Resource = "CrossBorderBot.Knowledge.Answering.platform-programmes.yaml";

    private static readonly IReadOnlyList<string> Phrases = Read();

    /// <summary>The first programme the question writes that the entry's text (both languages) does not, or null.</summary>
    public static string? Unheld(string question, AnswerEntry entry)
    {
        var asked = Phrases.Where(p => Writes(question, p)).ToList();
        if (asked.Count == 0)
        {
            return null;
        }

        var text = entry.FullText(KnowledgeLanguage.English) + "\n" + entry.FullText(KnowledgeLanguage.Chinese);
        return asked.FirstOrDefault(p => !Writes(text, p));
    }

    // English phrases as whole words ("vine" is not inside "divine"); Chinese ones anywhere.
    private static bool Writes(string text, string phrase) =>
        KnowledgeLanguage.ContainsCjk(phrase)
            ? text.Contains(phrase, StringComparison.OrdinalIgnoreCase)
            : System.Text.RegularExpressions.Regex.IsMatch(text, @"(?<![\w-])" + System.Text.RegularExpressions.Regex.Escape(phrase) + @"(?![\w-])", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static IReadOnlyList<string> Read()
    {
        using var stream = typeof(PlatformProgrammes).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The platform programme phrases ({Resource}) are not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var file = new YamlDotNet.Serialization.DeserializerBuilder().Build().Deserialize<Dictionary<string, Dictionary<string, List<string>>>>(reader);
        return [.. file["phrases"].Values.SelectMany(v => v).Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}
