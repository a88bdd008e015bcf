using System.Collections.Concurrent;

namespace CrossBorderBot.Dialogs.Slots;

/// <summary>
/// The JSON shape of slot-vocabulary.json's "families": named lists of words a guide reads as one family — the words of a
/// result ("score", "结果", "出分"), of asking for it ("show", "看"), of stopping the questions ("that's all", "先这样"), of
/// asking where to begin ("where would we begin", "从哪开始") — each found in a normalized message by a finder built once.
/// Words are written as the vocabulary writes them: English ones match whole, "re:" entries are patterns.
/// </summary>
public sealed class WordFamilies : Dictionary<string, List<string>>
{
    private readonly ConcurrentDictionary<string, Regex> _finders = new(StringComparer.Ordinal);

    public WordFamilies()
        : base(StringComparer.Ordinal)
    {
    }

    /// <summary>True when the normalized <paramref name="normalized"/> holds a word of <paramref name="family"/>.</summary>
    public bool Has(string family, string normalized) =>
        TryGetValue(family, out var words) && words.Count > 0 && _finders.GetOrAdd(family, _ => SlotYesNoReader.Finder(words)).IsMatch(normalized);
}
