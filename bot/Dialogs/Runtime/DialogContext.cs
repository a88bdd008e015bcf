using CrossBorderBot.Dialogs.Prompts;

namespace CrossBorderBot.Dialogs;

/// <summary>
/// Runs dialogs on one stack for one turn. The root context works on the stack kept in conversation state; a
/// component dialog runs its children on an inner context whose <see cref="Parent"/> is the outer one.
/// </summary>
public class DialogContext
{
    public DialogContext(DialogSet dialogs, ITurnContext context, DialogState state, DialogContext? parent = null)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(state);
        Dialogs = dialogs;
        Context = context;
        State = state;
        Parent = parent;
    }

    public DialogSet Dialogs { get; }

    public ITurnContext Context { get; }

    /// <summary>The context of the component dialog this context runs inside; null for the root.</summary>
    public DialogContext? Parent { get; }

    /// <summary>The stack: index 0 is the outermost dialog, the last item the active one.</summary>
    public List<DialogInstance> Stack => State.DialogStack;

    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[^1] : null;

    /// <summary>Ids of every running dialog, outermost first, including the inner stacks of component dialogs.</summary>
    public IReadOnlyList<string> ActiveDialogIds
    {
        get
        {
            var ids = new List<string>(Stack.Count + 4);
            AddActiveDialogIds(ids);
            return ids;
        }
    }

    // Read several times a turn (where the conversation stands, going back, a detour): one list filled on the way down
    // the inner stacks, instead of a list for each component's stack copied into the one above it.
    private void AddActiveDialogIds(List<string> ids)
    {
        foreach (var instance in Stack)
        {
            ids.Add(instance.Id);
            if (FindDialog(instance.Id) is ComponentDialog component)
            {
                component.CreateInnerContext(this, instance).AddActiveDialogIds(ids);
            }
        }
    }

    /// <summary>
    /// The innermost active dialog, looking inside component dialogs: the one actually waiting for the user (a prompt,
    /// usually). Lets the layer above decide whether a message is an answer or a question asked in passing.
    /// </summary>
    public Dialog? ActiveLeafDialog
    {
        get
        {
            if (ActiveDialog is not { } instance || FindDialog(instance.Id) is not { } dialog)
            {
                return null;
            }

            return dialog is ComponentDialog component
                ? component.CreateInnerContext(this, instance).ActiveLeafDialog ?? dialog
                : dialog;
        }
    }

    /// <summary>The innermost dialog waiting with its instance (a prompt and its options, usually); null when none.</summary>
    internal (Dialog Dialog, DialogInstance Instance)? ActiveLeaf
    {
        get
        {
            if (ActiveDialog is not { } instance || FindDialog(instance.Id) is not { } dialog)
            {
                return null;
            }

            return dialog is ComponentDialog component ? component.CreateInnerContext(this, instance).ActiveLeaf ?? (dialog, instance) : (dialog, instance);
        }
    }

    internal DialogState State { get; }

    /// <summary>Finds a dialog in this context's set or, failing that, in the sets of the enclosing contexts.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    /// <summary>Pushes a new instance of the dialog and begins it.</summary>
    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        var dialog = FindDialog(dialogId)
            ?? throw new InvalidOperationException($"No dialog with id '{dialogId}' was added to the dialog set.");
        Stack.Add(new DialogInstance { Id = dialog.Id, Version = dialog.Version });
        return await dialog.BeginDialogAsync(this, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Begins a prompt: the same as <see cref="BeginDialogAsync"/>, with the options typed.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>
    /// Passes the user's message to the active dialog. Throws <see cref="DialogStateMismatchException"/> before
    /// running anything when a saved instance no longer matches the registered dialogs.
    /// </summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        EnsureStackMatchesDialogs();
        if (ActiveDialog is not { } active)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        return await GetDialog(active).ContinueDialogAsync(this, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the active dialog and resumes the one below it with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not null)
        {
            await EndActiveDialogAsync(DialogReason.EndCalled, cancellationToken).ConfigureAwait(false);
        }

        if (ActiveDialog is { } parent)
        {
            return await GetDialog(parent).ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken).ConfigureAwait(false);
        }

        return new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    /// <summary>Ends the active dialog without resuming the one below: the one below then takes this turn's message itself.</summary>
    public async Task EndWithoutResumingAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not null)
        {
            await EndActiveDialogAsync(DialogReason.EndCalled, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Ends the active dialog without resuming the one below, and begins another in its place.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not null)
        {
            await EndActiveDialogAsync(DialogReason.ReplaceCalled, cancellationToken).ConfigureAwait(false);
        }

        return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Cancels every dialog on this stack and on the stacks of the enclosing component dialogs.</summary>
    public Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default) =>
        CancelAllDialogsAsync(cancelParents: true, cancellationToken);

    /// <summary>Cancels every dialog on this stack and, when <paramref name="cancelParents"/>, on the enclosing stacks.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(bool cancelParents, CancellationToken cancellationToken = default)
    {
        var cancelled = Stack.Count > 0;
        while (ActiveDialog is not null)
        {
            await EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
        }

        if (cancelParents && Parent is not null)
        {
            var outer = await Parent.CancelAllDialogsAsync(cancelParents: true, cancellationToken).ConfigureAwait(false);
            cancelled |= outer.Status == DialogTurnStatus.Cancelled;
        }

        return new DialogTurnResult(cancelled ? DialogTurnStatus.Cancelled : DialogTurnStatus.Empty);
    }

    /// <summary>Asks the active dialog to repeat its question.</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is { } active)
        {
            await GetDialog(active).RepromptDialogAsync(Context, active, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// "Back": the innermost waterfall that asked an earlier question cancels whatever is waiting above it and
    /// asks that earlier question again, forgetting the answers given since. Returns false, changing nothing,
    /// when no earlier question exists.
    /// </summary>
    public async Task<bool> GoBackAsync(CancellationToken cancellationToken = default) =>
        await TryGoBackAsync(cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>
    /// The innermost context, looking inside component dialogs along the active path, whose active dialog is
    /// <paramref name="dialogId"/>: the context a component reads its own state from. Null when it is not active.
    /// </summary>
    public DialogContext? ContextOf(string dialogId)
    {
        if (ActiveDialog is not { } instance || FindDialog(instance.Id) is not { } dialog)
        {
            return null;
        }

        var inner = dialog is ComponentDialog component ? component.CreateInnerContext(this, instance).ContextOf(dialogId) : null;
        return inner ?? (instance.Id == dialogId ? this : null);
    }

    /// <summary>Drops the whole stack without calling any dialog: the way out of a stack that cannot be read.</summary>
    public void ClearStack() => Stack.Clear();

    /// <summary>Goes back as <see cref="GoBackAsync"/> does; returns the turn result, or null when nothing changed.</summary>
    internal async Task<DialogTurnResult?> TryGoBackAsync(CancellationToken cancellationToken)
    {
        EnsureStackMatchesDialogs();
        for (var index = Stack.Count - 1; index >= 0; index--)
        {
            var dialog = GetDialog(Stack[index]);
            if (!dialog.CanGoBack(this, Stack[index]))
            {
                continue;
            }

            // Whatever waits above the dialog that goes back (a prompt, a child waterfall) answers a later question.

            while (Stack.Count - 1 > index)
            {
                await EndActiveDialogAsync(DialogReason.BackCalled, cancellationToken).ConfigureAwait(false);
            }

            return await dialog.GoBackAsync(this, cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    /// <summary>
    /// Asks the question that is waiting again, from the innermost waterfall step that asked it, so it is rebuilt in
    /// the turn's language with the answers as they are now. Returns false, changing nothing, when nothing waits.
    /// </summary>
    public async Task<bool> RepeatQuestionAsync(CancellationToken cancellationToken = default) =>
        await TryRepeatAsync(cancellationToken).ConfigureAwait(false) is not null;

    internal async Task<DialogTurnResult?> TryRepeatAsync(CancellationToken cancellationToken)
    {
        EnsureStackMatchesDialogs();
        for (var index = Stack.Count - 1; index >= 0; index--)
        {
            var dialog = GetDialog(Stack[index]);
            if (!dialog.CanRepeat(this, Stack[index]))
            {
                // Only a question may be asked again from the step below it; another dialog keeps its own place.
                if (dialog.IsQuestion)
                {
                    continue;
                }

                return null;
            }

            while (Stack.Count - 1 > index)
            {
                await EndActiveDialogAsync(DialogReason.RepeatCalled, cancellationToken).ConfigureAwait(false);
            }

            return await dialog.RepeatAsync(this, cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    /// <summary>Runs the current step of the waterfall at the bottom of this stack again, ending everything above it.</summary>
    internal async Task<DialogTurnResult> RepeatBottomStepAsync(CancellationToken cancellationToken)
    {
        EnsureStackMatchesDialogs();
        if (Stack.Count == 0 || GetDialog(Stack[0]) is not WaterfallDialog waterfall)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        while (Stack.Count > 1)
        {
            await EndActiveDialogAsync(DialogReason.RepeatCalled, cancellationToken).ConfigureAwait(false);
        }

        return await waterfall.RepeatAsync(this, cancellationToken).ConfigureAwait(false);
    }

    internal bool CanRepeat()
    {
        for (var index = Stack.Count - 1; index >= 0; index--)
        {
            if (FindDialog(Stack[index].Id) is not { } dialog)
            {
                return false;
            }

            if (dialog.CanRepeat(this, Stack[index]))
            {
                return true;
            }

            if (!dialog.IsQuestion)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether any dialog on this stack has an earlier question to go back to.</summary>
    internal bool CanGoBack() =>
        Stack.Any(instance => FindDialog(instance.Id) is { } dialog && dialog.CanGoBack(this, instance));

    private async Task EndActiveDialogAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        var instance = Stack[^1];

        // Cancelling must work even for instances whose dialog is gone, so a missing dialog is not an error here.
        if (FindDialog(instance.Id) is { } dialog)
        {
            await dialog.EndDialogAsync(Context, instance, reason, cancellationToken).ConfigureAwait(false);
        }

        // The dialog's clean-up may itself have changed the stack; remove this instance, wherever it is now.
        var position = Stack.LastIndexOf(instance);
        if (position >= 0)
        {
            Stack.RemoveAt(position);
        }
    }

    private Dialog GetDialog(DialogInstance instance) =>
        FindDialog(instance.Id) ?? throw new DialogStateMismatchException(instance.Id, instance.Version, null);

    private void EnsureStackMatchesDialogs()
    {
        foreach (var instance in Stack)
        {
            var dialog = GetDialog(instance);
            if (dialog.Version != instance.Version && !dialog.TryAdoptStored(instance))
            {
                throw new DialogStateMismatchException(instance.Id, instance.Version, dialog.Version);
            }
        }
    }
}
