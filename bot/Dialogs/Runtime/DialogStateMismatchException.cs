namespace CrossBorderBot.Dialogs;

/// <summary>
/// The persisted stack names a dialog that no longer exists, or was saved by another version of it (a deployment
/// changed the dialogs while a conversation was in the middle of one). The caller apologises, calls
/// <see cref="DialogContext.ClearStack"/> and starts again.
/// </summary>
public sealed class DialogStateMismatchException : Exception
{
    public DialogStateMismatchException(string dialogId, int? persistedVersion, int? currentVersion)
        : base(BuildMessage(dialogId, persistedVersion, currentVersion))
    {
        DialogId = dialogId;
        PersistedVersion = persistedVersion;
        CurrentVersion = currentVersion;
    }

    /// <summary>The id found in the persisted stack.</summary>
    public string DialogId { get; }

    public int? PersistedVersion { get; }

    /// <summary>The version of the dialog now registered; null when no dialog has that id any more.</summary>
    public int? CurrentVersion { get; }

    private static string BuildMessage(string dialogId, int? persisted, int? current) => current is null
        ? $"The saved conversation refers to dialog '{dialogId}', which no longer exists."
        : $"The saved conversation was in dialog '{dialogId}' version {persisted}, but version {current} is now running.";
}
