using CrossBorderBot.Understanding;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// A guide that reads every message for all of its questions: what a message gives is taken (and confirmed briefly
/// when it is more than the answer to the question asked), then the guide asks the first question still open — or,
/// at its result, shows the result again with the difference stated (a what-if). A question about the result is
/// answered from the guide's own answers. Whatever the message does not give is left to the waiting question.
/// </summary>
public abstract class SlotFillingGuide(string id) : ComponentDialog(id), ISlotGuide
{
    public bool Reads(RecognizedMessage message) => SlotsRead(message) > 0;

    public abstract int SlotsRead(RecognizedMessage message);

    public virtual IReadOnlyList<string> KnownPlaces(DialogContext guideContext, BotLanguage language) => [];

    public virtual IReadOnlyList<GuideProduct> KnownProducts(DialogContext guideContext, BotLanguage language) => [];

    public virtual string? OptionInView(DialogContext guideContext, BotLanguage language) => null;

    /// <summary>Reads the message into the answers kept in <paramref name="values"/>; <paramref name="waitingDialogId"/> is the question waiting.</summary>
    protected abstract SlotChanges Absorb(DialogValues values, RecognizedMessage message, string? waitingDialogId, BotLanguage language);

    /// <summary>True when <paramref name="waitingDialogId"/> is the guide's closing question (its result was shown).</summary>
    protected abstract bool IsAtResult(string? waitingDialogId);

    /// <summary>Answers a question about the result just shown ("why is X first?"); false when the guide has nothing to say.</summary>
    protected virtual Task<bool> ExplainResultAsync(ITurnContext turnContext, DialogValues values, string question, BotLanguage language, CancellationToken cancellationToken) =>
        Task.FromResult(false);

    /// <summary>Why an option named before the result does not fit the answers so far (see <see cref="ISlotGuide.WhyNotNamed"/>).</summary>
    public virtual string? WhyNotNamed(DialogContext guideContext, string question, BotLanguage language) => null;

    /// <summary>Why an option the result ruled out and the what-if names does not fit ("what about by rail?"); null when it names none.</summary>
    protected virtual string? RuledOutNamed(DialogValues values, string question, BotLanguage language) => null;

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var understanding = TurnUnderstanding.Of(dc.Context);
        if (understanding is null || OwnValues(dc) is not { } values)
        {
            return await base.ContinueDialogAsync(dc, cancellationToken);
        }

        var waiting = WaitingDialogId(dc);
        var language = TurnLanguage.Of(dc.Context);
        if (understanding.Purpose == MessagePurpose.AboutResult && IsAtResult(waiting))
        {
            if (!await ExplainResultAsync(dc.Context, values, understanding.Message.Text, language, cancellationToken))
            {
                understanding.Declined = true;
                return EndOfTurn;
            }

            await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
            return EndOfTurn;
        }

        if (understanding.Purpose is not (MessagePurpose.Answer or MessagePurpose.WhatIf or MessagePurpose.Unclear))
        {
            return await base.ContinueDialogAsync(dc, cancellationToken);
        }

        var changes = Absorb(values, understanding.Message, waiting, language);
        if (changes.IsEmpty)
        {
            // "what about by rail instead?", "那走海运呢" when the result already assumes the slow way: an option the result
            // ruled out for these answers is no input to change; the bot says why it does not fit (the advisor's own
            // reason) and the result stands. A what-if that changes an answer ("express") is the result again, as before.
            if (understanding.Purpose == MessagePurpose.WhatIf && IsAtResult(waiting) && RuledOutNamed(values, understanding.Message.Text, language) is { } ruledOut)
            {
                await dc.Context.SendActivityAsync(ruledOut, cancellationToken: cancellationToken);
                return await RepeatOwnStepAsync(dc, cancellationToken);
            }

            // "if i can only run one platform which would you pick": a question about the result in the shape of a what-if
            // ("if …") changes no answer; the result answers it.
            if (IsAtResult(waiting) && ResultQuestions.Read(Id, understanding.Message.Text) != ResultQuestion.None
                && await ExplainResultAsync(dc.Context, values, understanding.Message.Text, language, cancellationToken))
            {
                return await RepeatOwnStepAsync(dc, cancellationToken);
            }

            // "如果走海运呢" when the result already assumes the slow, cheap way: a what-if that changes nothing is said to
            // change nothing, not met with "didn't understand".
            if (understanding.Purpose == MessagePurpose.WhatIf && IsAtResult(waiting) && SlotsRead(understanding.Message) > 0)
            {
                await dc.Context.SendActivityAsync(SlotText.For(language).Unchanged, cancellationToken: cancellationToken);
                return await RepeatOwnStepAsync(dc, cancellationToken);
            }

            // "慢慢来没关系" at the size question when economy was already noted: a fact said again is not a wrong answer.
            // When the question waiting can read nothing from the message, the bot says it has that already and asks again.
            if (!IsAtResult(waiting) && changes.Kept is { Count: > 0 } kept && !await WaitingQuestionCanReadAsync(dc, cancellationToken))
            {
                var said = SlotText.For(language);
                await dc.Context.SendActivityAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, said.AlreadyNoted, string.Join(said.ListSeparator, kept)), cancellationToken: cancellationToken);
                return await RepeatOwnStepAsync(dc, cancellationToken);
            }

            return await base.ContinueDialogAsync(dc, cancellationToken);
        }

        var text = SlotText.For(language);
        var lines = new List<string>();
        if (IsAtResult(waiting))
        {
            lines.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, text.WhatIf, string.Join(text.ListSeparator, changes.Changed.Concat(changes.Noted))));
        }
        else
        {
            // What a message gave beyond the question asked is said back; so is the answer to the question asked when it was
            // read from the user's own words ("走快的吧", "price matters more than speed") rather than picked as offered.
            if (changes.Noted.Count > 0 && (!changes.OnlyTheWaitingQuestion || !WaitingQuestionTakesAsWritten(dc)))
            {
                lines.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, text.Noted, NotedList.Join(changes.Noted, text.ListSeparator)));
            }

            if (changes.Changed.Count > 0)
            {
                lines.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, text.Changed, string.Join(text.ListSeparator, changes.Changed)));
            }
        }

        if (changes.Defaults.Count > 0)
        {
            lines.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, text.Assumed, NotedList.Join(changes.Defaults, text.ListSeparator)));
        }

        if (lines.Count > 0)
        {
            await dc.Context.SendActivityAsync(string.Join("\n\n", lines), cancellationToken: cancellationToken);
        }

        return await RepeatOwnStepAsync(dc, cancellationToken);
    }
}
