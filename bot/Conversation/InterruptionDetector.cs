using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Conversation;

/// <summary>
/// The one interruption hook above all guides: help, cancel / start over, and back, in English and Chinese.
/// Short commands are matched exactly (after trimming punctuation) so that an answer that merely contains the word
/// ("I need help with customs") is not mistaken for a command; the recognizer's help/cancel intents count only when
/// they are confident and the message is short.
/// </summary>
public static partial class InterruptionDetector
{
    private const double IntentThreshold = 0.8;
    private const int MaxCommandLength = 24;

    /// <summary>"Can you answer in English please" is a request; a long message that mentions English is not.</summary>
    private const int MaxLanguageRequestLength = 40;

    // The words the language requests share: hedges before them ("sorry, ok, …", "不好意思，…"), how one asks for a
    // language ("can you please answer in …"), a "please" after it, and the particles that may end the Chinese request.
    private const string Hedges = @"(?:(?:sorry|ok|okay|oh|um+|hmm+|actually|well|hey|hi)[,\s]+)*";
    private const string ChineseHedges = @"(?:(?:不好意思|抱歉|嗯|那)[，,\s]*)*";
    private const string AskForLanguage = @"(?:(?:can|could)\s+(?:you|we)\s+|let'?s\s+|let\s+us\s+)?(?:please\s+)?(?:(?:speak|talk|answer|reply|write|continue|switch(?:\s+to)?|change\s+to|go)\s+)?(?:in\s+)?";
    private const string PleaseAfterLanguage = @"(?:\s+(?:please|pls|plz|instead|now))?$";
    private const string ChineseRequestEnd = @"(?:吧|啦|好了|回答|回复|就行|可以吗)?$";

    private static readonly HashSet<string> HelpWords = new(StringComparer.OrdinalIgnoreCase)
    {
        // "what can you do", "你能做什么" and their longer forms are HelpRequest's.
        "help", "?", "help me", "options", "帮助", "帮忙", "求助",
    };

