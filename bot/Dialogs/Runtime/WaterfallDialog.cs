namespace CrossBorderBot.Dialogs;

/// <summary>
/// A fixed sequence of steps. Each step usually asks one question (a prompt) and the next step receives the
/// answer. The current step index, the options, the values collected so far, and the steps that asked a question
/// (for "back") are all kept in the instance state, so a conversation continues correctly after a restart.
/// </summary>
public class WaterfallDialog : Dialog
{
    private const string StepIndexKey = "stepIndex";
    private const string OptionsKey = "options";
    private const string ValuesKey = "values";
    private const string HistoryKey = "asked";
    private const string StepNameKey = "stepName";

    private readonly IReadOnlyList<WaterfallStep> _steps;
    private readonly int? _version;
    private readonly IReadOnlyList<string>? _stepNames;
    private readonly Func<DialogValueMap, string?>? _stepNameOfUnnamedState;

    /// <summary>A waterfall whose <see cref="Version"/> is its number of steps.</summary>
    public WaterfallDialog(string id, IEnumerable<WaterfallStep> steps)
        : base(id)
    {
        ArgumentNullException.ThrowIfNull(steps);
        _steps = steps.ToList();
    }

    /// <summary>A waterfall with an explicit version: raise it when the steps change meaning without changing count.</summary>
    public WaterfallDialog(string id, IEnumerable<WaterfallStep> steps, int version)
        : this(id, steps)
    {
        _version = version;
    }

    /// <summary>
    /// A waterfall whose steps have stable names (one per step, unique): its state keeps the name of the step it waits at
    /// beside the index, so a conversation saved before a deployment that added, removed or moved steps resumes at the same
    /// step — the same question — instead of starting again (<see cref="TryAdoptStored"/>). A state saved before the steps
    /// had names (the old shape, index only) is placed by <paramref name="stepNameOfUnnamedState"/>, which names the step
    /// from the values kept (a guide knows which question waits); null when it cannot tell, and the conversation restarts.
    /// </summary>
    public WaterfallDialog(string id, IEnumerable<WaterfallStep> steps, IReadOnlyList<string> stepNames, Func<DialogValueMap, string?>? stepNameOfUnnamedState = null)
        : this(id, steps)
    {
        ArgumentNullException.ThrowIfNull(stepNames);
        if (stepNames.Count != _steps.Count || stepNames.Distinct(StringComparer.Ordinal).Count() != stepNames.Count)
        {
            throw new ArgumentException("One unique name per step.", nameof(stepNames));
        }

        _stepNames = stepNames;
        _stepNameOfUnnamedState = stepNameOfUnnamedState;
    }

    /// <summary>
    /// By default the number of steps, so adding or removing a step invalidates conversations saved in the
    /// middle of this waterfall (their step index would point at the wrong question).
    /// </summary>
    public override int Version => _version ?? _steps.Count;

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var instance = ActiveInstance(dc);
        instance.SetValue(OptionsKey, options);
        instance.State[ValuesKey] = new DialogValueMap();
        instance.State[HistoryKey] = new WaterfallHistory();
        return RunStepAsync(dc, instance, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <summary>A step that waited without starting a child receives the user's message as its result.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var activity = dc.Context.Activity;
        if (activity.Type != ActivityTypes.Message)
        {
            return Task.FromResult(EndOfTurn);
        }

        object? reply = string.IsNullOrEmpty(activity.Text) ? activity.Value : activity.Text;
        return ResumeDialogAsync(dc, DialogReason.ContinueCalled, reply, cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        var instance = ActiveInstance(dc);
        return RunStepAsync(dc, instance, instance.GetValue<int>(StepIndexKey) + 1, reason, result, cancellationToken);
    }

    internal override bool CanGoBack(DialogContext dc, DialogInstance instance) =>
        WaterfallHistory.Of(instance.State, HistoryKey).HasQuestionBefore(instance.GetValue<int>(StepIndexKey));

    /// <summary>
    /// True when every step that asks a question can run again with no result and the answers as they are (it skips
    /// what is known and asks what is open): then a waiting question can be asked again in a new language, or after
    /// answers changed. Off by default, because a step may act on the answer it receives (and must not run twice).
    /// </summary>
    public bool RepeatsSteps { get; init; }

    internal override bool CanRepeat(DialogContext dc, DialogInstance instance) => RepeatsSteps;

    /// <summary>
    /// Runs the current step again with the values as they are now and no result: a step that skips what is already
    /// known then asks the first question still open, in the turn's language.
    /// </summary>
    internal override Task<DialogTurnResult> RepeatAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var instance = ActiveInstance(dc);
        return RunStepAsync(dc, instance, instance.GetValue<int>(StepIndexKey), DialogReason.RepeatCalled, null, cancellationToken);
    }

