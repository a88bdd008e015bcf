using CrossBorderBot.Understanding;
using Microsoft.Bot.Schema;
using Microsoft.Recognizers.Text;

namespace CrossBorderBot.Dialogs.Prompts;

/// <summary>Chooses between English and Chinese for what prompts say and how they read answers.</summary>
internal static class PromptLanguage
{
    /// <summary>Chinese when the user wrote Chinese characters, or their client's locale is zh-*.</summary>
    public static bool IsChinese(Activity activity)
    {
        var text = activity.Type == ActivityTypes.Message ? activity.Text : null;
        return ContainsChinese(text) || IsChineseLocale(activity.Locale);
    }

    public static bool IsChineseLocale(string? locale) => locale?.StartsWith("zh", StringComparison.OrdinalIgnoreCase) == true;

    public static bool ContainsChinese(string? text) =>
        LanguageDetector.ContainsCjk(text);

    /// <summary>Recognizer cultures to try, the likelier one first.</summary>
    public static IReadOnlyList<string> Cultures(Activity activity) =>
        IsChinese(activity) ? [Culture.Chinese, Culture.English] : [Culture.English, Culture.Chinese];

    public static string NotUnderstoodMessage(Activity activity) => IsChinese(activity)
        ? "抱歉，我没有理解这个回答。"
        : "Sorry, I didn't understand that answer.";

    public static string GiveUpMessage(Activity activity) => IsChinese(activity)
        ? "这个问题我们先放一放，我带您回到主菜单。"
        : "Let's leave this question for now. I'll take you back to the main menu.";
}
