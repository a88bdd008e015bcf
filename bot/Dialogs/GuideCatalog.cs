using CrossBorderBot.Conversation;

namespace CrossBorderBot.Dialogs;

/// <summary>
/// Which dialog serves each menu entry. An entry with no dialog yet is answered honestly as "not available yet"
/// by the menu; adding a guide means adding one line here and registering its dialog.
/// </summary>
public sealed class GuideCatalog
{
    private readonly Dictionary<string, string> _dialogByIntent = new(StringComparer.Ordinal)
    {
        [Intents.AskKnowledge] = DialogIds.AskQuestion,
    };

    public string? DialogIdFor(string intent) => _dialogByIntent.GetValueOrDefault(intent);
}
