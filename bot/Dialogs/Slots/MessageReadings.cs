using System.Runtime.CompilerServices;

namespace CrossBorderBot.Dialogs.Slots;

/// <summary>
/// Readings of the messages read lately, so that readers asking the same thing of the same message in one turn compute
/// it once: the router asks whether the running guide reads the message (no question waiting), then the guide takes it
/// with its question waiting, and the parts of a reading that do not depend on the question (the places named, each
/// slot's clear phrases) were read twice.
/// </summary>
/// <remarks>
/// Keyed by the string object, not by its text: an incoming message is a new string, so its readings go with it. The
/// recognizer keeps the readings of short messages with their text (<c>RecognitionMemo</c>), and such a string comes back
/// in later turns with the same readings here. A fixed number of messages is kept (each in the slot of its identity
/// hash, a later one taking the slot), so memory does not grow with the messages read; a weak table did, under load.
/// One reading is kept per key: a reading that also depends on an object other than the text (the turn's entities) is
/// kept with that object and read again for another. A reading kept here must be a function of the text, the key and
/// that object alone, and must not be changed by its users.
/// </remarks>
public sealed class MessageReadings<TKey, TValue>
    where TKey : notnull
{
    /// <summary>Messages kept: several times the turns a busy instance has in flight at once.</summary>
    private const int Slots = 256;

    private readonly Entry?[] _entries = new Entry?[Slots];

    /// <summary>
    /// The reading of <paramref name="message"/> for <paramref name="key"/> (and <paramref name="readFor"/>, compared by
    /// reference), read by <paramref name="read"/> when not kept.
    /// </summary>
    public TValue Get(string message, TKey key, object? readFor, Func<TKey, TValue> read)
    {
        var slot = (RuntimeHelpers.GetHashCode(message) & int.MaxValue) % Slots;
        var entry = Volatile.Read(ref _entries[slot]);
        if (entry is not null && ReferenceEquals(entry.Message, message))
        {
            lock (entry)
            {
                if (entry.Readings.TryGetValue(key, out var known) && ReferenceEquals(known.For, readFor))
                {
                    return known.Value;
                }
            }
        }
        else
        {
            entry = new Entry(message);
            Volatile.Write(ref _entries[slot], entry);
        }

        // Read outside the lock: a reading may read other messages (a mended spelling) through the same memo.
        var value = read(key);
        lock (entry)
        {
            entry.Readings[key] = (readFor, value);
        }

        return value;
    }

    private sealed class Entry(string message)
    {
        public string Message { get; } = message;

        public Dictionary<TKey, (object? For, TValue Value)> Readings { get; } = [];
    }
}
