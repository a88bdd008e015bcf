using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Storage;

/// <summary>
/// Turns state into the JSON text the shared stores (PostgreSQL, Azure Blob) keep and back, with the same serializer
/// as the SQLite store, so that switching provider changes where state lives, never what a turn reads back.
/// </summary>
/// <remarks>
/// The ETag is not part of the stored text: the store issues it (a version number, a blob ETag) and it is put into
/// the JSON on the way out. A value that can carry an ETag is written with an empty <c>eTag</c> property as a marker,
/// so a read knows where the store's ETag belongs and leaves other values untouched.
/// </remarks>
internal sealed class StoredDocumentCodec
{
    /// <summary>The <c>eTag</c> value stored in the text: empty, a marker that the store's own ETag goes there when read.</summary>
    public const string ETagMarker = "";

    private readonly JsonSerializer _serializer = CreateSerializer();

    /// <summary>Serializes one value of a write and notes the ETag it brings (null or <c>*</c> = overwrite).</summary>
    public StoredDocument Encode(string key, object value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        var json = BotStateJson.ToToken(value, _serializer);
        var expected = BotStateJson.ReadETag(value, json);
        if (BotStateJson.CarriesETag(value) && json is JObject jsonObject)
        {
            BotStateJson.StampETag(jsonObject, ETagMarker);
        }

        return new StoredDocument(key, value, json.ToString(Formatting.None), string.IsNullOrEmpty(expected) || expected == "*" ? null : expected);
    }

    /// <summary>Reads a stored document back into the object it was written from, carrying the store's ETag.</summary>
    /// <exception cref="StorageReadException">The document is damaged or names a type that may not be loaded.</exception>
    public object? Decode(string key, string document, string eTag)
    {
        try
        {
            using var reader = new JsonTextReader(new StringReader(document)) { DateParseHandling = DateParseHandling.None };
            var json = JToken.ReadFrom(reader);
            if (json is JObject jsonObject && jsonObject.Properties().Any(p => string.Equals(p.Name, BotStateJson.ETagProperty, StringComparison.OrdinalIgnoreCase)))
            {
                BotStateJson.StampETag(jsonObject, eTag);
            }

            return json.ToObject<object>(_serializer);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new StorageReadException(key, ex);
        }
    }

    /// <summary>After a successful write, gives the caller's object the ETag the store issued.</summary>
    public static void StampWrittenValue(StoredDocument written, string eTag)
    {
        if (BotStateJson.CarriesETag(written.Value))
        {
            BotStateJson.SetETagOnValue(written.Value, eTag);
        }
    }

    private static JsonSerializer CreateSerializer()
    {
        var serializer = BotStateJson.CreateStoreSerializer();

        // PostgreSQL's jsonb keeps object keys in its own order, so "$type" may no longer come first.
        serializer.MetadataPropertyHandling = MetadataPropertyHandling.ReadAhead;
        return serializer;
    }
}
