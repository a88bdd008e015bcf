using System.ComponentModel;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Replies;

/// <summary>
/// A rendered Adaptive Card as the compact UTF-8 JSON it is sent as: an attachment's content. The reply body writer
/// copies these bytes as they are; anything that serializes the attachment with Json.NET (the SDK's connector, the
/// fallback body writer, a prompt kept in dialog state) writes the same tree a <see cref="JObject"/> of it would give,
/// and code that must look inside or change a card (Teams prompt stamping, Slack's card fallback) asks for
/// <see cref="ToJObject"/>, a fresh tree each time.
/// </summary>
[JsonConverter(typeof(AdaptiveCardJsonNetConverter))]
[TypeConverter(typeof(AdaptiveCardJsonTextConverter))]
public sealed class AdaptiveCardJson
{
    internal AdaptiveCardJson(byte[] utf8) => Utf8 = utf8;

    /// <summary>The card's JSON, compact, in UTF-8 without a byte order mark.</summary>
    public ReadOnlyMemory<byte> Utf8 { get; }

    /// <summary>The card as a Json.NET tree, read so that it writes back to the same bytes (no date parsing, decimals kept with their scale).</summary>
    public JObject ToJObject()
    {
        using var reader = new JsonTextReader(new StringReader(ToString()))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal,
        };
        return JObject.Load(reader);
    }

    /// <summary>The JSON text.</summary>
    public override string ToString() => Encoding.UTF8.GetString(Utf8.Span);
}

/// <summary>Json.NET writes a card as the tree it holds, so every Json.NET path sends what it sent when cards were trees.</summary>
internal sealed class AdaptiveCardJsonNetConverter : JsonConverter<AdaptiveCardJson>
{
    public override bool CanRead => false;

    public override void WriteJson(JsonWriter writer, AdaptiveCardJson? value, JsonSerializer serializer)
    {
        if (value is null)
        {
            writer.WriteNull();
            return;
        }

        value.ToJObject().WriteTo(writer);
    }

    public override AdaptiveCardJson ReadJson(JsonReader reader, Type objectType, AdaptiveCardJson? existingValue, bool hasExistingValue, JsonSerializer serializer) =>
        throw new NotSupportedException("Card content is read as a JSON tree, not as AdaptiveCardJson.");
}

/// <summary>
/// Makes Json.NET treat a card as a text-like value, which is what lets the SDK's attachment converter write it: that
/// converter calls <c>JToken.FromObject(content, serializer)</c> on the content it is already writing, and Json.NET's
/// reference-loop check refuses an object met twice on its stack unless its contract is a primitive or text one. The
/// writing itself is still <see cref="AdaptiveCardJsonNetConverter"/>'s (a JSON object, not a string).
/// </summary>
internal sealed class AdaptiveCardJsonTextConverter : TypeConverter
{
    public override bool CanConvertTo(ITypeDescriptorContext? context, Type? destinationType) => destinationType == typeof(string);

    public override object? ConvertTo(ITypeDescriptorContext? context, CultureInfo? culture, object? value, Type destinationType) =>
        destinationType == typeof(string) && value is AdaptiveCardJson card ? card.ToString() : base.ConvertTo(context, culture, value, destinationType);
}
