using CrossBorderBot.Dialogs.Prompts;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// Walks a playbook one step at a time, each step shown with what to do (its title and its detail in one message, so no
/// step needs a click to be acted on): "done" / "next" moves on, "more detail" says that is all there is, "that didn't
/// help" moves to the next candidate playbook. "Back" returns to the previous step. Ends with a
/// <see cref="PlaybookWalkResult"/> after the last step, or when no candidate is left.
/// </summary>
public sealed class PlaybookWalkDialog : Dialog, IGoOnPrompt
{
    public const string NextValue = "next";
    public const string DetailValue = "detail";
    public const string NotHelpedValue = "not_helped";

    private const string CandidatesKey = "candidates";
    private const string MarketKey = "market";
    private const string PlatformKey = "platform";
    private const string PlaybookKey = "playbook";
    private const string StepKey = "step";

    private readonly KnowledgeBase _knowledgeBase;
    private readonly IssuePlaybookFinder _finder;
    private readonly GuideLocationResolver _locations;

    public PlaybookWalkDialog(string id, KnowledgeBase knowledgeBase, IssuePlaybookFinder finder, GuideLocationResolver locations)
        : base(id)
    {
        _knowledgeBase = knowledgeBase;
        _finder = finder;
        _locations = locations;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var walk = DialogValueConverter.Convert<PlaybookWalkOptions>(options)
            ?? throw new ArgumentException($"Dialog '{Id}' needs {nameof(PlaybookWalkOptions)}.", nameof(options));
        var candidates = walk.Candidates.Where(id => _knowledgeBase.FindPlaybook(id) is { Steps.Count: > 0 }).ToList();
        if (candidates.Count == 0)
        {
            return await dc.EndDialogAsync(new PlaybookWalkResult(walk.Candidates.FirstOrDefault() ?? string.Empty, false, []), cancellationToken);
        }

        var instance = dc.ActiveDialog!;
        instance.SetValue(CandidatesKey, candidates);
        instance.SetValue(MarketKey, walk.Market);
        instance.SetValue(PlatformKey, walk.Platform);
        instance.SetValue(PlaybookKey, 0);
        instance.SetValue(StepKey, 0);
        await SendStepAsync(dc.Context, instance, withIntro: true, cancellationToken);
        return EndOfTurn;
    }

    /// <summary>A step is answered by going on: "got the notice, deadline is friday", "ok what's next", "通知看过了".</summary>
    public bool TakesGoingOn => true;

    /// <summary>The name of the playbook being walked in <paramref name="instance"/>, for a question asked about it.</summary>
    public string PlaybookName(DialogInstance instance, BotLanguage language) => Current(instance).Name.Get(language);

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var instance = dc.ActiveDialog!;

        // "why this step?", "这一步一般要多久": answered from the playbook, then the step is asked again. A question that is one
        // of the step's own answers ("anything else?", "还有吗": what comes next) is that answer, read below.
        if (TurnUnderstanding.Of(dc.Context) is { Purpose: MessagePurpose.AboutResult } about
            && ChoicePrompt.Recognize(about.Message.Text, Choices(dc.Context, instance), PromptLanguage.Cultures(dc.Context.Activity)) is null)
        {
            var kind = ResultQuestions.Read(DialogIds.GuideFixIssue, about.Message.Text);
            if (PlaybookStepExplainer.Explain(kind, Current(instance), instance.GetValue<int>(StepKey), Language(dc.Context)) is not { } explanation)
            {
                about.Declined = true;
                return EndOfTurn;
            }

            await dc.Context.SendActivityAsync(explanation, cancellationToken: cancellationToken);
            await SendStepAsync(dc.Context, instance, withIntro: false, cancellationToken);
            return EndOfTurn;
        }

        var verb = PromptInput.Verb(dc.Context.Activity);
        var text = PromptInput.Text(dc.Context.Activity);
        var choices = Choices(dc.Context, instance);

        // "done, we checked every tracker already", "这个已经做了，昨天发了邮件": the answer said with what was done.
        var answer = verb is null || string.Equals(verb, PromptInput.ChooseVerb, StringComparison.OrdinalIgnoreCase)
            ? (ChoicePrompt.Recognize(text, choices, PromptLanguage.Cultures(dc.Context.Activity)) ?? (verb is null ? ChoiceWithDetail.Leading(text, choices) : null))?.Value
            : null;

