using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Storage;

/// <summary>
/// How bot state becomes JSON, shared by every provider so that switching provider never changes what a
/// turn reads back, and where a stored item keeps its ETag.
/// </summary>
internal static class BotStateJson
{
    /// <summary>The property that carries an item's ETag inside the stored JSON, as the SDK's storages name it.</summary>
    public const string ETagProperty = "eTag";

    // The whitespace JSON allows between tokens (the text form's TrimEnd trims these and other Unicode spaces, which
    // cannot stand between a JSON object's last value and its closing brace).
    private static ReadOnlySpan<byte> JsonWhitespace => " \t\r\n"u8;

    /// <summary>
    /// The serializer settings <c>MemoryStorage</c> documents (type names kept, nulls kept, except members marked to be
    /// left out while null: see <see cref="StateContractResolver"/>), plus a binder that limits type names to trusted
    /// assemblies. For any code that serializes values its own way.
    /// </summary>
    public static JsonSerializer CreateSerializer() => Create(TypeNameHandling.All);

    /// <summary>
    /// What the bot's own stores write with: the same, except type names only where reading needs them. Write with
    /// <see cref="Serialize"/> or <see cref="ToToken"/>, which name the root value's type too.
    /// </summary>
    /// <remarks>
    /// <see cref="TypeNameHandling.Auto"/> writes a <c>$type</c> where the declared type does not say what the value is
    /// (the state dictionary itself, each state object in it, an interface-typed property), which is all a read needs
    /// to rebuild the same types. <see cref="TypeNameHandling.All"/>, used before, also wrapped every typed list in
    /// <c>{"$type":…,"$values":[…]}</c> and named every typed object: about half of a saved plan's JSON, written and
    /// parsed on every save and load. State stored that way still reads the same (type names are honoured wherever
    /// present, through the same binder).
    /// </remarks>
    public static JsonSerializer CreateStoreSerializer() => Create(TypeNameHandling.Auto);

    private static JsonSerializer Create(TypeNameHandling typeNames) => JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = typeNames,
        SerializationBinder = StateSerializationBinder.Instance,
        ContractResolver = StateContractResolver.Instance,
        NullValueHandling = NullValueHandling.Include,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,

