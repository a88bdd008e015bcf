using System.Text.Json;

namespace CrossBorderBot.Hosting.Wire;

/// <summary>
/// Reads an incoming activity with System.Text.Json into the objects the SDK's message serializer (Json.NET) builds
/// from the same JSON: the schema's classes, unknown members in their extension data, free-form values as JSON trees
/// (<see cref="WireValueReader"/>). What Json.NET reads more leniently than this reader (comments, single quotes, a
/// number where a string belongs, a member name in another case, attachment content with the SDK's stream converter)
/// makes <see cref="TryRead"/> return null, and the caller reads the body with the SDK's serializer. The members of
/// each class are those of <see cref="ActivityWireSchema"/>, the table the reply writer uses too.
/// </summary>
internal static class ActivityJsonReader
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 64 };

    /// <summary>The activity, or null when the body is left to the SDK's serializer.</summary>
    public static Activity? TryRead(ReadOnlySpan<byte> body)
    {
        if (body.StartsWith("\uFEFF"u8))
        {
            body = body[3..];
        }

        try
        {
            var reader = new Utf8JsonReader(body, Options);
            return reader.Read() && reader.TokenType == JsonTokenType.StartObject ? ActivityWireSchema.Activity.Read(ref reader) : null;
        }
        catch (Exception exception) when (exception is JsonException or Newtonsoft.Json.JsonException or WireFallbackException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }
}
