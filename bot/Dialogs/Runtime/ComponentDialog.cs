namespace CrossBorderBot.Dialogs;

/// <summary>
/// A dialog made of dialogs: it runs its own <see cref="DialogSet"/> on an inner stack kept in its instance
/// state, starting with <see cref="InitialDialogId"/>, and ends with the inner result when that stack ends.
/// </summary>
public class ComponentDialog : Dialog
{
    private const string InnerStackKey = "dialogs";

    public ComponentDialog(string id)
        : base(id)
    {
    }

    /// <summary>The inner dialogs.</summary>
    public DialogSet Dialogs { get; } = new();

    /// <summary>The inner dialog begun with the component; defaults to the first one added.</summary>
    public string? InitialDialogId { get; set; }

    /// <summary>Adds the component's own waterfall, the dialog it begins with.</summary>
    /// <param name="repeatsSteps">See <see cref="WaterfallDialog.RepeatsSteps"/>: a guide that takes answers from any message runs a step again.</param>
    protected ComponentDialog AddSteps(string stepsId, WaterfallStep[] steps, bool repeatsSteps = false)
    {
        AddDialog(new WaterfallDialog(stepsId, steps) { RepeatsSteps = repeatsSteps });
        InitialDialogId = stepsId;
        return this;
    }

    /// <summary>As <see cref="AddSteps(string, WaterfallStep[], bool)"/>, with a stable name per step: a conversation saved
    /// before the steps changed resumes at the step of the same name (see <see cref="WaterfallDialog"/>).</summary>
    protected ComponentDialog AddNamedSteps(string stepsId, IReadOnlyList<(string Name, WaterfallStep Step)> steps, bool repeatsSteps, Func<DialogValueMap, string?>? stepNameOfUnnamedState)
    {
        AddDialog(new WaterfallDialog(stepsId, steps.Select(s => s.Step), steps.Select(s => s.Name).ToList(), stepNameOfUnnamedState) { RepeatsSteps = repeatsSteps });
        InitialDialogId = stepsId;
        return this;
    }

    public ComponentDialog AddDialog(Dialog dialog)
    {
        Dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var initialDialogId = InitialDialogId
            ?? throw new InvalidOperationException($"Component dialog '{Id}' has no dialogs.");
        return RunInnerAsync(dc, inner => inner.BeginDialogAsync(initialDialogId, options, cancellationToken), cancellationToken);
    }

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        RunInnerAsync(dc, inner => inner.ContinueDialogAsync(cancellationToken), cancellationToken);

    /// <summary>Components start no outer children, so being resumed means "ask again whatever is waiting inside".</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
    {
        var inner = new DialogContext(Dialogs, turnContext, LoadInnerStack(instance));
        await inner.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        if (reason is DialogReason.CancelCalled or DialogReason.BackCalled or DialogReason.ReplaceCalled or DialogReason.RepeatCalled)
        {
            var inner = new DialogContext(Dialogs, turnContext, LoadInnerStack(instance));
            await inner.CancelAllDialogsAsync(cancelParents: false, cancellationToken).ConfigureAwait(false);
        }
    }

    internal override bool CanGoBack(DialogContext dc, DialogInstance instance) => CreateInnerContext(dc, instance).CanGoBack();

    internal override Task<DialogTurnResult> GoBackAsync(DialogContext dc, CancellationToken cancellationToken) =>
        RunInnerOrWaitAsync(dc, inner => inner.TryGoBackAsync(cancellationToken), cancellationToken);

    internal override bool CanRepeat(DialogContext dc, DialogInstance instance) => CreateInnerContext(dc, instance).CanRepeat();

    internal override Task<DialogTurnResult> RepeatAsync(DialogContext dc, CancellationToken cancellationToken) =>
        RunInnerOrWaitAsync(dc, inner => inner.TryRepeatAsync(cancellationToken), cancellationToken);