    private static readonly HashSet<string> CancelWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "cancel", "stop", "quit", "exit", "start over", "restart", "reset", "never mind", "nevermind", "menu", "main menu",
        "取消", "停止", "退出", "重新开始", "重来", "算了", "菜单", "主菜单",
        "back to the menu", "back to menu", "go back to the menu", "回主菜单", "回到主菜单", "返回主菜单", "回到菜单", "回菜单",
    };

    private static readonly HashSet<string> BackWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "back", "go back", "previous", "previous question", "undo", "返回", "上一步", "上一个问题", "后退", "回到上一步", "返回上一步",
    };

    private static readonly HashSet<string> PlanWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "show my plan", "show my last plan", "send me the plan", "send me my plan", "my plan", "last plan", "the plan",
        "我的计划", "显示我的计划", "把计划发给我", "发给我计划", "上次的计划", "计划",
    };

    private static readonly Dictionary<string, Interruption> LanguageWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["language"] = Interruption.ToggleLanguage,
        ["语言"] = Interruption.ToggleLanguage,
        ["english"] = Interruption.SwitchToEnglish,
        ["in english"] = Interruption.SwitchToEnglish,
        ["英文"] = Interruption.SwitchToEnglish,
        ["英语"] = Interruption.SwitchToEnglish,
        ["chinese"] = Interruption.SwitchToChinese,
        ["in chinese"] = Interruption.SwitchToChinese,
        ["中文"] = Interruption.SwitchToChinese,
        ["说中文"] = Interruption.SwitchToChinese,
    };

    public static Interruption Detect(string? text, RecognizedMessage? recognized)
    {
        var command = Normalize(text);
        if (command.Length == 0)
        {
            return Interruption.None;
        }

        if (LanguageWords.TryGetValue(command, out var language))
        {
            return language;
        }

        if (command.Length <= MaxLanguageRequestLength && EnglishRequest().IsMatch(command))
        {
            return Interruption.SwitchToEnglish;
        }

        if (command.Length <= MaxLanguageRequestLength && ChineseRequest().IsMatch(command))
        {
            return Interruption.SwitchToChinese;
        }

        // Every part of the message closes (a few words around that say nothing may stand beside): thanks and praise are
        // acknowledged, a goodbye or "that's all" ends the talk.
        switch (ClosingWords.ReadAround(command, words => SaysSomething(words, recognized)))
        {
            case ClosingKind.Thanks:
                return Interruption.Thanks;
            case ClosingKind.Goodbye:
                return Interruption.Goodbye;
        }

        if (PlanWords.Contains(command))
        {
            return Interruption.ShowPlan;
        }

        if (BackWords.Contains(command) || StartsByGoingBack(command))
        {
            return Interruption.Back;
        }

        if (CancelWords.Contains(command) || EndsByLeaving(command) || StartsByLeaving(command))
        {
            return Interruption.Cancel;
        }

        if (HelpWords.Contains(command) || (command.Length <= MaxLanguageRequestLength && HelpRequest().IsMatch(command)))
        {
            return Interruption.Help;
        }

        // "That didn't help" answers a guide's step (try something else); it is not a request for help. Nor is "不需要"
        // (no need) a request to cancel: it is how a yes/no question is answered; nor "追踪就算了" (forget the tracking); nor
        // "这一步不做了" (leave this step out), which goes on to the next step.
        if (recognized is null || command.Length > MaxCommandLength || NegatedHelp().IsMatch(command) || SlotVocabulary.Default.IsAnswerWord(command)
            || ThingDropped().IsMatch(command) || TopicDropped(command) || GoAheadCues.SkipsTheStep(command))
        {
            return Interruption.None;
        }

        return recognized.Score < IntentThreshold ? Interruption.None : recognized.Intent switch
        {
            "help" => Interruption.Help,
            "cancel" => Interruption.Cancel,
            _ => Interruption.None,
        };
    }

    /// <summary>
    /// A language asked for at the start of a longer message ("switching to english - no idea about the size", "english
    /// please. box is 30x30x20 cm", "用中文吧，卖给个人"): the language, and the rest, which is the message itself.
    /// </summary>
    public static (Interruption Language, string Message)? LanguageThenMessage(string? text)
    {
        var match = text is null ? null : LanguageLeadIn().Match(text.Trim());
        if (match is not { Success: true } || match.Groups["rest"].Value.Trim() is not { Length: > 0 } rest)
        {
            return null;
        }

        return (match.Groups["english"].Success ? Interruption.SwitchToEnglish : Interruption.SwitchToChinese, rest);
    }

    /// <summary>
    /// "ok that's all for now, cancel", "今天先这样，退出吧", "不想弄了，回到主菜单": the last clause is a command to leave
    /// (with a "please", "it" or "吧" around it) and every clause before it only closes or stops. A clause that says
    /// anything else ("cancel that, it's 3 kg", "to germany, stop") keeps the message what it is.
    /// </summary>
    private static bool EndsByLeaving(string command)
    {
        var clauses = Clauses(command);
        return clauses.Count >= 2 && CancelWords.Contains(CommandWrapping().Replace(clauses[^1], string.Empty).Trim())
            && clauses.SkipLast(1).All(clause => Closing().IsMatch(clause));
    }

    /// <summary>
    /// "cancel, let's do this another day", "cancel that, we'll come back to it another time", "取消吧，改天再弄": the first
    /// clause is a command to leave and every clause after it only closes, pauses or puts the rest off. A clause that says
    /// anything else ("cancel that, it's 3 kg") keeps the message what it is.
    /// </summary>
    private static bool StartsByLeaving(string command)
    {
        var clauses = Clauses(command);
        return clauses.Count >= 2 && CancelWords.Contains(CommandWrapping().Replace(clauses[0], string.Empty).Trim())
            && clauses.Skip(1).All(clause => Closing().IsMatch(clause) || ClosingWords.Read(clause) != ClosingKind.None);
    }

    /// <summary>
    /// "go back, the market was wrong", "上一步，我想改预算": the first clause is a command to go back and every clause after
    /// it says an answer was wrong or is to be changed. Going back is what that asks; a clause that says anything else
    /// ("back to the warehouse in poland" is no command at all) keeps the message what it is.
    /// </summary>
    private static bool StartsByGoingBack(string command)
    {
        var clauses = Clauses(command);
        return clauses.Count >= 2 && BackWords.Contains(CommandWrapping().Replace(clauses[0], string.Empty).Trim())
            && clauses.Skip(1).All(clause => AnswerToChange().IsMatch(clause) && !MessageCues.IsQuestion(clause));
    }

    /// <summary>
    /// True when words beside a closing answer a question or name a fact: a slot's answer word or topic ("standard",
    /// "tracking"), or, in the message, a place, a weight, an amount, goods or a platform the recognizer found.
    /// </summary>
    private static bool SaysSomething(string words, RecognizedMessage? recognized) =>
        IsCommand(words) || SlotVocabulary.Default.IsAnswerWord(words) || SlotVocabulary.Default.NamesAnyTopic(words)
        || (recognized is not null && (GuideRequests.HasAGuideFact(recognized.Entities) || recognized.Entities.Platforms.Count > 0));

    /// <summary>A command word ("cancel", "退出吧", "back", "help"): beside a closing it is the command, not filler.</summary>
    private static bool IsCommand(string words) =>
        CommandWrapping().Replace(words.Trim(), string.Empty).Trim() is var command
        && (CancelWords.Contains(command) || BackWords.Contains(command) || HelpWords.Contains(command) || PlanWords.Contains(command));

    /// <summary>The clauses of a message, split at commas, stops and dashes, trimmed; empty ones left out.</summary>
    internal static List<string> Clauses(string text) => [.. ClauseBreak().Split(text).Select(clause => clause.Trim()).Where(clause => clause.Length > 0)];

    private static string Normalize(string? text)
        => text is null ? string.Empty : WhiteSpace.Collapse(TrailingPunctuation().Replace(text.Trim(), string.Empty)).Trim();

    [GeneratedRegex(@"[\s\.!！。,，~～]+$")]
    private static partial Regex TrailingPunctuation();

    // An answer said to be wrong or to be changed: "the market was wrong", "I want to change the category", "预算填错了", "市场要改一下".
    [GeneratedRegex(@"\b(?:wrong|mistake|typo|incorrect|change|changed|fix|correct|redo|edit|amend|update)\b|错|改|换|重新(?:选|填|答)", RegexOptions.IgnoreCase)]
    private static partial Regex AnswerToChange();

    [GeneratedRegex(@"\s*[,，.。;；!！]+\s*|\s+[-—–]+\s+")]
    private static partial Regex ClauseBreak();

    // What is said around a command without changing it: "please cancel it", "cancel that then", "退出吧", "取消掉".
    [GeneratedRegex(@"^(?:(?:please|pls|plz|just|then|so|and|ok|okay)\s+)+|(?:\s+(?:please|pls|plz|it|that|this|then|now|for\s+now|everything|all))+$|(?:吧|了|啊|呀|哈|掉|好了)+$|^(?:请|那就|就|那)", RegexOptions.IgnoreCase)]
    private static partial Regex CommandWrapping();

    // A clause that only closes or stops: "that's all for now", "let's stop here", "i'm done", "算了", "今天先这样", "不想弄了".
    [GeneratedRegex(@"^(?:(?:ok(?:ay)?|alright|all\s+right|fine|well|so|hmm+|um+|nah|right|sorry)[\s,]*)*(?:that'?s\s+(?:all|enough|it)(?:\s+for\s+(?:now|today))?|enough(?:\s+for\s+(?:now|today))?|(?:we'?ll|let'?s|lets|i'?ll|i\s+(?:want|need)\s+to|we\s+(?:want|need)\s+to)\s+stop(?:\s+(?:here|now|there))?|stop\s+here|(?:i'?m|we'?re)\s+done(?:\s+for\s+(?:now|today))?|done\s+for\s+(?:now|today)|forget\s+it|never\s*mind|nvm|not\s+now|no\s+more|let'?s\s+leave\s+it(?:\s+(?:there|here))?|ok(?:ay)?)$|^(?:哎|唉|嗯|那)?(?:算了)+(?:吧)?$|^(?:我|我们)?(?:先)?不(?:想|要)?(?:弄|做|搞|填|问|看|继续)了$|^(?:今天)?(?:先|就)(?:这样|到这|到这里|到这儿)(?:吧|了)?$|^(?:好了|好吧|没事了|不用了|太麻烦了|以后再说(?:吧)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Closing();

    // The whole message asks for the language: "用中文吧，卖给个人" asks for it and answers the question too, so it goes on
    // as a message (read in the language it is written in) instead of being taken as the command alone.
    [GeneratedRegex($@"^{Hedges}{AskForLanguage}english{PleaseAfterLanguage}|^{ChineseHedges}(?:英文(?:吧|回答|回复)?|(?:请)?用英文|说英文|讲英文){ChineseRequestEnd}", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishRequest();

    [GeneratedRegex($@"^{Hedges}{AskForLanguage}(?:chinese|mandarin){PleaseAfterLanguage}|^{ChineseHedges}(?:(?:请)?(?:用|说|讲)(?:中文|汉语|普通话)|中文){ChineseRequestEnd}", RegexOptions.IgnoreCase)]
    private static partial Regex ChineseRequest();

    // A language request, then a stop, a dash or a comma, then the rest of the message.
    // Asked with a verb ("switching to english -", "can we do this in english?", "用中文吧，") or as the bare word with a
    // "please" or a stop after it ("english please. …", "english - …"): a bare "english, spanish…" or "中文，英文都可以"
    // names languages, it asks for none.
    [GeneratedRegex($@"^{Hedges}(?:(?:(?:can|could)\s+(?:you|we|u)\s+)?(?:please\s+)?(?:let'?s\s+)?(?:speak|talk|answer|reply|write|continue|carry\s+on|switch(?:ing)?(?:\s+to)?|chang(?:e|ing)\s+to|go|do\s+(?:this|it))\s+(?:in\s+)?(?<english>english)(?:\s+(?:please|pls|plz|instead|now|from\s+(?:here|now)(?:\s+on)?))*\s*[?？.。!！,，;；:：—–-]+|(?:in\s+)?(?<english>english)(?:(?:\s+(?:please|pls|plz|instead|now))+\s*[?？.。!！,，;；:：—–-]+|\s*[?？.。!！;；:：—–-]+))\s*(?<rest>\S.*)$|^{ChineseHedges}(?:(?:请|还是)?(?:用|说|讲|换成?|改成?|切换到)(?:中文|汉语|普通话)(?:吧|啦|好了|回答|回复|就行|交流|聊)*|中文(?:吧|啦|好了|回答|回复|就行)+)[？?.。!！,，;；:：\s—–-]+(?<rest>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex LanguageLeadIn();

    // The whole message asks what the bot is or can do, after a greeting at most: "hi! show me what you can do",
    // "你好，你能帮我做什么". A longer message that mentions helping asks for something in particular.
    [GeneratedRegex(@"^(?:(?:hi|hello|hey|hiya|ok(?:ay)?|so|你好|您好|嗨|哈喽|在吗)[\s,，!！.。~]*)*(?:(?:please\s+)?(?:show|tell)\s+(?:me|us)\s+what\s+you\s+(?:can\s+)?do|what\s+(?:can|do)\s+you\s+(?:do|help\s+(?:me\s+|us\s+)?with|offer)|how\s+(?:can|do)\s+you\s+help(?:\s+(?:me|us))?|what\s+are\s+you|who\s+are\s+you|what\s+is\s+this(?:\s+bot)?|(?:你|您)(?:能|可以|会)(?:做|干|帮(?:我|我们)?(?:做|干)?)(?:些|点)?(?:什么|啥)|(?:你|您)是(?:谁|干什么的|做什么的)|(?:你|您)?有(?:哪些|什么)功能)[\s?？!！.。~]*$", RegexOptions.IgnoreCase)]
    private static partial Regex HelpRequest();

    // "追踪就算了", "跟踪不用了", "物流跟踪就不用了吧", "退货免了": one thing dropped, which answers the question about it.
    [GeneratedRegex(@"^\p{L}{1,8}(?:的话)?(?:(?:就|那就)算了|(?:就|那就|也)?(?:不用了|不要了|不需要了|免了|省了))(?:吧)?$")]
    private static partial Regex ThingDropped();

    // "跟踪不用了", "退货就免了": a guide question's topic turned down answers that question; it leaves nothing.
    private static bool TopicDropped(string command) =>
        TopicThenStop().Match(command) is { Success: true } match && SlotVocabulary.Default.NamesAnyTopic(match.Groups["thing"].Value);

    [GeneratedRegex(@"^(?<thing>\p{L}{1,8}?)(?:的话)?(?:就|那就|也)?(?:算了|不用了|免了|不要了)(?:吧)?$")]
    private static partial Regex TopicThenStop();

    [GeneratedRegex(@"\b(?:didn[’']?t|did not|doesn[’']?t|does not|not|no)\s+help", RegexOptions.IgnoreCase)]
    private static partial Regex NegatedHelp();
}
