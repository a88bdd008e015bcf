using CrossBorderBot.Dialogs.Prompts;
using CrossBorderBot.Knowledge.Advisors;
using CrossBorderBot.Plans;
using CrossBorderBot.Understanding;
using CrossBorderBot.Understanding.Quantities;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// "Check my readiness": the readiness model's questions — as one form where the channel has forms (with "one
/// question at a time" as the alternative), else one per step so "back" works — skipping what the first message
/// already said; then the level, a score per area, the first roadmap steps with their playbooks and sources, saved
/// as a plan, with the other guides offered next.
/// </summary>
public sealed class ReadinessGuide : TypedSlotGuide<ReadinessAnswers>
{
    private const string StepsId = DialogIds.GuideReadiness + ".steps";
    private const string FormId = DialogIds.GuideReadiness + ".form";
    private const string ChoiceId = DialogIds.GuideReadiness + ".choice";
    private const string NumberId = DialogIds.GuideReadiness + ".number";
    private const string AmountId = DialogIds.GuideReadiness + ".amount";
    private const string NextId = DialogIds.GuideReadiness + ".next";
    private const string PendingKey = "pending";
    private const string ResultNowKey = "resultNow";
    private const string LaterKey = "later";

    /// <summary>Larger numbers are typing slips, not answers to "how many days / people / yuan".</summary>
    private const decimal MaxNumber = 1_000_000_000m;

    private readonly ReadinessQuestionnaire _questionnaire;
    private readonly ReadinessResultBuilder _results;
    private readonly ReadinessExplainer _explainer;
    private readonly ReadinessSlotReader _slots;

    public ReadinessGuide(KnowledgeBase knowledgeBase, ReadinessAssessor assessor, PlanStore plans, TimeProvider time)
        : base(DialogIds.GuideReadiness, new GuideAnswers<ReadinessAnswers>(ReadinessAnswers.FromStored), plans)
    {
        _questionnaire = new ReadinessQuestionnaire(knowledgeBase);
        _results = new ReadinessResultBuilder(_questionnaire, assessor, time);
        _explainer = new ReadinessExplainer(_questionnaire, assessor);
        _slots = new ReadinessSlotReader(_questionnaire, Slots.SlotVocabulary.Default);

        // Each step is named by what it does and, for a question, by the question's id: a conversation saved before a
        // deployment that added or moved questions or steps resumes at the same question, not at the same index.
        var questionSteps = Enumerable.Range(0, _questionnaire.Questions.Count)
            .Select(index => (AskStepName(_questionnaire.Questions[index].Id), (WaterfallStep)((step, cancellationToken) => AskQuestionAsync(step, index, cancellationToken))));
        var laterSteps = Enumerable.Range(0, _questionnaire.Questions.Count)
            .Select(index => (LaterStepName(_questionnaire.Questions[index].Id), (WaterfallStep)((step, cancellationToken) => AskLaterAsync(step, index, cancellationToken))));
        AddNamedSteps(StepsId,
            [("start", StartAsync), ("form", FormAsync), ("after-form", AfterFormAsync), .. questionSteps, .. laterSteps, ("result", ResultStepAsync)],
            repeatsSteps: true, StepOfUnnamedState);
        AddDialog(new ReadinessFormPrompt(FormId, _questionnaire));
        AddDialog(new ChoicePrompt(ChoiceId));
        // "we could fund stock for 4 months" at the lead-time question is no lead time: a number about another question is
        // not taken by the one waiting (its reader notes it where it belongs).
        AddDialog(new NumberPrompt(NumberId, (prompt, _) => Task.FromResult(prompt.Value is >= 0 and <= MaxNumber
            && !_slots.BelongsElsewhere(prompt.Context.Activity.Text, TurnUnderstanding.Of(prompt.Context)?.Message.Entities ?? MessageEntities.None, prompt.Options.Slot))));
        AddDialog(new GuideAmountPrompt(AmountId, ReadinessQuestionnaire.BudgetCurrency,
            (prompt, _) => Task.FromResult(_questionnaire.BudgetAnswer(prompt.Value.Amount, prompt.Value.Currency) is not null && prompt.Value.Amount <= MaxNumber)));
        AddDialog(new GuideFollowUpsDialog(NextId, plans));
    }

