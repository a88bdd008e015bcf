namespace CrossBorderBot.Dialogs;

/// <summary>
/// Which dialog serves each menu entry. An intent with no registered guide starts nothing: the menu shows its choices
/// again.
/// </summary>
public sealed class GuideCatalog(IEnumerable<GuideRegistration> registrations)
{
    private readonly Dictionary<string, Dialog> _dialogByIntent = registrations.ToDictionary(registration => registration.Intent, registration => registration.Dialog, StringComparer.Ordinal);

    public IEnumerable<Dialog> Dialogs => _dialogByIntent.Values;

    public string? DialogIdFor(string intent) => _dialogByIntent.GetValueOrDefault(intent)?.Id;

    /// <summary>The menu entry (intent) a guide serves; null for a dialog that is not a guide.</summary>
    public string? IntentFor(string dialogId) => _dialogByIntent.FirstOrDefault(pair => pair.Value.Id == dialogId).Key;
}
