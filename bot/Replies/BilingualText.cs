namespace CrossBorderBot.Replies;

/// <summary>
/// What every table of the bot's sentences shares: one record per language (English and Simplified Chinese), picked by
/// the reply language, and templates with numbered holes (<c>{0}</c>) filled the same way whatever the server's culture.
/// </summary>
public static class BilingualText
{
    /// <summary>The Chinese table for a Chinese reply language, else the English one.</summary>
    public static T Pick<T>(BotLanguage language, T english, T chinese) => language.IsChinese ? chinese : english;


    /// <summary>Fills a template's <c>{0}</c>, <c>{1}</c>… with culture-invariant numbers and dates.</summary>
    public static string Fill(string template, params object[] values) => string.Format(CultureInfo.InvariantCulture, template, values);
}