    private static string AskStepName(string questionId) => "ask:" + questionId;

    private static string LaterStepName(string questionId) => "later:" + questionId;

    /// <summary>
    /// The step a state saved before the steps had names waits at (the old shape keeps only an index, which a deployment
    /// that added steps shifts): the question waiting is kept by its id, asked in turn or left for later. Null when no
    /// question waits (at the start, the form or the result): such a conversation starts again.
    /// </summary>
    internal static string? StepOfUnnamedState(DialogValueMap values)
    {
        if (!values.TryGet<string>(PendingKey, out var pending) || string.IsNullOrEmpty(pending))
        {
            return null;
        }

        var later = values.TryGet<string>(LaterKey, out var left) && !string.IsNullOrEmpty(left) ? left.Split(',') : [];
        return later.Contains(pending, StringComparer.Ordinal) ? LaterStepName(pending) : AskStepName(pending);
    }

    /// <summary>
    /// The whole questionnaire as one form only on the card clients that show a long form well (Teams, Web Chat, the
    /// Emulator). Everywhere else — Slack, the terminal, other channels — the questions come one at a time.
    /// </summary>
    public static bool OffersForm(string? channelId) => ReplyChannels.ShowsLongForms(channelId);

    private async Task<DialogTurnResult> StartAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = step.Language();
        var text = ReadinessGuideText.For(language);
        var start = step.GetOptions<GuideStartOptions>();
        var answers = _questionnaire.Prefill(start?.Text, start?.Entities);
        if (!string.IsNullOrWhiteSpace(start?.Text))
        {
            answers = answers.WithMissing(_slots.Read(start.Text, start.Entities ?? MessageEntities.None, waitingQuestion: null).Read);
        }

        Answers.Set(step, answers);

        var areas = string.Join(text.ListSeparator, _questionnaire.Dimensions.Select(d => d.Name.Get(language)));
        var intro = string.Format(CultureInfo.InvariantCulture, text.Intro, _questionnaire.Questions.Count, _questionnaire.Dimensions.Count, areas);
        if (answers.Count > 0)
        {
            var noted = _questionnaire.Questions.Where(q => answers.Has(q.Id))
                .Select(q => $"{_questionnaire.DimensionName(q, language)} — {_questionnaire.AnswerLabel(q, answers.Of(q.Id)!, language)}");
            intro += "\n\n" + string.Format(CultureInfo.InvariantCulture, text.Noted, NotedList.Join(noted, text.ListSeparator));
        }

