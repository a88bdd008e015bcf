namespace CrossBorderBot.Dialogs.Guides;

/// <summary>An advisor's reasons for a ranking as one sentence, as every guide's explanation says them.</summary>
public static class GuideReasons
{
    public static string Sentence(IEnumerable<LocalizedText> reasons, BotLanguage language) =>
        string.Join(language.IsChinese ? "；" : "; ", reasons.Select(reason => reason.Get(language).TrimEnd('.', '。')))
        + (language.IsChinese ? "。" : ".");
}
