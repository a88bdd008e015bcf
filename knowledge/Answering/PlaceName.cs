using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// A country or region name as it reads inside an answer sentence: English names that are plural or made of a common
/// noun ("the United Kingdom", "the Netherlands", "the Middle East", "the European Union") take "the" ("in the United
/// Kingdom", "The United States has…"), others do not ("in Germany"); Chinese names take no article and go straight
/// into the Chinese sentence ("在英国", "到中东").
/// </summary>
public static class PlaceName
{
    // Words that make a name a description ("the Kingdom of…", "the Union"), and plural names.
    private static readonly string[] ArticleWords = ["United", "Kingdom", "Union", "Republic", "Emirates", "Islands", "States", "Middle East", "Federation"];

    private static readonly string[] PluralEndings = ["lands", "ines", "Bahamas", "Maldives", "Comoros", "Seychelles"];

    /// <summary>Whether an English place name takes "the" inside a sentence.</summary>
    public static bool TakesArticle(string englishName)
    {
        ArgumentNullException.ThrowIfNull(englishName);
        var name = englishName.Trim();
        if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var head = name.Split('(', 2)[0].Trim();
        return ArticleWords.Any(w => head.Split(' ').Contains(w, StringComparer.Ordinal) || (w.Contains(' ', StringComparison.Ordinal) && head.Contains(w, StringComparison.Ordinal)))
            || PluralEndings.Any(e => head.EndsWith(e, StringComparison.Ordinal));
    }

    /// <summary>The name inside a sentence ("the United Kingdom", "Germany", "英国").</summary>
    public static string InSentence(LocalizedText name, string language)
    {
        ArgumentNullException.ThrowIfNull(name);
        return KnowledgeLanguage.IsChinese(language) ? name.ZhCn : InSentence(name.En);
    }

    /// <summary>The name opening a sentence ("The United States", "Germany", "美国").</summary>
    public static string StartingSentence(LocalizedText name, string language)
    {
        ArgumentNullException.ThrowIfNull(name);
        return KnowledgeLanguage.IsChinese(language) ? name.ZhCn : TakesArticle(name.En) ? "The " + name.En.Trim() : name.En;
    }

    /// <summary>An English name inside a sentence, with "the" when it takes one.</summary>
    public static string InSentence(string englishName)
    {
        ArgumentNullException.ThrowIfNull(englishName);
        return TakesArticle(englishName) ? "the " + englishName.Trim() : englishName;
    }
}
