using Microsoft.Bot.Schema;
using Microsoft.Rest.Serialization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace CrossBorderBot.Hosting;

/// <summary>
/// Writes a turn's HTTP response body (the expectReplies activities, or an invoke's answer) as the SDK's own
/// serializer does, minus two costs. The SDK's serializer indents, and its converter for an attachment's content
/// walks the whole content looking for a <see cref="MemoryStream"/>, then copies it into a new JSON tree and writes
/// the copy: every Adaptive Card was walked, copied and written once per reply. Here content that is already JSON
/// is written as it stands, which gives the same JSON (the copy is exact); any other content still goes through the
/// SDK's converter.
/// </summary>
public static class ReplyBodySerializer
{
    /// <summary>The SDK's message settings (names, null handling, dates, time spans), compact, with the content shortcut.</summary>
    public static JsonSerializer Serializer { get; } = JsonSerializer.Create(new JsonSerializerSettings
    {
        NullValueHandling = NullValueHandling.Ignore,
        Formatting = Formatting.None,
        DateFormatHandling = DateFormatHandling.IsoDateFormat,
        DateTimeZoneHandling = DateTimeZoneHandling.Utc,
        ReferenceLoopHandling = ReferenceLoopHandling.Serialize,
        ContractResolver = new ContentAsWrittenContractResolver(),
        Converters = [new Iso8601TimeSpanConverter()],
    });

    /// <summary>The body as UTF-8 JSON without a byte order mark.</summary>
    public static MemoryStream Write(object body)
    {
        var buffer = new MemoryStream();
        using (var text = new StreamWriter(buffer, new System.Text.UTF8Encoding(false, false), 4096, leaveOpen: true))
        using (var json = new JsonTextWriter(text))
        {
            Serializer.Serialize(json, body);
        }

        buffer.Position = 0;
        return buffer;
    }

    private sealed class ContentAsWrittenContractResolver : ReadOnlyJsonContractResolver
    {
        protected override JsonProperty CreateProperty(System.Reflection.MemberInfo member, MemberSerialization memberSerialization)
        {
            var property = base.CreateProperty(member, memberSerialization);
            if (member.DeclaringType == typeof(Attachment) && property.Converter is { } sdkConverter)
            {
                property.Converter = new JsonContentConverter(sdkConverter);
            }

            return property;
        }
    }

    // Content that is a JSON tree is written directly, with the serializer's converters, exactly as the SDK's copy of
    // it would be written; anything else (a stream, an object) goes to the SDK's converter.
    private sealed class JsonContentConverter(JsonConverter sdkConverter) : JsonConverter
    {
        public override bool CanConvert(Type objectType) => sdkConverter.CanConvert(objectType);

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) =>
            sdkConverter.ReadJson(reader, objectType, existingValue, serializer);

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
        {
            if (value is JToken token)
            {
                token.WriteTo(writer, [.. serializer.Converters]);
            }
            else
            {
                sdkConverter.WriteJson(writer, value, serializer);
            }
        }
    }
}
