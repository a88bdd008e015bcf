namespace CrossBorderBot.Language;

/// <summary>Tells Simplified Chinese from English by the share of CJK characters among the letters typed.</summary>
public static class LanguageDetector
{
    public const string Chinese = KnowledgeLanguage.Chinese;
    public const string English = KnowledgeLanguage.English;

    // Mixed messages such as "发DHL到US" are common; a modest share of Han characters already means the
    // user writes Chinese with a few Latin product or carrier names.
    private const double ChineseShareThreshold = 0.25;

    /// <summary>Returns "zh-CN" when enough of the text is CJK, otherwise "en" (also for empty text).</summary>
    public static string Detect(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return English;
        }

        var cjk = 0;
        var letters = 0;
        foreach (var c in text)
        {
            if (IsCjk(c))
            {
                // A Han character carries about as much as a short Latin word; weigh it so.
                cjk += 3;
                letters += 3;
            }
            else if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters > 0 && (double)cjk / letters >= ChineseShareThreshold ? Chinese : English;
    }

    internal static bool IsCjk(char c) => KnowledgeLanguage.IsCjk(c);

    /// <summary>True when the text holds any CJK ideograph; the knowledge library's test, so the bot and its answers agree.</summary>
    public static bool ContainsCjk(string? text) => KnowledgeLanguage.ContainsCjk(text);
}
