using System.Runtime.CompilerServices;

namespace CrossBorderBot.Dialogs.Slots;

/// <summary>
/// Readings of a message kept while the message's string lives, so that readers asking the same thing of the same
/// message in one turn compute it once: the router asks whether the running guide reads the message (no question
/// waiting), then the guide takes it with its question waiting, and the parts of a reading that do not depend on the
/// question (the places named, each slot's clear phrases) were read twice.
/// </summary>
/// <remarks>
/// Keyed by the string object, not by its text: an incoming message is a new string, so its readings go with it. The
/// recognizer keeps the readings of short messages with their text (<c>RecognitionMemo</c>), and such a string comes back
/// in later turns with the same readings here, as bounded as that memo. One reading is kept per key: a reading that also
/// depends on an object other than the text (the turn's entities) is kept with that object and read again for another.
/// A reading kept here must be a function of the text, the key and that object alone, and must not be changed by its users.
/// </remarks>
public sealed class MessageReadings<TKey, TValue>
    where TKey : notnull
{
    private readonly ConditionalWeakTable<string, Dictionary<TKey, (object? For, TValue Value)>> _byMessage = new();

    /// <summary>
    /// The reading of <paramref name="message"/> for <paramref name="key"/> (and <paramref name="readFor"/>, compared by
    /// reference), read by <paramref name="read"/> when not kept.
    /// </summary>
    public TValue Get(string message, TKey key, object? readFor, Func<TKey, TValue> read)
    {
        var readings = _byMessage.GetValue(message, static _ => []);
        lock (readings)
        {
            if (readings.TryGetValue(key, out var known) && ReferenceEquals(known.For, readFor))
            {
                return known.Value;
            }
        }

        // Read outside the lock: a reading may read other messages (a mended spelling) through the same memo.
        var value = read(key);
        lock (readings)
        {
            readings[key] = (readFor, value);
        }

        return value;
    }
}
