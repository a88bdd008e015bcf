using System.Text.Json;

namespace CrossBorderBot.Storage;

/// <summary>
/// The frame of a state value read and written with System.Text.Json in the JSON Json.NET's state serializer gives it:
/// an object with <c>$type</c> first, then the value's members, which the derived codec reads and writes. A value
/// stored in another shape (by hand, or by a later version) is read by Json.NET as before.
/// </summary>
internal abstract class JsonNetShapedStateCodec<T> : IStateValueCodec
    where T : class
{
    private static readonly string TypeName = StateValueCodecs.TypeNameOf(typeof(T));

    public Type Type => typeof(T);

    public object Read(ReadOnlyMemory<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json.Span);
            reader.Read();
            return ReadMembers(ref reader, json);
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException)
        {
            return StateValueCodecs.ReadWithJsonNet(json.Span) as T
                ?? throw new JsonException($"A stored {typeof(T).Name} is not one.", exception);
        }
    }

    public void Write(Utf8JsonWriter writer, object value)
    {
        writer.WriteStartObject();
        writer.WriteString(StateValueCodecs.TypeProperty, TypeName);
        WriteMembers(writer, (T)value);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Reads the value from its object, the reader on the object's start; throws a <see cref="JsonException"/> (or a
    /// <see cref="FormatException"/>) at a shape it does not read, which is then left to Json.NET.
    /// </summary>
    protected abstract T ReadMembers(ref Utf8JsonReader reader, ReadOnlyMemory<byte> json);

    /// <summary>Writes the value's members, after <c>$type</c>.</summary>
    protected abstract void WriteMembers(Utf8JsonWriter writer, T value);

    /// <summary>
    /// A value Json.NET may find null (a list, record or item set to null by hand): null, as Json.NET writes it, else
    /// written by <paramref name="write"/>.
    /// </summary>
    protected static void WriteOrNull<TValue>(Utf8JsonWriter writer, TValue? value, Action<Utf8JsonWriter, TValue> write)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            write(writer, value);
        }
    }

    /// <summary>Moves to the next member's value inside an object; false at the object's end.</summary>
    protected static bool MoveToNextMember(ref Utf8JsonReader reader, out string name)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName)
        {
            name = string.Empty;
            return false;
        }

        name = reader.GetString()!;
        reader.Read();
        return true;
    }
}
