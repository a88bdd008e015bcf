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

        if (command.Length <= MaxLanguageRequestLength && CueBook.Get(Cue.InterruptionEnglishRequest).IsMatch(command))
        {
            return Interruption.SwitchToEnglish;
        }

        if (command.Length <= MaxLanguageRequestLength && CueBook.Get(Cue.InterruptionChineseRequest).IsMatch(command))
        {
            return Interruption.SwitchToChinese;
        }

        // "stop, give me the score", "that's all for now, result?", "停，直接给我打分吧": a stop or a closing beside the result asked
        // for ends the questions, not the guide (or the talk): the message is no cancel and no goodbye, and the guide that can
        // give its result from the answers so far reads it. A cancel would throw the answers away.
        var asksTheResult = CueBook.Get(Cue.InterruptionResultAsked).IsMatch(command);

        // Every part of the message closes (a few words around that say nothing may stand beside): thanks and praise are
        // acknowledged, a goodbye or "that's all" ends the talk.
        switch (ClosingWords.ReadAround(command, words => SaysSomething(words, recognized)))
        {
            case ClosingKind.Thanks:
                return Interruption.Thanks;
            case ClosingKind.Goodbye when !asksTheResult:
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

        if (CancelWords.Contains(command) || (!asksTheResult && (EndsByLeaving(command) || StartsByLeaving(command) || LeavesAmongClauses(command, recognized) || LeavesATask(command))))
        {
            return Interruption.Cancel;
        }

        if (HelpWords.Contains(command) || (command.Length <= MaxLanguageRequestLength && CueBook.Get(Cue.InterruptionHelpRequest).IsMatch(command)))
        {
            return Interruption.Help;
        }

        // "That didn't help" answers a guide's step (try something else); it is not a request for help. Nor is "不需要"
        // (no need) a request to cancel: it is how a yes/no question is answered; nor "追踪就算了" (forget the tracking); nor
        // "这一步不做了" (leave this step out), which goes on to the next step.
        if (recognized is null || asksTheResult || command.Length > MaxCommandLength || CueBook.Get(Cue.InterruptionNegatedHelp).IsMatch(command) || SlotVocabulary.Default.IsAnswerWord(command)
            || CueBook.Get(Cue.InterruptionThingDropped).IsMatch(command) || TopicDropped(command) || GoAheadCues.SkipsTheStep(command))
        {
            return Interruption.None;
        }

        // "以后怎么减少取消订单", "why did they cancel": a question word asks about the cancelling, whatever the classifier
        // makes of the cancel word; the message is a question for where the conversation stands.
        return recognized.Score < IntentThreshold ? Interruption.None : recognized.Intent switch
        {
            "help" => Interruption.Help,
            "cancel" when !IntentRules.AsksAbout(command) => Interruption.Cancel,
            _ => Interruption.None,
        };
    }

    /// <summary>
    /// A language asked for at the start of a longer message ("switching to english - no idea about the size", "english
    /// please. box is 30x30x20 cm", "用中文吧，卖给个人"): the language, and the rest, which is the message itself.
    /// </summary>
    public static (Interruption Language, string Message)? LanguageThenMessage(string? text)
    {
        var match = text is null ? null : CueBook.Get(Cue.InterruptionLanguageLeadIn).Match(text.Trim());
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
        return clauses.Count >= 2 && CancelWords.Contains(CueBook.Get(Cue.InterruptionCommandWrapping).Replace(clauses[^1], string.Empty).Trim())
            && clauses.SkipLast(1).All(clause => CueBook.Get(Cue.InterruptionClosing).IsMatch(clause));
    }

    /// <summary>
    /// "cancel, let's do this another day", "cancel that, we'll come back to it another time", "取消吧，改天再弄": the first
    /// clause is a command to leave and every clause after it only closes, pauses or puts the rest off. A clause that says
    /// anything else ("cancel that, it's 3 kg") keeps the message what it is.
    /// </summary>
    private static bool StartsByLeaving(string command)
    {
        var clauses = Clauses(command);
        return clauses.Count >= 2 && CancelWords.Contains(CueBook.Get(Cue.InterruptionCommandWrapping).Replace(clauses[0], string.Empty).Trim())
            && clauses.Skip(1).All(clause => CueBook.Get(Cue.InterruptionClosing).IsMatch(clause) || ClosingWords.Read(clause) != ClosingKind.None);
    }

    /// <summary>
    /// "hold on, cancel this, i need to check the budget with the GM", "not sure yet, cancel, i'll measure first", "forget
    /// that, cancel the shipping for now", "先等等，不弄了取消吧，我得问问老板预算": one clause is a command to leave (what it
    /// leaves named at most as a guide's topic) and the others only lead in, give a reason or put the task off. What makes
    /// the difference is what the other clauses do not say, not which words they use: no fact the guide needs (a place, a
    /// weight, an amount, goods, a platform), no number, no answer word other than a don't-know, no question and no
    /// correction. "cancel that, it's 3 kg", "stop, the weight is wrong" and "cancel, which courier is cheaper?" stay what
    /// they are; so does any message with "stop", which also ends a guide's questions for its result.
    /// </summary>
    private static bool LeavesAmongClauses(string command, RecognizedMessage? recognized)
    {
        var clauses = Clauses(command);
        if (clauses.Count < 2)
        {
            return false;
        }

        // A clause telling the seller's own next step asks the bot nothing, even with a question inside it after a verb of
        // asking ("等下，取消，我先问问老板要不要做" leaves; the question is for the boss); nor does one putting the task off ("do
        // it later"), though it opens like a question. A reason that is someone else's part ("my brother handles the money
        // side", "my partner books the freight") names what they handle as their job: a goods or topic word there is no fact
        // given to the guide, so the message's facts only keep it from leaving when another clause may hold them.
        var leaving = clauses.Where(LeavesInOneClause).ToList();
        var others = clauses.Except(leaving).ToList();
        if (recognized is not null && (GuideRequests.HasAGuideFact(recognized.Entities) || recognized.Entities.Platforms.Count > 0)
            && !(leaving.Count > 0 && others.All(clause => CueBook.Get(Cue.InterruptionSomeoneElseDecides).IsMatch(clause))))
        {
            return false;
        }

        return leaving.Count > 0
            && others.All(clause => (!MessageCues.IsQuestion(clause) || ClosingWords.TellsANextStep(clause) || ClosingWords.Read(clause) != ClosingKind.None) && !clause.Contains('?') && !clause.Contains('？')
                && !clause.Any(char.IsDigit) && !CueBook.Get(Cue.InterruptionAnswerToChange).IsMatch(clause) && !MessageCues.CorrectsAnAnswer(clause)
                && !(SlotVocabulary.Default.IsAnswerWord(clause) && !SlotVocabulary.Default.IsUnknown(clause)));
    }

    /// <summary>
    /// "nah cancel that shipment for now", "ok scrap the shipping": one clause that only leaves and names what it leaves as
    /// a guide's task. Said alone, it leaves as surely as among other clauses (<see cref="LeavesAmongClauses"/>); a clause
    /// with nothing named ("cancel for now") is left to the command words and the recognizer, as before.
    /// </summary>
    private static bool LeavesATask(string command) =>
        Clauses(command) is [var clause] && LeaveIn(clause) == LeaveClause.NamedTask;

    private static bool LeavesInOneClause(string clause) => LeaveIn(clause) != LeaveClause.None;

    /// <summary>
    /// A clause that only leaves: the command, with a lead-in and "it", "for now" around it. A thing left named must be a
    /// guide's task ("cancel the shipping"), not one of its questions' topics: "scrap the tracking" answers the tracking question.
    /// </summary>
    private static LeaveClause LeaveIn(string clause)
    {
        if (CueBook.Get(Cue.InterruptionLeaveClause).Match(clause) is not { Success: true } match)
        {
            return LeaveClause.None;
        }

        if (!match.Groups["thing"].Success)
        {
            return LeaveClause.Plain;
        }

        var thing = match.Groups["thing"].Value;
        return IntentCues.GuideTopic(thing) is not null && !SlotVocabulary.Default.NamesAnyTopic(thing) ? LeaveClause.NamedTask : LeaveClause.None;
    }

    private enum LeaveClause
    {
        None,
        Plain,
        NamedTask,
    }

    /// <summary>
    /// "go back, the market was wrong", "上一步，我想改预算": the first clause is a command to go back and every clause after
    /// it says an answer was wrong or is to be changed. Going back is what that asks; a clause that says anything else
    /// ("back to the warehouse in poland" is no command at all) keeps the message what it is.
    /// </summary>
    private static bool StartsByGoingBack(string command)
    {
        var clauses = Clauses(command);
        return clauses.Count >= 2 && BackWords.Contains(CueBook.Get(Cue.InterruptionCommandWrapping).Replace(clauses[0], string.Empty).Trim())
            && clauses.Skip(1).All(clause => CueBook.Get(Cue.InterruptionAnswerToChange).IsMatch(clause) && !MessageCues.IsQuestion(clause));
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
        CueBook.Get(Cue.InterruptionCommandWrapping).Replace(words.Trim(), string.Empty).Trim() is var command
        && (CancelWords.Contains(command) || BackWords.Contains(command) || HelpWords.Contains(command) || PlanWords.Contains(command));

    /// <summary>The clauses of a message, split at commas, stops and dashes, trimmed; empty ones left out.</summary>
    internal static List<string> Clauses(string text) => [.. CueBook.Get(Cue.InterruptionClauseBreak).Split(text).Select(clause => clause.Trim()).Where(clause => clause.Length > 0)];

    private static string Normalize(string? text)
        => text is null ? string.Empty : WhiteSpace.Collapse(CueBook.Get(Cue.InterruptionTrailingPunctuation).Replace(text.Trim(), string.Empty)).Trim();

    // "跟踪不用了", "退货就免了": a guide question's topic turned down answers that question; it leaves nothing.
    private static bool TopicDropped(string command) =>
        CueBook.Get(Cue.InterruptionTopicThenStop).Match(command) is { Success: true } match && SlotVocabulary.Default.NamesAnyTopic(match.Groups["thing"].Value);
}
