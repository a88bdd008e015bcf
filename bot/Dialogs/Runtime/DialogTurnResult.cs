namespace CrossBorderBot.Dialogs;

/// <summary>The outcome of a dialog call: a status and, when a dialog completed, its result.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null);
