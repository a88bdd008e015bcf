namespace CrossBorderBot.Language;

/// <summary>
/// The one place that decides whether a locale or language tag means Chinese ("zh", "zh-CN", "zh-Hans", "ZH-tw"):
/// replies, prompts and the recognizers all ask here, and it defers to the knowledge library's rule, so the bot and its
/// knowledge texts never disagree about a conversation's language.
/// </summary>
public static class LocaleLanguage
{
    public static bool IsChinese(string? localeOrLanguage) =>
        KnowledgeLanguage.IsChinese(localeOrLanguage);
}
