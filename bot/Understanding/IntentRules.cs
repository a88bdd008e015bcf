namespace CrossBorderBot.Understanding;

/// <summary>
/// High-precision rules for the short conversational intents (greeting, help, cancel): a message that starts
/// with one of their phrases and says little else. Anything longer is left to the classifier.
/// </summary>
internal static partial class IntentRules
{
    public const double RuleScore = 0.95;

    private const int MaxTailWords = 4;

    /// <summary>The intent a rule is sure about, or null.</summary>
    public static string? Match(string text, IReadOnlyList<EntityMention> mentions)
    {
        var normalized = IntentFeaturizer.Normalize(text).Trim();
        if (normalized.Length == 0)
        {
            return null;
        }

        // A message that names a market, product, amount or problem is about that, whatever it starts with.
        var saysMore = mentions.Count > 0;

        if (Head(GreetingRegex(), normalized) is { } greetingTail && !saysMore && IsShort(greetingTail))
        {
            return IntentNames.Greeting;
        }

        if (Head(CancelRegex(), normalized) is { } cancelTail && !saysMore && IsShort(cancelTail))
        {
            return IntentNames.Cancel;
        }

        // "以后怎么减少取消订单", "how do buyers cancel": a cancel word asked about is the message's topic, not a command.
        if (!saysMore && CancelWordRegex().IsMatch(normalized) && WordCount(normalized) <= 7 && !AsksAbout(normalized))
        {
            return IntentNames.Cancel;
        }

        if (Head(HelpRegex(), normalized) is { } helpTail && !saysMore && WordCount(helpTail) <= 1)
        {
            return IntentNames.Help;
        }

        return null;
    }

    /// <summary>A question word that asks about something ("how", "怎么", "为什么"): a yes/no request ("can you cancel it") has none.</summary>
    public static bool AsksAbout(string text) => CueBook.Get(Cue.IntentCancelAskedAbout).IsMatch(text);

    private static string? Head(Regex regex, string text)
    {
        var match = regex.Match(text);
        return match.Success ? text[match.Length..] : null;
    }

    private static bool IsShort(string tail) => WordCount(tail) <= MaxTailWords;

    // Two Han characters count as one word, as in IntentFeaturizer.
    private static int WordCount(string text)
    {
        var latin = WordRegex().Matches(text).Count;
        var han = text.Count(LanguageDetector.IsCjk);
        return latin + ((han + 1) / 2);
    }

    [GeneratedRegex(@"^(hi+|hello+|helo|hallo|hey+|heya|hiya|howdy|yo|sup|greetings|good (morning|afternoon|evening|day)|morning|你好|您好|嗨+|哈喽|哈啰|哈罗|早上好|早安|下午好|晚上好|在吗|在不在|有人吗)(?![a-z])[\s\p{P}]*", RegexOptions.CultureInvariant)]
    private static partial Regex GreetingRegex();

    [GeneratedRegex(@"^(cancel+|cancle|canel|stop|quit|exit|abort|never ?mind|nvm|forget (it|about it)|start over|start (again|from scratch)|restart|reset|取消|算了|退出|停止|停下|不用了|不要了|不弄了|不做了|不想做了|先不弄了|先不做了|结束|别问了|终止|中止|从头开始|重新开始|重来)(?![a-z])[\s\p{P}]*", RegexOptions.CultureInvariant)]
    private static partial Regex CancelRegex();

    [GeneratedRegex(@"\b(cancel+|cancle)\b|取消", RegexOptions.CultureInvariant)]
    private static partial Regex CancelWordRegex();

    [GeneratedRegex(@"^(help|halp|hlep|menu|帮助|菜单|使用说明|功能菜单)(?![a-z])[\s\p{P}]*", RegexOptions.CultureInvariant)]
    private static partial Regex HelpRegex();

    [GeneratedRegex(@"[a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordRegex();
}
