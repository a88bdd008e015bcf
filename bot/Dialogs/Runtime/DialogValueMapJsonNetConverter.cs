using CrossBorderBot.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Dialogs;

/// <summary>
/// Lets Json.NET read and write a <see cref="DialogValueMap"/> (the SDK's own <c>BotState</c> over a plain
/// <c>IStorage</c> serializes the dialog stack with Json.NET): the map's JSON is the one the bot's state codec writes.
/// </summary>
internal sealed class DialogValueMapJsonNetConverter : JsonConverter<DialogValueMap>
{
    public override void WriteJson(JsonWriter writer, DialogValueMap? value, JsonSerializer serializer)
    {
        if (value is null)
        {
            writer.WriteNull();
            return;
        }

        // As tokens, not raw text: the SDK's MemoryStorage writes state into a JSON tree, which keeps raw text as one opaque token.
        var reader = new System.Text.Json.Utf8JsonReader(DialogValueJson.ToUtf8(value));
        reader.Read();
        JTokenUtf8.Read(ref reader).WriteTo(writer);
    }

    public override DialogValueMap? ReadJson(JsonReader reader, Type objectType, DialogValueMap? existingValue, bool hasExistingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null)
        {
            return new DialogValueMap();
        }

        var text = reader.TokenType == JsonToken.Raw
            ? (string)reader.Value!
            : JToken.ReadFrom(reader, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Ignore }).ToString(Formatting.None);
        return DialogValueJson.ReadMap(Encoding.UTF8.GetBytes(text));
    }
}
