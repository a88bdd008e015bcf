using Microsoft.Recognizers.Text;

namespace CrossBorderBot.Dialogs.Prompts;

/// <summary>Chooses between English and Chinese for what prompts say and how they read answers.</summary>
internal static class PromptLanguage
{
    /// <summary>
    /// The language to read an answer in and to word a prompt's hints: Chinese when the answer itself has Chinese
    /// characters (a "是" typed in an English conversation is read as Chinese), else the turn's language.
    /// </summary>
    public static BotLanguage Of(Activity activity)
    {
        var text = activity.Type == ActivityTypes.Message ? activity.Text : null;
        return ContainsChinese(text) ? BotLanguage.Chinese : TurnLanguage.Of(activity);
    }

    private static bool IsChinese(Activity activity) => Of(activity).IsChinese;

    public static bool ContainsChinese(string? text) =>
        LanguageDetector.ContainsCjk(text);

    /// <summary>Recognizer cultures to try, the likelier one first.</summary>
    public static IReadOnlyList<string> Cultures(Activity activity) =>
        IsChinese(activity) ? [Culture.Chinese, Culture.English] : [Culture.English, Culture.Chinese];

    public static string NotUnderstoodMessage(Activity activity) => IsChinese(activity)
        ? "抱歉，我没有理解这个回答。"
        : "Sorry, I didn't understand that answer.";

    public static string HowToLeaveMessage(Activity activity) => IsChinese(activity)
        ? "我们先停在这个问题上；想离开这个向导请说“取消”。"
        : "We'll stay on this question; say \"cancel\" if you'd rather leave this guide.";

    /// <summary>"You can answer with one of: A, B, C — for example "B" or "2"."</summary>
    public static string ChoicesHint(Activity activity, IReadOnlyList<Choice> choices)
    {
        var titles = choices.Select(choice => choice.DisplayTitle).ToList();
        var example = choices.Count > 1 ? choices[1] : choices[0];
        var position = choices.Count > 1 ? 2 : 1;
        return IsChinese(activity)
            ? $"可以回答以下之一：{string.Join("、", titles)}。例如回答“{ShortName(example.DisplayTitle)}”或“{position}”。"
            : $"You can answer with one of: {string.Join("; ", titles)}. For example \"{ShortName(example.DisplayTitle)}\" or \"{position}\".";
    }

    public static string YesNoHint(Activity activity) => IsChinese(activity)
        ? "请回答“是”或“否”，例如“是”。"
        : "Please answer yes or no, for example \"yes\".";

    // "B2C — consumers" → "B2C": the part before a dash or bracket is what people type.
    private static string ShortName(string title)
    {
        var cut = title.IndexOfAny(['—', '(', '（', '–']);
        return (cut > 0 ? title[..cut] : title).Trim();
    }
}
