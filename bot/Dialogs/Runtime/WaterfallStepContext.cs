namespace CrossBorderBot.Dialogs;

/// <summary>What a waterfall step sees: the dialog context plus its position, options, values and the last answer.</summary>
public sealed class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _waterfall;
    private readonly DialogInstance _instance;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, DialogInstance instance, int index, DialogReason reason, object? result)
        : base(dc.Dialogs, dc.Context, dc.State, dc.Parent)
    {
        _waterfall = waterfall;
        _instance = instance;
        Index = index;
        Reason = reason;
        Result = result;
        Values = new DialogValues(WaterfallDialog.ValuesOf(instance));
    }

    /// <summary>The zero-based index of this step.</summary>
    public int Index { get; }

    /// <summary>Why this step runs (begin, a child ended, next, back...).</summary>
    public DialogReason Reason { get; }

    /// <summary>The previous step's child result (a prompt's answer) or the value passed to <see cref="NextAsync"/>.</summary>
    public object? Result { get; }

    /// <summary>Values kept for the rest of this waterfall (answers so far).</summary>
    public DialogValues Values { get; }

    /// <summary>The options the waterfall began with, as <typeparamref name="T"/> (also after a storage round-trip).</summary>
    public T? GetOptions<T>() => _instance.GetValue<T>("options");

    /// <summary><see cref="Result"/> as <typeparamref name="T"/>.</summary>
    public T? GetResult<T>() => DialogValueConverter.Convert<T>(Result);

    /// <summary>Skips to the next step in this turn, handing it <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was already called in step {Index} of '{_waterfall.Id}'.");
        }

        _nextCalled = true;
        return _waterfall.RunStepAsync(this, _instance, Index + 1, DialogReason.NextCalled, result, cancellationToken);
    }
}
