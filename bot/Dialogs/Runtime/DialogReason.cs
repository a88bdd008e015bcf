namespace CrossBorderBot.Dialogs;

/// <summary>Why a dialog is being resumed or ended.</summary>
public enum DialogReason
{
    BeginCalled,
    ContinueCalled,
    EndCalled,
    ReplaceCalled,
    CancelCalled,
    NextCalled,
    BackCalled,

    /// <summary>The current question is asked again from its step (a new language, or answers changed meanwhile).</summary>
    RepeatCalled,
}
