using System.Text.Json;

namespace CrossBorderBot.Hosting.Wire;

/// <summary>
/// Writes an expectReplies body (<see cref="ExpectedReplies"/> and its activities) with System.Text.Json, property by
/// property in the order and form of the SDK's message serializer (Json.NET, null values left out, extension data
/// last), so a client reads the same bytes. Only the schema's own classes are written here: a subclass (a Teams
/// account, a typed entity) or a value that is neither a JSON tree nor a primitive throws
/// <see cref="WireFallbackException"/>, and the caller writes the body with the SDK's serializer. The property lists
/// are one table per class (<see cref="ActivityWireSchema"/>), shared with the activity reader and checked against
/// Json.NET's contracts for these types by the tests, so an SDK upgrade that adds one fails them.
/// </summary>
internal static class ActivityJsonWriter
{
    public static void Write(Utf8JsonWriter writer, ExpectedReplies replies)
    {
        writer.WriteStartObject();
        if (replies.Activities is { } activities)
        {
            writer.WritePropertyName("activities");
            WireValueWriter.WriteList(writer, activities, ActivityWireSchema.Activity.Write);
        }

        writer.WriteEndObject();
    }
}
