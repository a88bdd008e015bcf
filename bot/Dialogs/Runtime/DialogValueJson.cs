using System.Buffers;
using System.Text.Json;
using CrossBorderBot.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Dialogs;

/// <summary>
/// Reads and writes dialog state with System.Text.Json: a state object's values are cut out of the stored JSON as they
/// are (<see cref="DialogJsonValue"/>), and the written JSON is the one Json.NET's state serializer gave the same state
/// (<c>{"dialogStack":[{"id":…,"version":…,"state":{…}}]}</c>, values as <see cref="DialogValueConverter"/> writes them).
/// </summary>
internal static class DialogValueJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = Storage.StateValueCodecs.Encoder, SkipValidation = true };

    /// <summary>A state object's values, each still its stored JSON. <paramref name="utf8"/> is one JSON object and must not change afterwards.</summary>
    public static DialogValueMap ReadMap(ReadOnlyMemory<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8.Span);
        Expect(reader.Read() && reader.TokenType == JsonTokenType.StartObject, "A dialog state must be a JSON object.");
        var map = new DialogValueMap(capacity: 6);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            reader.Skip();

            // A repeated name replaces the earlier value (keeping its place), as Json.NET's reader does.
            map[name] = new DialogJsonValue(utf8[start..(int)reader.BytesConsumed]);
        }

        map.MarkStored(utf8);
        return map;
    }

    /// <summary>
    /// A dialog stack from its JSON (an object with a <c>dialogStack</c> array; null or a missing array is an empty stack).
    /// Stacks stored with type names (the list as <c>{"$type":…,"$values":[…]}</c>, a <c>$type</c> in each instance) read the same.
    /// </summary>
    public static DialogState ReadStack(ReadOnlyMemory<byte> utf8)
    {
        var state = new DialogState();
        var reader = new Utf8JsonReader(utf8.Span);
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return state;
        }

        Expect(reader.TokenType == JsonTokenType.StartObject, "A dialog stack must be a JSON object.");
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isStack = reader.ValueTextEquals("dialogStack");
            reader.Read();
            if (isStack)
            {
                ReadInstances(utf8, ref reader, state.DialogStack);
            }
            else
            {
                reader.Skip();
            }
        }

        state.MarkStored();
        return state;
    }

    /// <summary>Writes a dialog stack; with <paramref name="typeName"/> as its first property when given (the stored root's form).</summary>
    public static void WriteStack(Utf8JsonWriter writer, DialogState state, string? typeName)
    {
        writer.WriteStartObject();
        if (typeName is not null)
        {
            writer.WriteString(Storage.StateValueCodecs.TypeProperty, typeName);
        }

        writer.WritePropertyName("dialogStack");
        writer.WriteStartArray();
        foreach (var instance in state.DialogStack)
        {
            writer.WriteStartObject();
            writer.WriteString("id", instance.Id);
            writer.WriteNumber("version", instance.Version);
            writer.WritePropertyName("state");
            if (instance.UnreadStoredState is { IsEmpty: false } unread)
            {
                // Never asked for this turn, so never read: still the stored JSON.
                writer.WriteRawValue(unread.Span, skipInputValidation: true);
            }
            else
            {
                WriteMap(writer, instance.State);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WriteMap(Utf8JsonWriter writer, DialogValueMap map)
    {
        if (map.UnchangedStoredJson is { IsEmpty: false } stored)
        {
            // Read from the store and nothing in it changed: the stored JSON is what the values would be written as.
            writer.WriteRawValue(stored.Span, skipInputValidation: true);
            return;
        }

        writer.WriteStartObject();
        foreach (var (key, value) in map.Entries)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, value);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes one value as kept in a map: stored JSON as it is, runtime objects by hand, anything else by <see cref="DialogValueConverter"/>.</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case DialogJsonValue stored:
                writer.WriteRawValue(stored.Utf8.Span, skipInputValidation: true);
                break;
            case DialogValueMap map:
                WriteMap(writer, map);
                break;
            case DialogState stack:
                WriteStack(writer, stack, typeName: null);
                break;
            case WaterfallHistory history:
                history.Write(writer);
                break;
            case JToken token:
                JTokenUtf8.Write(writer, token);
                break;
            default:
                if (!JTokenUtf8.TryWriteScalar(writer, value))
                {
                    DialogValueConverter.WriteObject(writer, value!);
                }

                break;
        }
    }

    /// <summary>A value's JSON as UTF-8 (for converting a value set as one type and read as another).</summary>
    public static byte[] ToUtf8(object? value)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            WriteValue(writer, value);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static string ToJsonString(object? value) => Encoding.UTF8.GetString(ToUtf8(value));

    private static void ReadInstances(ReadOnlyMemory<byte> utf8, ref Utf8JsonReader reader, List<DialogInstance> stack)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            // {"$type":"System.Collections.Generic.List`1[…]","$values":[…]}, as stacks were once stored.
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isValues = reader.ValueTextEquals("$values");
                reader.Read();
                if (isValues)
                {
                    ReadInstances(utf8, ref reader, stack);
                }
                else
                {
                    reader.Skip();
                }
            }

            return;
        }

        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        Expect(reader.TokenType == JsonTokenType.StartArray, "A dialog stack must be a JSON array.");
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            stack.Add(ReadInstance(utf8, ref reader));
        }
    }

    // The instance's state is left as its stored JSON (checked to be an object) until a dialog asks for it.
    private static DialogInstance ReadInstance(ReadOnlyMemory<byte> utf8, ref Utf8JsonReader reader)
    {
        Expect(reader.TokenType == JsonTokenType.StartObject, "A dialog instance must be a JSON object.");
        var id = string.Empty;
        var version = 0;
        ReadOnlyMemory<byte> state = default;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"))
            {
                reader.Read();
                id = reader.GetString() ?? string.Empty;
            }
            else if (reader.ValueTextEquals("version"))
            {
                reader.Read();
                version = reader.GetInt32();
            }
            else if (reader.ValueTextEquals("state"))
            {
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                if (reader.TokenType != JsonTokenType.Null)
                {
                    Expect(reader.TokenType == JsonTokenType.EndObject, "A dialog instance's state must be a JSON object.");
                    state = utf8[start..(int)reader.BytesConsumed];
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return DialogInstance.Stored(id, version, state);
    }

    private static void Expect(bool condition, string message)
    {
        if (!condition)
        {
            throw new JsonException(message);
        }
    }
}
