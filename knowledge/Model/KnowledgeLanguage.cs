namespace CrossBorderBot.Knowledge.Model;

/// <summary>The two languages of the knowledge base and how to tell them apart.</summary>
public static class KnowledgeLanguage
{
    public const string English = "en";
    public const string Chinese = "zh-CN";

    public static bool IsChinese(string? language) =>
        language is not null && language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    /// <summary>A CJK ideograph (the unified, extension A and compatibility blocks): the one test of a Chinese character.</summary>
    public static bool IsCjk(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>True when the text holds any CJK ideograph, which is how a query's language is detected.</summary>
    public static bool ContainsCjk(string? text)
    {
        foreach (var c in text ?? string.Empty)
        {
            if (IsCjk(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The language of a free text: Chinese when it contains CJK, English otherwise.</summary>
    public static string Detect(string? text) => ContainsCjk(text) ? Chinese : English;
}
