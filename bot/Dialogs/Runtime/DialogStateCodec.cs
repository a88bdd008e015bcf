using System.Text.Json;
using CrossBorderBot.Storage;

namespace CrossBorderBot.Dialogs;

/// <summary>
/// Reads and writes the stored dialog stack (read and written on every turn) by hand with System.Text.Json, in the
/// JSON Json.NET's state serializer gave it: <c>{"$type":…,"dialogStack":[{"id":…,"version":…,"state":{…}}]}</c>.
/// Stacks stored with a type name on every object and the list wrapped in <c>{"$type":…,"$values":[…]}</c> read the same.
/// </summary>
internal sealed class DialogStateCodec : IStateValueCodec
{
    private static readonly string TypeName = StateValueCodecs.TypeNameOf(typeof(DialogState));

    public Type Type => typeof(DialogState);

    public object Read(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        var state = new DialogState();
        Expect(reader.Read() && reader.TokenType == JsonTokenType.StartObject, "A dialog state must be a JSON object.");
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isStack = reader.ValueTextEquals("dialogStack");
            reader.Read();
            if (isStack)
            {
                ReadStack(ref reader, state.DialogStack);
            }
            else
            {
                reader.Skip();
            }
        }

        return state;
    }

    public void Write(Utf8JsonWriter writer, object value)
    {
        var state = (DialogState)value;
        writer.WriteStartObject();
        writer.WriteString(StateValueCodecs.TypeProperty, TypeName);
        writer.WritePropertyName("dialogStack");
        writer.WriteStartArray();
        foreach (var instance in state.DialogStack)
        {
            writer.WriteStartObject();
            writer.WriteString("id", instance.Id);
            writer.WriteNumber("version", instance.Version);
            writer.WritePropertyName("state");
            if (instance.State is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                JTokenUtf8.Write(writer, instance.State);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void ReadStack(ref Utf8JsonReader reader, List<DialogInstance> stack)
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
                    ReadStack(ref reader, stack);
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
            stack.Add(ReadInstance(ref reader));
        }
    }

    private static DialogInstance ReadInstance(ref Utf8JsonReader reader)
    {
        Expect(reader.TokenType == JsonTokenType.StartObject, "A dialog instance must be a JSON object.");
        var instance = new DialogInstance();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"))
            {
                reader.Read();
                instance.Id = reader.GetString() ?? string.Empty;
            }
            else if (reader.ValueTextEquals("version"))
            {
                reader.Read();
                instance.Version = reader.GetInt32();
            }
            else if (reader.ValueTextEquals("state"))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.Null)
                {
                    Expect(reader.TokenType == JsonTokenType.StartObject, "A dialog instance's state must be a JSON object.");
                    instance.State = JTokenUtf8.ReadObject(ref reader);
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return instance;
    }

    private static void Expect(bool condition, string message)
    {
        if (!condition)
        {
            throw new JsonException(message);
        }
    }
}
