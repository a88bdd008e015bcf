using CrossBorderBot.Plans;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// What every slot-filling guide shares beyond reading messages: its answers as one typed record
/// (<typeparamref name="TAnswers"/>), its questions as a table asked in order unless already known, taking a message's
/// answers into the record, explaining the result from the answers, and showing the result (replies, charts, the
/// saved plan). A guide supplies its questions, its reader and its result.
/// </summary>
public abstract class TypedSlotGuide<TAnswers>(string id, GuideAnswers<TAnswers> answers, PlanStore plans) : SlotFillingGuide(id)
    where TAnswers : class
{
    protected GuideAnswers<TAnswers> Answers { get; } = answers;

    /// <summary>The guide's questions in the order asked; empty for a guide that asks its own way.</summary>
    protected virtual IReadOnlyList<GuideQuestion<TAnswers>> Questions => [];

    /// <summary>Reads a message into the answers so far: the answers with what it gave, and what changed in words.</summary>
    protected abstract (TAnswers Merged, SlotChanges Changes) Take(TAnswers current, RecognizedMessage message, string? waitingSlot, string? waitingDialogId, BotLanguage language);

    /// <summary>The names of the places the answers are about, the one worked out first, in <paramref name="language"/>.</summary>
    protected virtual IReadOnlyList<string> PlaceNames(TAnswers answers, BotLanguage language) => [];

    public override IReadOnlyList<string> KnownPlaces(DialogContext guideContext, BotLanguage language) =>
        OwnValues(guideContext) is { } values ? PlaceNames(Answers.Of(values), language) : [];

    /// <summary>The products the answers are about, the one worked out first, named in <paramref name="language"/>.</summary>
    protected virtual IReadOnlyList<GuideProduct> Products(TAnswers answers, BotLanguage language) => [];

    public override IReadOnlyList<GuideProduct> KnownProducts(DialogContext guideContext, BotLanguage language) =>
        OwnValues(guideContext) is { } values ? Products(Answers.Of(values), language) : [];

    /// <summary>The option the result for <paramref name="answers"/> puts first, named in <paramref name="language"/>; null when none.</summary>
    protected virtual string? FirstOption(TAnswers answers, BotLanguage language) => null;

    // Only once the result is shown: before it, "they" in a question has no option to stand for.
    public override string? OptionInView(DialogContext guideContext, BotLanguage language) =>
        guideContext.ActiveDialog is not null && IsAtResult(WaitingDialogId(guideContext)) && OwnValues(guideContext) is { } values ? FirstOption(Answers.Of(values), language) : null;

    /// <summary>The answer to a question about the result shown, from the answers; null when the guide has nothing to say.</summary>
    protected virtual string? Explain(TAnswers answers, string question, BotLanguage language) => null;

    /// <summary>
    /// The same with the answers of the result shown before the last what-if (<see cref="KeepsTheResultBefore"/>), for "was
    /// the first one cheaper?"; null <paramref name="before"/> when there was no what-if.
    /// </summary>
    protected virtual string? Explain(TAnswers answers, TAnswers? before, string question, BotLanguage language) => Explain(answers, question, language);

    /// <summary>True for a guide that keeps the answers of the result before a what-if, to compare the two.</summary>
    protected virtual bool KeepsTheResultBefore => false;

    private const string BeforeKey = "before";

    /// <summary>Why an option the result ruled out for <paramref name="answers"/> does not fit, when the question names one.</summary>
    protected virtual string? RuledOut(TAnswers answers, string question, BotLanguage language) => null;

    protected override string? RuledOutNamed(DialogValues values, string question, BotLanguage language) => RuledOut(Answers.Of(values), question, language);

    public override string? WhyNotNamed(DialogContext guideContext, string question, BotLanguage language) =>
        OwnValues(guideContext) is { } values ? WhyNotBeforeTheResult(Answers.Of(values), question, language) : null;

    /// <summary>Why an option named before the result does not fit the answers so far; null when none it names is ruled out.</summary>
    protected virtual string? WhyNotBeforeTheResult(TAnswers answers, string question, BotLanguage language) => RuledOut(answers, question, language);

    /// <summary>The slot the waiting prompt asks for; null when no question of the table waits.</summary>
    protected virtual string? WaitingSlot(DialogValues values, string? waitingDialogId) =>
        Questions.FirstOrDefault(question => question.IsAskedBy(waitingDialogId))?.Slot;

    /// <summary>One waterfall step per question: take the previous question's answer, then ask this one unless known.</summary>
    protected WaterfallStep[] QuestionSteps() =>
        [.. Questions.Select((_, index) => (WaterfallStep)((step, cancellationToken) => AskAsync(step, index, cancellationToken)))];

    /// <summary>The guide's result for <paramref name="answers"/>.</summary>
    protected abstract GuideOutcome Outcome(TAnswers answers, BotLanguage language);

    /// <summary>What comes after the result is shown: further lines, then the guide's follow-ups.</summary>
    protected abstract Task<DialogTurnResult> AfterResultAsync(WaterfallStepContext step, TAnswers answers, BotLanguage language, CancellationToken cancellationToken);

    /// <summary>The answers the result step starts from: by default, with the last question's answer taken.</summary>
    protected virtual TAnswers AnswersForResult(WaterfallStepContext step) => TakePrevious(step, Questions.Count);

    /// <summary>The last waterfall step: the result shown (replies, their charts and alert button), its plan saved, then what follows.</summary>
    protected async Task<DialogTurnResult> ResultStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var answers = AnswersForResult(step);
        var language = step.Language();
        var outcome = Outcome(answers, language);
        foreach (var reply in outcome.Replies)
        {
            await step.Context.SendReplyAsync(reply, cancellationToken);
        }

        await ResultFollowUps.SendAfterResultAsync(step.Context, outcome.Replies, outcome.Location, cancellationToken);
        // The plan keeps the answers of a guide that can start from them, so a what-if after recalling it runs the guide again.
        await plans.SaveAsync(step.Context, StartsFromSavedAnswers ? outcome.Plan with { Answers = DialogValueJson.ToJsonString(answers) } : outcome.Plan, cancellationToken);
        return await AfterResultAsync(step, answers, language, cancellationToken);
    }

    /// <summary>True for a guide whose start reads <see cref="GuideStartOptions.Saved"/> (see <see cref="StartingAnswers"/>).</summary>
    protected virtual bool StartsFromSavedAnswers => false;

    /// <summary>
    /// The answers a guide starts from: a recalled plan's when it runs again for a what-if on it, else <paramref name="empty"/>
    /// (also when the saved answers do not read: the guide then asks, nothing is lost).
    /// </summary>
    protected TAnswers StartingAnswers(GuideStartOptions? start, TAnswers empty)
    {
        if (start?.Saved is not { Length: > 0 } saved)
        {
            return empty;
        }

        try
        {
            var values = new DialogValues(new DialogValueMap());
            values.Set(GuideAnswers<TAnswers>.Key, Newtonsoft.Json.Linq.JToken.Parse(saved));
            return Answers.Of(values) ?? empty;
        }
        catch (Exception exception) when (exception is Newtonsoft.Json.JsonException or InvalidOperationException or ArgumentException or FormatException)
        {
            return empty;
        }
    }

    /// <summary>Says how the guide begins (and what it already understood), then goes on to its first question.</summary>
    protected static async Task<DialogTurnResult> IntroduceAsync(WaterfallStepContext step, string intro, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(intro, cancellationToken: cancellationToken);
        return await step.NextAsync(cancellationToken: cancellationToken);
    }

    protected override SlotChanges Absorb(DialogValues values, RecognizedMessage message, string? waitingDialogId, BotLanguage language)
    {
        var current = Answers.Of(values);
        var waitingSlot = WaitingSlot(values, waitingDialogId);
        var (merged, changes) = Take(current, message, waitingSlot, waitingDialogId, language);
        if (!changes.IsEmpty)
        {
            if (KeepsTheResultBefore && IsAtResult(waitingDialogId))
            {
                values.Set(BeforeKey, current);
            }

            Answers.Set(values, merged);
            return changes;
        }

        // The waiting question asked again after "back" is answered as usual: its prompt takes the message.
        if (Questions.Any(question => question.Slot == waitingSlot && question.IsKnown(current)))
        {
            return changes with { Kept = null };
        }

        if (changes.Kept is { Count: > 0 } || IsAtResult(waitingDialogId))
        {
            return changes;
        }

        // "slow is totally fine" at the tracking question after "cheapest" in the first message: a short answer for a
        // question already answered, read as if that question were asked, is the same answer said again.
        var again = Questions.Where(question => question.Slot != waitingSlot && question.IsKnown(current))
            .SelectMany(question => Take(current, message, question.Slot, null, language).Changes is { IsEmpty: true, Kept: { Count: > 0 } kept } ? kept : [])
            .Distinct().ToList();
        return again.Count > 0 ? changes with { Kept = again } : changes;
    }

    protected override async Task<bool> ExplainResultAsync(ITurnContext turnContext, DialogValues values, string question, BotLanguage language, CancellationToken cancellationToken)
    {
        var before = KeepsTheResultBefore && values.ContainsKey(BeforeKey) ? values.Get<TAnswers>(BeforeKey) : null;
        if (Explain(Answers.Of(values), before, question, language) is not { } explanation)
        {
            return false;
        }

        await turnContext.SendActivityAsync(explanation, cancellationToken: cancellationToken);
        return true;
    }

    private async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, int index, CancellationToken cancellationToken)
    {
        var answers = TakePrevious(step, index);
        var question = Questions[index];
        if (question.IsKnown(answers))
        {
            return await step.NextAsync(cancellationToken: cancellationToken);
        }

        var language = step.Language();
        return await step.PromptAsync(question.PromptIdFor(language), question.Ask(language), cancellationToken);
    }

    private TAnswers TakePrevious(WaterfallStepContext step, int index)
    {
        var answers = Answers.Of(step);
        if (index == 0)
        {
            return answers;
        }

        var taken = Questions[index - 1].Take(step, answers);
        if (!ReferenceEquals(taken, answers))
        {
            Answers.Set(step, taken);
        }

        return taken;
    }
}
