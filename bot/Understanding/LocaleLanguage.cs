namespace CrossBorderBot.Understanding;

/// <summary>
/// The one place that decides whether a locale or language tag means Chinese ("zh", "zh-CN", "zh-Hans", "ZH-tw"):
/// replies, prompts and the recognizers all ask here, so they never disagree about a conversation's language.
/// </summary>
public static class LocaleLanguage
{
    public static bool IsChinese(string? localeOrLanguage) =>
        localeOrLanguage?.StartsWith("zh", StringComparison.OrdinalIgnoreCase) == true;
}
