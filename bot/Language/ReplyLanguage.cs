namespace CrossBorderBot.Language;

/// <summary>
/// Chooses the language of the bot's replies: the language the user writes in when the message says it clearly,
/// else the language already used in this conversation, else the channel's locale (Teams and Web Chat send one),
/// else English. A button click or a bare number keeps the conversation's language.
/// </summary>
public static class ReplyLanguage
{
    /// <summary>The stored tags of the two languages (the conversation's profile keeps a tag, not a <see cref="BotLanguage"/>).</summary>
    public const string English = KnowledgeLanguage.English;
    public const string Chinese = KnowledgeLanguage.Chinese;

    public static BotLanguage Choose(string? text, string? conversationLanguage, BotLanguage channel)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            if (LanguageDetector.Detect(text) == Chinese)
            {
                return BotLanguage.Chinese;
            }

            // Short Latin fragments ("ok", "FBA", "DHL") are common in Chinese conversations: only a sentence switches.
            if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(word => word.Any(char.IsAsciiLetter)) >= 3)
            {
                return BotLanguage.English;
            }
        }

        return conversationLanguage is null ? channel : BotLanguage.Of(conversationLanguage);
    }

}