        // "sent them our factory invoices this morning", "got the notice, deadline is friday", "ok what's next", "通知看过了，
        // 期限是30天": the step told done in one's own words, the next one asked for, or this one left out ("这步先跳过")
        // moves on like "done".
        if (answer is null && verb is null && (Slots.SlotVocabulary.Default.Agreement.SaysDone(text) || GoAheadCues.ReportsItDone(text) || GoAheadCues.AsksToGoOn(text) || GoAheadCues.SkipsTheStep(text)))
        {
            answer = NextValue;
        }

        // "switching to english, my partner is reading along: next step please", "老板在旁边看着呢，你接着说下一步", "然后下一步呢":
        // what is said before the request only leads into it, and a connective before it or a particle after it asks nothing
        // more; the request alone is the answer.
        if (answer is null && verb is null && StepRequest.Core(text) is { } core && core != text
            && (ChoicePrompt.Recognize(core, choices, PromptLanguage.Cultures(dc.Context.Activity)) is { } said ? said.Value : GoAheadCues.AsksToGoOn(core) ? NextValue : null) is { } request)
        {
            answer = request;
        }

        var playbook = Current(instance);
        var step = instance.GetValue<int>(StepKey);
        switch (answer)
        {
            case NextValue when step + 1 >= playbook.Steps.Count:
                return await dc.EndDialogAsync(new PlaybookWalkResult(playbook.Id, true, Tried(instance)), cancellationToken);

            case NextValue:
                instance.SetValue(StepKey, step + 1);
                await SendStepAsync(dc.Context, instance, withIntro: false, cancellationToken);
                return EndOfTurn;

            case DetailValue:
                // The step's detail is shown with it already: more detail asked for is told there is no more, not missed.
                await dc.Context.SendActivityAsync(Text(dc.Context).NoMoreDetail, cancellationToken: cancellationToken);
                await SendStepAsync(dc.Context, instance, withIntro: false, cancellationToken);
                return EndOfTurn;

            case NotHelpedValue:
                var next = instance.GetValue<int>(PlaybookKey) + 1;
                if (next >= instance.GetValue<List<string>>(CandidatesKey)!.Count)
                {
                    return await dc.EndDialogAsync(new PlaybookWalkResult(playbook.Id, false, [.. Tried(instance), playbook.Id]), cancellationToken);
                }

                instance.SetValue(PlaybookKey, next);
                instance.SetValue(StepKey, 0);
                await dc.Context.SendActivityAsync(Text(dc.Context).TryingNext, cancellationToken: cancellationToken);
                await SendStepAsync(dc.Context, instance, withIntro: true, cancellationToken);
                return EndOfTurn;

            default:
                await dc.Context.SendActivityAsync(PromptLanguage.NotUnderstoodMessage(dc.Context.Activity), cancellationToken: cancellationToken);
                await SendStepAsync(dc.Context, instance, withIntro: false, cancellationToken);
                return EndOfTurn;
        }
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken) =>
        SendStepAsync(turnContext, instance, withIntro: false, cancellationToken);

    internal override bool CanGoBack(DialogContext dc, DialogInstance instance) => instance.GetValue<int>(StepKey) > 0;

    internal override async Task<DialogTurnResult> GoBackAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        instance.SetValue(StepKey, instance.GetValue<int>(StepKey) - 1);
        await SendStepAsync(dc.Context, instance, withIntro: false, cancellationToken);
        return EndOfTurn;
    }

    private async Task SendStepAsync(ITurnContext turnContext, DialogInstance instance, bool withIntro, CancellationToken cancellationToken)
    {
        var language = Language(turnContext);
        var text = FixIssueGuideText.For(language);
        var playbook = Current(instance);
        if (withIntro)
        {
            var blocks = new List<ReplyBlock>
            {
                new HeadingBlock(playbook.Name.Get(language)),
                new ParagraphBlock(string.Format(CultureInfo.InvariantCulture, text.PlaybookIntro, playbook.Steps.Count)),
            };
            var market = instance.GetValue<string>(MarketKey);
            foreach (var note in _finder.MarketNotes(playbook, market, instance.GetValue<string>(PlatformKey)))
            {
                blocks.Add(new ParagraphBlock(string.Format(CultureInfo.InvariantCulture, text.MarketNote, _locations.Name(market!, language), note.Get(language))));
            }

            if (playbook.Caveat?.Get(language) is { Length: > 0 } caveat)
            {
                // What could not be re-verified is said before the user acts on the steps.
                blocks.Add(new SectionBlock(language.IsChinese ? "未能重新核实" : "Not re-verified", [caveat]));
            }

            await turnContext.SendReplyAsync(new Reply(blocks), cancellationToken);
        }

        // What to do at this step, at once: its title, then its detail (a sentence or two, within every channel's limits).
        var step = instance.GetValue<int>(StepKey);
        var title = string.Format(CultureInfo.InvariantCulture, text.StepOf, step + 1, playbook.Steps.Count, playbook.Steps[step].Title.Get(language));
        var question = playbook.Steps[step].Detail?.Get(language) is { Length: > 0 } detail ? title + "\n\n" + detail : title;
        var prompt = (Activity)MessageFactory.Text(question, inputHint: InputHints.ExpectingInput);
        await turnContext.SendActivityAsync(
            ChoiceCard.Attach(turnContext, prompt, Choices(turnContext, instance).Where(choice => choice.Value != DetailValue).Select(choice => (choice.DisplayTitle, choice.Value))),
            cancellationToken);
    }

    /// <summary>
    /// The answers to a step: next, didn't help — and "more detail", typed only (the detail is shown with the step, so it
    /// has no button).
    /// </summary>
    private List<Choice> Choices(ITurnContext turnContext, DialogInstance instance)
    {
        var text = Text(turnContext);
        var playbook = Current(instance);
        var step = instance.GetValue<int>(StepKey);
        return
        [
            // "move on to the next bit", "carry on", "好的，继续刚才的步骤吧": going on, said first, moves on like "done"; so does
            // asking what else there is ("anything else?", "还有吗").
            new(NextValue, step + 1 >= playbook.Steps.Count ? text.LastStepDone : text.Next, ["done", "next", "ok", "okay", "finished", "did that", "did it", "already done", "done already", "all done",
                "move on", "carry on", "go on", "keep going", "continue", "proceed", "anything else", "what else", "anything more", "is there more", "whats next", "go to next", "go to the next", "go to next step",
                "go to the next step", "next one", "on to the next", "on to the next one", "next one please", "on to the next one please",
                "完成", "下一步", "好了", "做完了", "好", "好的", "好吧", "行", "继续", "接着", "往下", "还有吗", "还有呢", "还有别的吗", "还有什么", "还有啥",
                "已经做了", "做好了", "搞定了", "搞定", "已完成", "弄好了", "处理好了", "已经处理了"]),
            // "这一步不太懂，能说详细点吗", "这步我没看明白，再讲具体点": not following the step asks for it in more detail.
            new(DetailValue, text.MoreDetail, ["more", "detail", "details", "more detail", "tell me more", "详细", "详情", "更多", "详细说明",
                "don't understand", "dont understand", "i don't understand", "i don't get it", "not clear", "unclear", "explain", "explain more",
                "不太懂", "不懂", "没看懂", "看不懂", "我看不懂", "我不太懂", "我不懂", "我没看懂", "没看明白", "我没看明白", "不明白", "我不明白", "没明白", "不太明白", "说详细点", "详细点",
                "具体点", "再具体点", "讲具体点", "再讲具体点"]),
            new(NotHelpedValue, text.DidNotHelp, ["that didn't help", "didn't help", "that didnt help", "didnt help", "did not help", "not solved", "not helpful", "no help", "没有用", "没用", "没帮助", "没有帮助", "不管用"]),
        ];
    }

    private Playbook Current(DialogInstance instance)
    {
        var candidates = instance.GetValue<List<string>>(CandidatesKey) ?? [];
        var index = instance.GetValue<int>(PlaybookKey);
        return _knowledgeBase.FindPlaybook(candidates[index])
            ?? throw new DialogStateMismatchException(Id, Version, null);
    }

    private static List<string> Tried(DialogInstance instance) =>
        (instance.GetValue<List<string>>(CandidatesKey) ?? []).Take(instance.GetValue<int>(PlaybookKey)).ToList();

    private static BotLanguage Language(ITurnContext turnContext) => TurnLanguage.Of(turnContext);

    private static FixIssueGuideText Text(ITurnContext turnContext) => FixIssueGuideText.For(Language(turnContext));
}