        // Json.NET would otherwise turn a string that looks like a date (a user's answer, say) into a DateTime
        // and, for a string-typed property, back into a differently formatted string. Typed DateTime and
        // DateTimeOffset properties still read back as dates.
        DateParseHandling = DateParseHandling.None,
    });

    /// <summary>
    /// Whether a value can carry an ETag: an <c>IStoreItem</c>, the dictionary <c>BotState</c> saves (so that
    /// conversation and user state get optimistic concurrency too), or a raw JSON object.
    /// </summary>
    public static bool CarriesETag(object value) =>
        value is Microsoft.Bot.Builder.IStoreItem or IDictionary<string, object> or JObject;

    /// <summary>The ETag a value brings to a write, or null when it brings none.</summary>
    public static string? ReadETag(object value, JToken serialized)
    {
        if (value is Microsoft.Bot.Builder.IStoreItem item)
        {
            return item.ETag;
        }

        if (CarriesETag(value) && serialized is JObject json)
        {
            foreach (var property in json.Properties())
            {
                if (string.Equals(property.Name, ETagProperty, StringComparison.OrdinalIgnoreCase))
                {
                    return property.Value.Type == JTokenType.String ? property.Value.Value<string>() : null;
                }
            }
        }

        return null;
    }

    /// <summary>The ETag a state dictionary brings to a write (its <c>eTag</c> entry in any spelling), or null.</summary>
    public static string? ReadETag(IDictionary<string, object> state)
    {
        foreach (var entry in state)
        {
            if (string.Equals(entry.Key, ETagProperty, StringComparison.OrdinalIgnoreCase))
            {
                return entry.Value as string;
            }
        }

        return null;
    }

    /// <summary>
    /// A shallow copy of a state dictionary carrying <paramref name="eTag"/> as its only ETag entry, last, as
    /// <see cref="StampETag"/> leaves the JSON; the caller's dictionary is not touched until its write is committed.
    /// </summary>
    public static Dictionary<string, object> WithETag(Dictionary<string, object> state, string eTag)
    {
        var copy = new Dictionary<string, object>(state.Count + 1, state.Comparer);
        foreach (var entry in state)
        {
            if (!string.Equals(entry.Key, ETagProperty, StringComparison.OrdinalIgnoreCase))
            {
                copy.Add(entry.Key, entry.Value);
            }
        }

        copy[ETagProperty] = eTag;
        return copy;
    }

    /// <summary>
    /// The stored text of a state body with <paramref name="eTag"/> as its last property, the same text
    /// <see cref="Serialize"/> makes of the state dictionary with its ETag entry last (see <see cref="WithETag"/>).
    /// </summary>
    public static string AppendETag(string body, string eTag) => Encoding.UTF8.GetString(AppendETag(Encoding.UTF8.GetBytes(body), eTag));

    /// <summary><see cref="AppendETag(string, string)"/> on UTF-8: one new array, the body copied into it once.</summary>
    public static byte[] AppendETag(ReadOnlySpan<byte> body, string eTag)
    {
        var end = body.LastIndexOf((byte)'}');
        if (end < 0)
        {
            throw new ArgumentException("A state body is a JSON object.", nameof(body));
        }

        var before = body[..end].TrimEnd(JsonWhitespace);
        var separator = before.Length > 0 && before[^1] == (byte)'{' ? 0 : 1;
        var suffix = ETagSuffix(eTag);
        var document = new byte[before.Length + separator + suffix.Length];
        before.CopyTo(document);
        if (separator == 1)
        {
            document[before.Length] = (byte)',';
        }

        suffix.CopyTo(document.AsSpan(before.Length + separator));
        return document;
    }

    /// <summary>
    /// How many bytes <see cref="AppendETag(ReadOnlySpan{byte}, string)"/> adds to <paramref name="body"/> for an ETag of
    /// <paramref name="eTagLength"/> ASCII characters, when the body ends with its closing brace right after its last
    /// value (the state codec's compact form); -1 otherwise.
    /// </summary>
    public static int ETagGrowth(ReadOnlySpan<byte> body, int eTagLength)
    {
        if (body.Length < 2 || body[^1] != (byte)'}' || JsonWhitespace.Contains(body[^2]))
        {
            return -1;
        }

        var separator = body[^2] == (byte)'{' ? 0 : 1;
        return separator + ETagSuffixLength(eTagLength) - 1;
    }

    /// <summary>
    /// <see cref="AppendETag(ReadOnlySpan{byte}, string)"/> written in place: <paramref name="document"/> holds the body in
    /// its first <paramref name="bodyLength"/> bytes followed by exactly <see cref="ETagGrowth"/> more, and becomes the
    /// same bytes that method returns. False, with the document untouched, when the body or the room does not fit.
    /// </summary>
    public static bool TryAppendETagInPlace(Span<byte> document, int bodyLength, string eTag)
    {
        ArgumentNullException.ThrowIfNull(eTag);
        if (bodyLength > document.Length || !System.Text.Ascii.IsValid(eTag)
            || ETagGrowth(document[..bodyLength], eTag.Length) is var growth && (growth < 0 || document.Length != bodyLength + growth))
        {
            return false;
        }

        // The body's closing brace becomes the separator (none after an empty object's opening brace) or the suffix's start.
        var at = bodyLength - 1;
        if (document[at - 1] != (byte)'{')
        {
            document[at++] = (byte)',';
        }

        at += Encoding.ASCII.GetBytes("\"" + ETagProperty + "\":\"", document[at..]);
        at += Encoding.ASCII.GetBytes(eTag, document[at..]);
        "\"}"u8.CopyTo(document[at..]);
        return true;
    }

    /// <summary>
    /// The body of stored state text written by <see cref="AppendETag(string, string)"/> (or by <see cref="WithETag"/> and
    /// <see cref="Serialize"/>): the text without its last <c>eTag</c> property. Null when the text is not in that form
    /// (written by an older version): the caller then treats the state as changed and writes it in the current form.
    /// </summary>
    public static string? BodyWithoutETag(string document, string eTag)
    {
        var suffix = "\"" + ETagProperty + "\":\"" + eTag + "\"}";
        var text = document.AsSpan().TrimEnd();
        if (!text.EndsWith(suffix, StringComparison.Ordinal))
        {
            return null;
        }

        var before = text[..^suffix.Length];
        if (before.Length > 0 && before[^1] == ',')
        {
            return string.Concat(before[..^1], "}");
        }

        return before.Length > 0 && before[^1] == '{' ? string.Concat(before, "}") : null;
    }

    /// <summary>
    /// True when <paramref name="body"/> is <see cref="BodyWithoutETag"/> of <paramref name="document"/>, both UTF-8,
    /// compared in place (a large state is not copied or turned into text to be compared).
    /// </summary>
    public static bool IsBodyOf(ReadOnlySpan<byte> document, string eTag, ReadOnlySpan<byte> body)
    {
        var text = document.TrimEnd(JsonWhitespace);
        var suffix = ETagSuffix(eTag);
        if (!text.EndsWith(suffix))
        {
            return false;
        }

        var before = text[..^suffix.Length];
        if (before.Length == 0 || (before[^1] != (byte)',' && before[^1] != (byte)'{'))
        {
            return false;
        }

        // Stored "…,"eTag":"x"}" has the body "…}"; stored "{"eTag":"x"}" has the body "{}".
        var kept = before[^1] == (byte)',' ? before[..^1] : before;
        return body.Length == kept.Length + 1 && body[^1] == (byte)'}' && body[..^1].SequenceEqual(kept);
    }

    /// <summary>Serializes a value to compact JSON text with the given (state) serializer.</summary>
    public static string Serialize(object value, JsonSerializer serializer)
    {
        var text = new StringWriter(new System.Text.StringBuilder(1024), System.Globalization.CultureInfo.InvariantCulture);
        using (var writer = new JsonTextWriter(text) { Formatting = Formatting.None })
        {
            serializer.Serialize(writer, value, typeof(object));
        }

        return text.ToString();
    }

    /// <summary>Serializes a value to a JSON tree with the given (state) serializer, naming the root's type.</summary>
    public static JToken ToToken(object value, JsonSerializer serializer)
    {
        using var writer = new JTokenWriter();
        serializer.Serialize(writer, value, typeof(object));
        return writer.Token ?? JValue.CreateNull();
    }

    /// <summary>Puts the new ETag into the JSON to be stored, replacing any other spelling of the property.</summary>
    public static void StampETag(JObject json, string eTag)
    {
        RemoveETagProperties(json);
        json[ETagProperty] = eTag;
    }

    /// <summary>Gives the caller's object the ETag its stored copy now has, so it can be written again.</summary>
    public static void SetETagOnValue(object value, string eTag)
    {
        switch (value)
        {
            case Microsoft.Bot.Builder.IStoreItem item:
                item.ETag = eTag;
                break;
            case JObject json:
                StampETag(json, eTag);
                break;
            case IDictionary<string, object> dictionary when !dictionary.IsReadOnly:
                foreach (var key in dictionary.Keys.Where(k => string.Equals(k, ETagProperty, StringComparison.OrdinalIgnoreCase)).ToList())
                {
                    dictionary.Remove(key);
                }

                dictionary[ETagProperty] = eTag;
                break;
        }
    }

    // The last property a store appends to a body: "eTag":"<eTag>"} as UTF-8.
    private static byte[] ETagSuffix(string eTag) => Encoding.UTF8.GetBytes("\"" + ETagProperty + "\":\"" + eTag + "\"}");

    // The length of that suffix for an ASCII ETag of eTagLength characters: the quoted name, colon, quoted tag and brace.
    private static int ETagSuffixLength(int eTagLength) => ETagProperty.Length + eTagLength + 6;

    private static void RemoveETagProperties(JObject json)
    {
        foreach (var property in json.Properties().Where(p => string.Equals(p.Name, ETagProperty, StringComparison.OrdinalIgnoreCase)).ToList())
        {
            property.Remove();
        }
    }
}
