using System.Collections.Concurrent;

namespace CrossBorderBot.Understanding;

/// <summary>
/// The recognizer's readings of short messages without digits, kept by culture and exact text. Most turns inside a
/// guide are such messages ("yes", "standard", "neither", "是的"), the same few words from every user, and reading one
/// (phrase index, issue-type patterns, slips, the intent model) cost as much as a quarter of a turn. Recognition is a
/// function of the text and the culture alone (the vocabulary and the model are fixed when the recognizer is built),
/// so a kept reading is the one a new run would give. Messages with digits (weights, sizes, prices) are not kept:
/// they rarely repeat between users. The memo is bounded: when full it is emptied and fills again.
/// </summary>
internal sealed class RecognitionMemo
{
    /// <summary>Longest message kept, in UTF-16 units: a choice, a short answer, a command.</summary>
    public const int MaxTextLength = 24;

    /// <summary>Readings kept at most (each a few hundred bytes).</summary>
    public const int Capacity = 1024;

    private readonly ConcurrentDictionary<(string Culture, string Text), RecognizedMessage> _readings = new();

    /// <summary>Readings kept now.</summary>
    public int Count => _readings.Count;

    /// <summary>True for a message whose reading is kept: short and without a digit.</summary>
    public static bool Keeps(string text) => text.Length <= MaxTextLength && !text.AsSpan().ContainsAnyInRange('0', '9');

    /// <summary>The kept reading of <paramref name="text"/>, as a message of its own (its entity lists are new lists).</summary>
    public RecognizedMessage? Find(string culture, string text) =>
        _readings.TryGetValue((culture, text), out var kept) ? Copy(kept) : null;

    /// <summary>Keeps <paramref name="message"/> as the reading of <paramref name="text"/>; returns the caller's own copy.</summary>
    public RecognizedMessage Keep(string culture, string text, RecognizedMessage message)
    {
        if (_readings.Count >= Capacity)
        {
            _readings.Clear();
        }

        _readings[(culture, text)] = message;
        return Copy(message);
    }

    // The lists of MessageEntities are mutable (they travel through dialog state as plain lists): each turn gets its
    // own, so nothing one turn does to them reaches the kept reading. The entities and the intent scores are immutable.
    private static RecognizedMessage Copy(RecognizedMessage kept) => kept with
    {
        Entities = kept.Entities with
        {
            Countries = [.. kept.Entities.Countries],
            Regions = [.. kept.Entities.Regions],
            Weights = [.. kept.Entities.Weights],
            Money = [.. kept.Entities.Money],
            Categories = [.. kept.Entities.Categories],
            IssueTypes = [.. kept.Entities.IssueTypes],
        },
    };
}