    internal override Task<DialogTurnResult> GoBackAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var instance = ActiveInstance(dc);
        var earlier = EarlierQuestions(instance);
        var target = earlier[^1];

        // The target step runs again as it first did: with the values from before it ran (later answers are
        // forgotten) and the result it received then, since steps commonly store the previous answer and then ask.
        earlier.RemoveAt(earlier.Count - 1);
        WaterfallHistory.Of(instance.State, HistoryKey).Keep(earlier);
        instance.State[ValuesKey] = target.Values;
        return RunStepAsync(dc, instance, target.Step, DialogReason.BackCalled, target.Result, cancellationToken);
    }

    internal async Task<DialogTurnResult> RunStepAsync(
        DialogContext dc,
        DialogInstance instance,
        int index,
        DialogReason reason,
        object? result,
        CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
        }

        instance.SetValue(StepIndexKey, index);
        if (_stepNames is not null)
        {
            instance.SetValue(StepNameKey, _stepNames[index]);
        }

        var valuesBefore = ValuesOf(instance).Snapshot();
        var stepContext = new WaterfallStepContext(this, dc, instance, index, reason, result);
        var turn = await _steps[index](stepContext, cancellationToken).ConfigureAwait(false);

        // The step asked a question only if the turn stops here: still on the stack, at this same step. (A step
        // whose child finished at once has already run the following steps, which recorded themselves.)
        if (turn.Status == DialogTurnStatus.Waiting
            && dc.Stack.Contains(instance)
            && instance.GetValue<int>(StepIndexKey) == index)
        {
            WaterfallHistory.Of(instance.State, HistoryKey).Record(index, valuesBefore, result);
        }

        return turn;
    }

    /// <summary>
    /// A state saved by another version of this waterfall, taken up at the step of the same name: its index is moved to
    /// where that step is now and the instance takes the running version. The questions asked before ("back") are
    /// forgotten, since their step numbers are the old ones. False (the conversation starts again) when the steps have
    /// no names or the saved step is not found.
    /// </summary>
    internal override bool TryAdoptStored(DialogInstance instance)
    {
        if (_stepNames is null)
        {
            return false;
        }

        var name = instance.GetValue<string>(StepNameKey) ?? _stepNameOfUnnamedState?.Invoke(ValuesOf(instance));
        var index = name is null ? -1 : IndexOfStep(name);
        if (index < 0)
        {
            return false;
        }

        instance.SetValue(StepIndexKey, index);
        instance.SetValue(StepNameKey, name);
        instance.State[HistoryKey] = new WaterfallHistory();
        instance.Version = Version;
        return true;
    }

    private int IndexOfStep(string name)
    {
        for (var i = 0; i < _stepNames!.Count; i++)
        {
            if (string.Equals(_stepNames[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    internal static DialogValueMap ValuesOf(DialogInstance instance) => instance.State.MapAt(ValuesKey);

    private static DialogInstance ActiveInstance(DialogContext dc) =>
        dc.ActiveDialog ?? throw new InvalidOperationException("The waterfall is not on the stack.");

    /// <summary>The questions asked before the current one, oldest first.</summary>
    private static List<(int Step, DialogValueMap Values, object? Result)> EarlierQuestions(DialogInstance instance)
    {
        var history = WaterfallHistory.Of(instance.State, HistoryKey).Questions();
        if (history.Count > 0 && history[^1].Step == instance.GetValue<int>(StepIndexKey))
        {
            history.RemoveAt(history.Count - 1);
        }

        return history;
    }
}
