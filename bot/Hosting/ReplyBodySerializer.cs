using CrossBorderBot.Hosting.Wire;
using CrossBorderBot.Json;
using Microsoft.Rest.Serialization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace CrossBorderBot.Hosting;

/// <summary>
/// Writes a turn's HTTP response body (the expectReplies activities, or an invoke's answer) as the SDK's own
/// serializer does, minus two costs. The SDK's serializer indents, and its converter for an attachment's content
/// walks the whole content looking for a <see cref="MemoryStream"/>, then copies it into a new JSON tree and writes
/// the copy: every Adaptive Card was walked, copied and written once per reply. Here the expectReplies body is written
/// by System.Text.Json (<see cref="ActivityJsonWriter"/>) in the SDK's exact form; a body holding something that writer
/// leaves alone, and every other body (invoke answers), goes through the SDK's settings, where content that is already
/// JSON is written as it stands (the SDK's copy is exact) and any other content through the SDK's converter.
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

    private static readonly System.Text.Json.JsonWriterOptions WireWriterOptions = new() { Encoder = JsonNetStringEscaping.Instance, SkipValidation = true };

    private static long _fallbacks;

    /// <summary>
    /// How many expectReplies bodies held something the System.Text.Json writer leaves to the SDK's serializer (a typed
    /// card object, an account subclass, a stream) since the process started.
    /// </summary>
    public static long WireFallbacks => Interlocked.Read(ref _fallbacks);

    /// <summary>The body as UTF-8 JSON without a byte order mark.</summary>
    public static MemoryStream Write(object body)
    {
        using var pooled = WritePooled(body);
        return new MemoryStream(pooled.Written.ToArray(), writable: false);
    }

    /// <summary>The body as UTF-8 JSON without a byte order mark, in a pooled buffer the caller disposes once it is sent.</summary>
    public static PooledReplyBody WritePooled(object body)
    {
        var buffer = new PooledReplyBody();
        try
        {
            if (body.GetType() != typeof(ExpectedReplies) || !TryWriteWire((ExpectedReplies)body, buffer))
            {
                // Rare (invoke answers, typed cards): written through a stream, then copied.
                using var stream = new MemoryStream();
                WriteWithJsonNet(stream, body);
                buffer.Write(stream.GetBuffer().AsSpan(0, (int)stream.Length));
            }

            return buffer;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The expectReplies body of a message turn, written by System.Text.Json in the SDK's form; false (and the buffer
    /// emptied) when it holds something left to the SDK's serializer.
    /// </summary>
    internal static bool TryWriteWire(ExpectedReplies replies, PooledReplyBody buffer)
    {
        try
        {
            using (var wire = new System.Text.Json.Utf8JsonWriter(buffer, WireWriterOptions))
            {
                ActivityJsonWriter.Write(wire, replies);
            }

            return true;
        }
        catch (WireFallbackException)
        {
            Interlocked.Increment(ref _fallbacks);
            buffer.Clear();
            return false;
        }
    }

    /// <summary>The body as the SDK's serializer writes it (compact, content trees as they stand).</summary>
    internal static void WriteWithJsonNet(Stream buffer, object body)
    {
        using (var text = new StreamWriter(buffer, new System.Text.UTF8Encoding(false, false), 4096, leaveOpen: true))
        using (var json = new JsonTextWriter(text))
        {
            Serializer.Serialize(json, body);
        }
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
