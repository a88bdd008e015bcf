using System.Runtime.CompilerServices;

namespace CrossBorderBot.Dialogs.Slots;

/// <summary>
/// Readings of a message kept while the message's string lives, so that readers asking the same thing of the same
/// message in one turn compute it once: the router asks whether the running guide reads the message (no question
/// waiting), then the guide takes it with its question waiting, and the parts of a reading that do not depend on the
/// question (the places named, each slot's clear phrases) were read twice.
/// </summary>
/// <remarks>
/// Keyed by the string object, not by its text: every incoming message is a new string, so a reading never carries over
/// to another turn or another user who sends the same words, and memory is given back with the message. A reading kept
/// here must be a function of the message and <typeparamref name="TKey"/> alone, and must not be changed by its users.
/// </remarks>
public sealed class MessageReadings<TKey, TValue>
    where TKey : notnull
{
    private readonly ConditionalWeakTable<string, Dictionary<TKey, TValue>> _byMessage = new();

    /// <summary>The reading of <paramref name="message"/> for <paramref name="key"/>, read by <paramref name="read"/> the first time.</summary>
    public TValue Get(string message, TKey key, Func<TKey, TValue> read)
    {
        var readings = _byMessage.GetValue(message, static _ => []);
        lock (readings)
        {
            if (readings.TryGetValue(key, out var known))
            {
                return known;
            }
        }

        // Read outside the lock: a reading may read other messages (a mended spelling) through the same memo.
        var value = read(key);
        lock (readings)
        {
            readings.TryAdd(key, value);
        }

        return value;
    }
}