    /// <summary>
    /// Runs this component's own (bottom) waterfall step again, ending whatever waits above it: used when the guide
    /// took new answers from a message and must ask the next open question, or rebuild its result.
    /// </summary>
    protected Task<DialogTurnResult> RepeatOwnStepAsync(DialogContext dc, CancellationToken cancellationToken) =>
        RunInnerAsync(dc, inner => inner.RepeatBottomStepAsync(cancellationToken), cancellationToken);

    /// <summary>The values of this component's bottom waterfall (a guide's answers so far); null when there is none.</summary>
    protected DialogValues? OwnValues(DialogContext dc)
    {
        var inner = CreateInnerContext(dc, dc.ActiveDialog!);
        return inner.Stack.Count > 0 && inner.FindDialog(inner.Stack[0].Id) is WaterfallDialog
            ? new DialogValues(WaterfallDialog.ValuesOf(inner.Stack[0]))
            : null;
    }

    /// <summary>The id of the innermost dialog waiting inside this component (a prompt, usually).</summary>
    protected string? WaitingDialogId(DialogContext dc) => CreateInnerContext(dc, dc.ActiveDialog!).ActiveLeafDialog?.Id;

    /// <summary>True when the question waiting inside this component takes the turn's message as written (see <see cref="Dialog.TakesAsWritten"/>).</summary>
    protected bool WaitingQuestionTakesAsWritten(DialogContext dc) =>
        CreateInnerContext(dc, dc.ActiveDialog!).ActiveLeaf is not { } leaf || leaf.Dialog.TakesAsWritten(dc.Context, leaf.Instance);

    /// <summary>True when the question waiting inside this component can read an answer from the turn's message.</summary>
    protected Task<bool> WaitingQuestionCanReadAsync(DialogContext dc, CancellationToken cancellationToken) =>
        CreateInnerContext(dc, dc.ActiveDialog!).ActiveLeaf is { } leaf ? leaf.Dialog.CanReadAnswerAsync(dc.Context, leaf.Instance, cancellationToken) : Task.FromResult(true);

    /// <summary>The context for this component's inner stack, nested in <paramref name="outer"/>.</summary>
    internal DialogContext CreateInnerContext(DialogContext outer, DialogInstance instance) =>
        new(Dialogs, outer.Context, LoadInnerStack(instance), outer);

    /// <summary>
    /// The inner stack, kept in the instance's state as objects once read, so every context touching the component in
    /// this turn sees the same stack and the state's JSON is written from it only when the turn's state is saved.
    /// </summary>
    private static DialogState LoadInnerStack(DialogInstance instance) => instance.State.StackAt(InnerStackKey);

    /// <summary>Runs <paramref name="action"/> on the inner stack; when it had nothing to do, the turn ends waiting.</summary>
    private Task<DialogTurnResult> RunInnerOrWaitAsync(DialogContext outer, Func<DialogContext, Task<DialogTurnResult?>> action, CancellationToken cancellationToken) =>
        RunInnerAsync(outer, async inner => await action(inner).ConfigureAwait(false) ?? EndOfTurn, cancellationToken);

    private async Task<DialogTurnResult> RunInnerAsync(
        DialogContext outer,
        Func<DialogContext, Task<DialogTurnResult>> action,
        CancellationToken cancellationToken)
    {
        var instance = outer.ActiveDialog
            ?? throw new InvalidOperationException($"Component dialog '{Id}' is not on the stack.");
        var result = await action(CreateInnerContext(outer, instance)).ConfigureAwait(false);

        // When a cancel reached the outer stacks, this component is already gone from them: nothing to end.
        if (result.Status == DialogTurnStatus.Waiting || !ReferenceEquals(outer.ActiveDialog, instance))
        {
            return result;
        }

        var innerResult = result.Status == DialogTurnStatus.Cancelled ? null : result.Result;
        return await outer.EndDialogAsync(innerResult, cancellationToken).ConfigureAwait(false);
    }
}
