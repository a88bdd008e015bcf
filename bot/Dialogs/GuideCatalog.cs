namespace CrossBorderBot.Dialogs;

/// <summary>
/// Which dialog serves each menu entry. An entry with no registered guide is answered honestly as "not available
/// yet" by the menu.
/// </summary>
public sealed class GuideCatalog(IEnumerable<GuideRegistration> registrations)
{
    private readonly Dictionary<string, Dialog> _dialogByIntent = registrations.ToDictionary(registration => registration.Intent, registration => registration.Dialog, StringComparer.Ordinal);

    public IEnumerable<Dialog> Dialogs => _dialogByIntent.Values;

    public string? DialogIdFor(string intent) => _dialogByIntent.GetValueOrDefault(intent)?.Id;

    /// <summary>The menu entry (intent) a guide serves; null for a dialog that is not a guide.</summary>
    public string? IntentFor(string dialogId) => _dialogByIntent.FirstOrDefault(pair => pair.Value.Id == dialogId).Key;
}
