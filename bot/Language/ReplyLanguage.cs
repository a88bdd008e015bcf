using CrossBorderBot.Knowledge.Model;


namespace CrossBorderBot.Language;

/// <summary>
/// Chooses the language of the bot's replies: the language the user writes in when the message says it clearly,
/// else the language already used in this conversation, else the channel's locale (Teams and Web Chat send one),
/// else English. A button click or a bare number keeps the conversation's language.
/// </summary>
public static class ReplyLanguage
{
    public const string English = KnowledgeLanguage.English;
    public const string Chinese = KnowledgeLanguage.Chinese;

    public static string Choose(string? text, string? conversationLanguage, string? channelLocale)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            if (LanguageDetector.Detect(text) == Chinese)
            {
                return Chinese;
            }

            // Short Latin fragments ("ok", "FBA", "DHL") are common in Chinese conversations: only a sentence switches.
            if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(word => word.Any(char.IsAsciiLetter)) >= 3)
            {
                return English;
            }
        }

        return conversationLanguage ?? FromLocale(channelLocale);
    }

    /// <summary>The locale stamped on the turn so that prompts and cards pick the same language.</summary>
    public static string ToLocale(string language) => language == Chinese ? "zh-CN" : "en-US";

    public static string FromLocale(string? locale)
        => LocaleLanguage.IsChinese(locale) ? Chinese : English;

    public static bool IsChinese(string language) => LocaleLanguage.IsChinese(language);
}
