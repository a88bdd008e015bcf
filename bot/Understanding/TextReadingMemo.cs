using System.Collections.Concurrent;

namespace CrossBorderBot.Understanding;

/// <summary>
/// Readings that depend on a message's text alone, kept by exact text (and a key, when one reading has variants), so a
/// short reply that comes again from every conversation ("yes", "standard", "thanks", "好的") is read once. Only texts up
/// to a given length are kept; longer ones are read every time (they rarely repeat). Bounded like
/// <see cref="RecognitionMemo"/>: when full it is emptied and fills again. A kept value is shared by every caller, so it
/// must not be changed by them.
/// </summary>
public sealed class TextReadingMemo<TKey, TValue>(int maxTextLength, int capacity = 2048)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<(string Text, TKey Key), TValue> _readings = new();

    /// <summary>The reading of <paramref name="text"/> for <paramref name="key"/>, read by <paramref name="read"/> when not kept.</summary>
    public TValue Get(string? text, TKey key, Func<string?, TKey, TValue> read)
    {
        if (text is null || text.Length > maxTextLength)
        {
            return read(text, key);
        }

        if (_readings.TryGetValue((text, key), out var kept))
        {
            return kept;
        }

        var value = read(text, key);
        if (_readings.Count >= capacity)
        {
            _readings.Clear();
        }

        _readings[(text, key)] = value;
        return value;
    }
}