        return await IntroduceAsync(step, intro, cancellationToken);
    }

    private async Task<DialogTurnResult> FormAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!OffersForm(step.Context.Activity.ChannelId))
        {
            return await step.NextAsync(cancellationToken: cancellationToken);
        }

        var language = step.Language();
        var text = ReadinessGuideText.For(language);
        var form = Reply.Of(
            new ParagraphBlock(text.FormIntro),
            new InputFormBlock(_questionnaire.FormFields(Answers.Of(step), language), new ReplyAction(text.SeeResult, ReadinessFormPrompt.FormVerb), text.FormTitle),
            new ActionButtonsBlock([new ReplyAction(text.OneAtATime, ChoiceSetBlock.ChooseVerb, new Dictionary<string, string> { [ChoiceSetBlock.ValueKey] = ReadinessFormPrompt.OneAtATimeValue })]));
        var prompt = (Activity)MessageFactory.Text(string.Empty, inputHint: InputHints.ExpectingInput);
        ReplyActivityFactory.Apply(step.Context, prompt, form);
        return await step.PromptAsync(FormId, new PromptOptions
        {
            Prompt = prompt,
            RetryPrompt = (Activity)MessageFactory.Text(text.FormRetry, inputHint: InputHints.ExpectingInput),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> AfterFormAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetResult<ReadinessFormAnswer>() is { OneAtATime: false } form)
        {
            var answers = Answers.Of(step).With(form.Answers.ByQuestion);
            Answers.Set(step, answers);
            var missing = _questionnaire.Questions.Count(q => !answers.Has(q.Id));
            if (missing > 0)
            {
                var text = ReadinessGuideText.For(step.Language());
                await step.Context.SendActivityAsync(string.Format(CultureInfo.InvariantCulture, text.MissingAfterForm, missing), cancellationToken: cancellationToken);
            }
        }

        return await step.NextAsync(cancellationToken: cancellationToken);
    }

    private async Task<DialogTurnResult> AskQuestionAsync(WaterfallStepContext step, int index, CancellationToken cancellationToken)
    {
        var answers = RecordPendingAnswer(step);
        var question = _questionnaire.Questions[index];
        if (answers.Has(question.Id) || step.Values.ContainsKey(ResultNowKey) || Later(step.Values).Contains(question.Id))
        {
            return await step.NextAsync(cancellationToken: cancellationToken);
        }

        return await AskAsync(step, index, cancellationToken);
    }

    /// <summary>
    /// A question left for later (see <see cref="MovesOnFromAnUnreadQuestion"/>) asked once more after the others, before
    /// the result; answered meanwhile, or with the result asked for, it is not asked.
    /// </summary>
    private async Task<DialogTurnResult> AskLaterAsync(WaterfallStepContext step, int index, CancellationToken cancellationToken)
    {
        var answers = RecordPendingAnswer(step);
        var question = _questionnaire.Questions[index];
        var later = Later(step.Values);
        if (!later.Contains(question.Id))
        {
            return await step.NextAsync(cancellationToken: cancellationToken);
        }

        step.Values.Set(LaterKey, string.Join(',', later.Where(id => id != question.Id)));
        return answers.Has(question.Id) || step.Values.ContainsKey(ResultNowKey)
            ? await step.NextAsync(cancellationToken: cancellationToken)
            : await AskAsync(step, index, cancellationToken);
    }

    private static List<string> Later(DialogValues values) =>
        values.TryGet<string>(LaterKey, out var later) && !string.IsNullOrEmpty(later) ? [.. later.Split(',')] : [];

    private async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, int index, CancellationToken cancellationToken)
    {
        var question = _questionnaire.Questions[index];
        var language = step.Language();
        var text = ReadinessGuideText.For(language);
        step.Values.Set(PendingKey, question.Id);
        var wording = string.Format(CultureInfo.InvariantCulture, text.QuestionFormat,
            index + 1, _questionnaire.Questions.Count, _questionnaire.DimensionName(question, language), question.Text.Get(language));
        return question.Type switch
        {
            QuestionType.Number when ReadinessQuestionnaire.IsBudget(question) =>
                await step.PromptAsync(AmountId, PromptOptions.FromText(wording, text.AmountRetry), cancellationToken),
            QuestionType.Number =>
                await step.PromptAsync(NumberId, WithSlot(PromptOptions.FromText(wording, text.NumberRetry), question.Id), cancellationToken),
            _ => await step.PromptAsync(ChoiceId, PromptOptions.FromText(wording, choices: ReadinessQuestionnaire.Choices(question, language)), cancellationToken),
        };
    }

    private static PromptOptions WithSlot(PromptOptions options, string slot)
    {
        options.Slot = slot;
        return options;
    }

    protected override ReadinessAnswers AnswersForResult(WaterfallStepContext step) => RecordPendingAnswer(step);

    protected override GuideOutcome Outcome(ReadinessAnswers answers, BotLanguage language) =>
        _results.Build(answers, language);

    protected override async Task<DialogTurnResult> AfterResultAsync(WaterfallStepContext step, ReadinessAnswers answers, BotLanguage language, CancellationToken cancellationToken)
    {
        var text = (En: ReadinessGuideText.English, Zh: ReadinessGuideText.Chinese);
        var budget = answers.Of(ReadinessQuestionnaire.BudgetQuestionId) is { } cny
            ? new MessageEntities { Money = [new MoneyEntity(decimal.Parse(cny, CultureInfo.InvariantCulture), ReadinessQuestionnaire.BudgetCurrency, cny)] }
            : null;
        return await step.BeginDialogAsync(NextId, new GuideFollowUpsOptions(DialogIds.GuideReadiness,
        [
            new GuideFollowUp(IntentNames.ChoosePlatform, text.En.FollowUpPlatform, text.Zh.FollowUpPlatform, budget),
            new GuideFollowUp(IntentNames.ChooseLogistics, text.En.FollowUpLogistics, text.Zh.FollowUpLogistics),
            new GuideFollowUp(IntentNames.FixIssue, text.En.FollowUpFixIssue, text.Zh.FollowUpFixIssue),
        ]), cancellationToken);
    }

    /// <summary>Stores the answer to the question the previous step asked (if it asked one) and returns all answers.</summary>
    private ReadinessAnswers RecordPendingAnswer(WaterfallStepContext step)
    {
        var answers = Answers.Of(step);
        if (!step.Values.TryGet<string>(PendingKey, out var pending) || pending is null)
        {
            return answers;
        }

        step.Values.Remove(PendingKey);
        var question = _questionnaire.Questions.FirstOrDefault(q => q.Id == pending);
        // Read by the question's type: after "back" the step's result comes from JSON, no longer the prompt's type.
        var answer = question switch
        {
            null => null,
            { Type: not QuestionType.Number } => step.GetResult<FoundChoice>()?.Value,
            _ when ReadinessQuestionnaire.IsBudget(question) => step.GetResult<MoneyQuantity>() is { } money ? _questionnaire.BudgetAnswer(money.Amount, money.Currency) : null,
            _ => step.GetResult<decimal?>() is { } number ? ReadinessQuestionnaire.Invariant(number) : null,
        };
        if (question is not null && answer is not null)
        {
            answers = answers.With(question.Id, answer);
            Answers.Set(step, answers);
        }

        return answers;
    }

    /// <summary>
    /// "skip the rest, show me the result", "后面的不问了，直接给我结果吧" while a question waits one at a time: the result from
    /// the answers given, saying how many were left out and that they are not scored (the assessor scores each area from
    /// the answers it has), instead of "didn't understand". Any answer told later is a what-if on that result.
    /// </summary>
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (TurnUnderstanding.Of(dc.Context) is { Purpose: MessagePurpose.Answer or MessagePurpose.Unclear or MessagePurpose.Question } understanding
            && ResultNowCues.AsksForTheResultNow(understanding.Message.Text, DialogIds.GuideReadiness)
            && WaitingDialogId(dc) is ChoiceId or NumberId or AmountId && OwnValues(dc) is { } values)
        {
            values.Set(ResultNowKey, true);
            var answers = Answers.Of(values);
            var total = _questionnaire.Questions.Count;
            var answered = _questionnaire.Questions.Count(q => answers.Has(q.Id));
            var text = ReadinessGuideText.For(TurnLanguage.Of(dc.Context));
            await dc.Context.SendActivityAsync(string.Format(CultureInfo.InvariantCulture, text.ResultNow, answered, total, total - answered), cancellationToken: cancellationToken);
            return await RepeatOwnStepAsync(dc, cancellationToken);
        }

        MovesOnFromAnUnreadQuestion(dc);
        return await base.ContinueDialogAsync(dc, cancellationToken);
    }

    /// <summary>
    /// A question that got a reply it could not read must not swallow the next answers: when the user, after such a reply,
    /// answers the next open question instead ("发货前自己看一眼" after "跟同款卖家没啥两样" was not read at the products
    /// question), the guide takes it as that question's answer and goes on from there, leaving the unread one for later
    /// (asked once more after the others, before the result) — the user has moved on, and asking the same question again
    /// while they answer the following ones cost every answer after it.
    /// </summary>
    private void MovesOnFromAnUnreadQuestion(DialogContext dc)
    {
        if (TurnUnderstanding.Of(dc.Context) is not { Purpose: MessagePurpose.Answer or MessagePurpose.Unclear } understanding
            || WaitingDialogId(dc) is not (ChoiceId or NumberId or AmountId) || OwnValues(dc) is not { } values
            || !values.TryGet<string>(PendingKey, out var stuck) || stuck is null
            || CreateInnerContext(dc, dc.ActiveDialog!).ActiveLeaf is not { } prompt || PromptAttempts.Of(prompt.Instance) == 0)
        {
            return;
        }

        var answers = Answers.Of(values);
        var later = Later(values);
        var open = _questionnaire.Questions.SkipWhile(q => q.Id != stuck).Skip(1).Where(q => !answers.Has(q.Id) && !later.Contains(q.Id)).ToList();
        var (text, entities) = (understanding.Message.Text, understanding.Message.Entities);
        if (open.Count == 0 || _slots.Read(text, entities, stuck).Read.ContainsKey(stuck))
        {
            return;
        }

        // The next open question takes the message as its reply. One further on takes it by its own words only ("3 of us, all
        // part time" at the small-batch question after a miss): the user, a question or two ahead of the bot since the miss,
        // is answering in their own order; the questions between are left for later with the unread one, and the guide asks
        // the question after the one answered, where the user is, instead of asking the unread one again at every answer.
        var answered = _slots.Read(text, entities, open[0].Id).Read.ContainsKey(open[0].Id) ? open[0] : null;
        if (answered is null)
        {
            var readAnywhere = _slots.Read(text, entities, waitingQuestion: null).Read;
            answered = open.Skip(1).FirstOrDefault(q => readAnywhere.ContainsKey(q.Id));
        }

        if (answered is null)
        {
            return;
        }

        var passed = open.TakeWhile(q => q.Id != answered.Id).Select(q => q.Id);
        values.Set(LaterKey, string.Join(',', later.Append(stuck).Concat(passed)));
        values.Set(PendingKey, answered.Id);
    }

    public override int SlotsRead(RecognizedMessage message) => _slots.SlotsRead(message);

    protected override string? WaitingSlot(DialogValues values, string? waitingDialogId) =>
        waitingDialogId is ChoiceId or NumberId or AmountId && values.TryGet<string>(PendingKey, out var pending) ? pending : null;

    /// <summary>Reads the message for every question: the one asked, and any other it answers clearly.</summary>
    protected override (ReadinessAnswers Merged, SlotChanges Changes) Take(ReadinessAnswers current, RecognizedMessage message, string? waitingSlot, string? waitingDialogId, BotLanguage language)
    {
        var (read, defaults) = _slots.Read(message.Text, message.Entities, waitingSlot);

        // "有一个会英语的客服", "one of us writes decent english": the people who speak a language are some of the team; they
        // give the team size when it is not known yet, and never change a known one.
        if (waitingSlot != ReadinessSlotReader.StaffId && current.Of(ReadinessSlotReader.StaffId) is not null && ReadinessSlotReader.CountsLanguageSpeakers(message.Text))
        {
            read.Remove(ReadinessSlotReader.StaffId);
        }

        if (read.Count == 0)
        {
            return (current, SlotChanges.None);
        }

        var slots = _questionnaire.Questions.Select(q => q.Id).Where(read.ContainsKey).ToList();
        return SlotMerge.Apply(
            current,
            slots,
            (id, answers) => answers.With(id, read[id]),
            (id, answers) => answers.Of(id) is { } answer ? _slots.Describe(id, answer, language) : null,
            defaults,
            waitingSlot);
    }

    protected override bool IsAtResult(string? waitingDialogId) => waitingDialogId == NextId + ".choice";

    protected override string? Explain(ReadinessAnswers answers, string question, BotLanguage language) => _explainer.Explain(answers, question, language);
}
