namespace CrossBorderBot.Dialogs.Slots;

/// <summary>The JSON shape of slot-vocabulary.json.</summary>
public sealed class SlotVocabularyFile
{
    public List<string> UnknownWords { get; set; } = [];

    public Dictionary<string, SlotWords> Slots { get; set; } = [];
}
