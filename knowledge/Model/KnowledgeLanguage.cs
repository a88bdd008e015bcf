namespace CrossBorderBot.Knowledge.Model;

/// <summary>The two languages of the knowledge base and how to tell them apart.</summary>
public static class KnowledgeLanguage
{
    public const string English = "en";
    public const string Chinese = "zh-CN";

    public static bool IsChinese(string? language) =>
        language is not null && language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the text holds any CJK ideograph, which is how a query's language is detected.</summary>
    public static bool ContainsCjk(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        foreach (var c in text)
        {
            if ((c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The language of a free text: Chinese when it contains CJK, English otherwise.</summary>
    public static string Detect(string? text) => ContainsCjk(text) ? Chinese : English;
}
