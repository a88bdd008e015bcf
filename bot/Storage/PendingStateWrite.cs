using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Storage;

/// <summary>One key's change, serialized and with its ETags worked out, ready for a transaction.</summary>
/// <param name="Key">The storage key.</param>
/// <param name="Value">The caller's object, which gets the new ETag once the write is committed; null for a delete.</param>
/// <param name="Document">The JSON to store, as UTF-8; null deletes the row.</param>
/// <param name="ExpectedETag">The ETag the caller read, or null / <c>*</c> for an unconditional write.</param>
/// <param name="NewETag">The ETag the stored item gets.</param>
internal sealed record PendingStateWrite(string Key, object? Value, byte[]? Document, string? ExpectedETag, string? NewETag)
{
    /// <summary>A write that must match the stored ETag; <c>*</c> or no ETag means "overwrite".</summary>
    public bool IsConditional => !string.IsNullOrEmpty(ExpectedETag) && ExpectedETag != "*";

    /// <summary>Removes the row whatever its ETag.</summary>
    public static PendingStateWrite Delete(string key) => new(key, null, null, null, null);

    /// <summary>The writes of state bodies (<see cref="IBotStateDocumentStore.WriteStateAsync"/>), each with a new ETag appended.</summary>
    public static List<PendingStateWrite> ForStateBodies(IReadOnlyList<BotStateWrite> writes, out string[] eTags)
    {
        var pending = new List<PendingStateWrite>(writes.Count);
        eTags = new string[writes.Count];
        for (var i = 0; i < writes.Count; i++)
        {
            eTags[i] = CreateETag();
            pending.Add(new PendingStateWrite(writes[i].Key, Value: null, writes[i].DocumentWithETag(eTags[i]), writes[i].ExpectedETag, eTags[i]));
        }

        return pending;
    }

    public static PendingStateWrite Create(string key, object? value, JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (value is null)
        {
            // MemoryStorage keeps a null and reads skip it; deleting the row means the same to readers.
            return Delete(key);
        }

        var newETag = CreateETag();

        // BotState saves its property dictionary: written by the state codec (the JSON Json.NET's serializer gives it,
        // without running it), with the new ETag as its last property.
        if (value is StateDictionary || value.GetType() == typeof(Dictionary<string, object>))
        {
            var state = (IDictionary<string, object>)value;
            return new PendingStateWrite(key, value, BotStateJson.AppendETag(StateDocument.WriteUtf8(state), newETag), BotStateJson.ReadETag(state), newETag);
        }

        var json = BotStateJson.ToToken(value, serializer);
        var expected = BotStateJson.ReadETag(value, json);
        if (BotStateJson.CarriesETag(value) && json is JObject jsonObject)
        {
            BotStateJson.StampETag(jsonObject, newETag);
        }

        return new PendingStateWrite(key, value, System.Text.Encoding.UTF8.GetBytes(json.ToString(Formatting.None)), expected, newETag);
    }

    // A fresh random tag, not a counter, so a tag from before a delete can never match a later item: 128 random bits
    // written as 32 lower-case hex digits, the form Guid.NewGuid().ToString("N") gave. The bits come from the runtime's
    // fast generator (seeded at random per process), not the operating system's secure one: a tag must not repeat, it
    // need not be secret, and Guid.NewGuid's call into the secure generator was about 1 % of a turn on SQLite.
    internal const int ETagLength = 32;

    private static string CreateETag()
    {
        Span<byte> bits = stackalloc byte[16];
        Random.Shared.NextBytes(bits);
        return Convert.ToHexStringLower(bits);
    }

    /// <summary>Gives the caller's object the ETag its stored copy now has (only after the commit).</summary>
    public void StampCallerValue()
    {
        if (Value is not null && NewETag is not null)
        {
            BotStateJson.SetETagOnValue(Value, NewETag);
        }
    }
}
