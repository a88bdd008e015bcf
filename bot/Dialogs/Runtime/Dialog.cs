namespace CrossBorderBot.Dialogs;

/// <summary>
/// A unit of conversation that can span turns. Dialogs are stateless singletons: everything that must survive a
/// turn lives in the <see cref="DialogInstance"/> the <see cref="DialogContext"/> keeps on its stack.
/// </summary>
public abstract class Dialog
{
    /// <summary>The result a dialog returns when it waits for the user's next message.</summary>
    public static readonly DialogTurnResult EndOfTurn = new(DialogTurnStatus.Waiting);

    protected Dialog(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    public string Id { get; }

    /// <summary>
    /// Stamped on each instance when it begins. When a saved instance carries another version, the conversation
    /// cannot safely continue in this dialog, and <see cref="DialogContext.ContinueDialogAsync"/> throws
    /// <see cref="DialogStateMismatchException"/>. Raise it whenever the meaning of the saved state changes.
    /// </summary>
    public virtual int Version => 1;

    /// <summary>
    /// Takes up <paramref name="instance"/>, saved under another <see cref="Version"/> of this dialog, when the dialog can
    /// place it in its running shape (and sets its version); false when it cannot, and the conversation starts again.
    /// </summary>
    internal virtual bool TryAdoptStored(DialogInstance instance) => false;

    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken);

    /// <summary>The user sent something while this dialog was active. By default the dialog simply ends.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>A child this dialog started has ended with <paramref name="result"/>. By default this dialog ends with it.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Asks the user again for whatever this dialog is waiting for.</summary>
    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Called just before the instance leaves the stack, for clean-up.</summary>
    public virtual Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Whether this instance can move back to an earlier question (see <see cref="DialogContext.GoBackAsync"/>).</summary>
    internal virtual bool CanGoBack(DialogContext dc, DialogInstance instance) => false;

    /// <summary>True for prompts: a question that the step below it can ask again.</summary>
    internal virtual bool IsQuestion => false;

    /// <summary>
    /// True when this question would take the turn's message as written: one of its choices' names or numbers, a plain
    /// yes or no. False when an answer read from the message was the guide's interpretation of other words, which the
    /// guide then says back. Questions without such choices take what they read as written.
    /// </summary>
    internal virtual bool TakesAsWritten(ITurnContext turnContext, DialogInstance instance) => true;

    /// <summary>True when this question can read an answer from the turn's message at all (questions that are no prompts: always).</summary>
    internal virtual Task<bool> CanReadAnswerAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken) =>
        Task.FromResult(true);

    /// <summary>Whether this instance can ask its current question again from the step that asked it.</summary>
    internal virtual bool CanRepeat(DialogContext dc, DialogInstance instance) => false;

    /// <summary>Asks the current question again from its step; only called when <see cref="CanRepeat"/> said yes.</summary>
    internal virtual Task<DialogTurnResult> RepeatAsync(DialogContext dc, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"Dialog '{Id}' cannot repeat its step.");

    /// <summary>Moves the active instance back one question; only called when <see cref="CanGoBack"/> said yes.</summary>
    internal virtual Task<DialogTurnResult> GoBackAsync(DialogContext dc, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"Dialog '{Id}' cannot go back.");
}
