using System.Buffers;
using System.Text.Json;

namespace CrossBorderBot.Storage;

/// <summary>
/// A state scope's stored JSON (<c>{"$type":"…Dictionary…","DialogState":{…},…,"eTag":"…"}</c>) read into a
/// <see cref="StateDictionary"/> and written back, with System.Text.Json instead of Json.NET's serializer. The text is
/// the one Json.NET's state serializer writes for the same state, so state stored by earlier versions loads as before
/// and the SDK's own <c>IStorage</c> reads (Json.NET) read what is written here.
/// </summary>
internal static class StateDocument
{
    /// <summary>The <c>$type</c> Json.NET gives the state dictionary; taken from Json.NET once, so both always agree.</summary>
    public static readonly string RootTypeName = ReadRootTypeName();

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = StateValueCodecs.Encoder, SkipValidation = true };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>
    /// Reads a stored state dictionary, its values left as JSON until asked for, its ETag property left out. Null when
    /// the JSON is not a state dictionary in the form this reader knows (the caller then reads it with Json.NET).
    /// </summary>
    /// <exception cref="StorageReadException">The JSON is damaged or a value names a type state may not hold.</exception>
    public static StateDictionary? TryRead(string storageKey, ReadOnlyMemory<byte> utf8)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8.Span);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            var state = new StateDictionary(storageKey, capacity: 4);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                reader.Read();
                if (name == StateValueCodecs.TypeProperty)
                {
                    if (reader.TokenType != JsonTokenType.String || !reader.ValueTextEquals(RootTypeName))
                    {
                        return null;
                    }

                    continue;
                }

                var start = (int)reader.TokenStartIndex;
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    CheckTypeName(reader);
                }

                reader.Skip();
                if (!string.Equals(name, BotStateJson.ETagProperty, StringComparison.OrdinalIgnoreCase))
                {
                    state.AddStored(name, utf8[start..(int)reader.BytesConsumed]);
                }
            }

            return state;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new StorageReadException(storageKey, ex);
        }
    }

    /// <summary>The JSON of a state dictionary without any ETag property (the body a store appends its ETag to).</summary>
    public static string Write(IDictionary<string, object> state) => Encoding.UTF8.GetString(WriteUtf8(state));

    /// <summary>
    /// <see cref="Write"/> as UTF-8, in this thread's buffer: valid until the next call on this thread, so the caller
    /// compares or copies it before anything else serializes state (no text of a large state is ever made).
    /// </summary>
    public static ReadOnlySpan<byte> WriteUtf8(IDictionary<string, object> state)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        var writer = t_writer ??= new Utf8JsonWriter(buffer, WriterOptions);
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        writer.WriteStartObject();
        writer.WriteString(StateValueCodecs.TypeProperty, RootTypeName);
        if (state is StateDictionary stored)
        {
            stored.WriteValues(writer);
        }
        else
        {
            foreach (var (key, value) in state)
            {
                if (!string.Equals(key, BotStateJson.ETagProperty, StringComparison.OrdinalIgnoreCase))
                {
                    writer.WritePropertyName(key);
                    StateValueCodecs.Write(writer, value);
                }
            }
        }

        writer.WriteEndObject();
        writer.Flush();
        if (buffer.Capacity > 256 * 1024)
        {
            // One very large state should not keep a large buffer alive on this thread (the span returned still holds it).
            t_buffer = null;
            t_writer = null;
        }

        return buffer.WrittenSpan;
    }

    // A value's "$type" is checked while loading, before anything is built from it (a copied reader: the original
    // stays on the value's start so that it can skip the whole value).
    private static void CheckTypeName(Utf8JsonReader reader)
    {
        if (reader.Read() && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals(StateValueCodecs.TypeProperty)
            && reader.Read() && reader.TokenType == JsonTokenType.String)
        {
            StateValueCodecs.EnsureAllowedTypeName(reader.GetString()!);
        }
    }

    private static string ReadRootTypeName()
    {
        var json = BotStateJson.Serialize(new Dictionary<string, object>(), BotStateJson.CreateStoreSerializer());
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty(StateValueCodecs.TypeProperty).GetString()!;
    }
}
