using System.Text;
using System.Text.Json;

namespace CrossBorderBot.TurnBench;

/// <summary>Bot Framework activities as the channel sends them, asking for the replies in the HTTP response.</summary>
internal sealed class ActivityFactory(string channel)
{
    private const string BotId = "bot";
    private long _sequence;

    public byte[] ConversationUpdate(string conversationId, string userId) => Build(conversationId, userId, writer =>
    {
        writer.WriteString("type", "conversationUpdate");
        writer.WriteStartArray("membersAdded");
        writer.WriteStartObject();
        writer.WriteString("id", BotId);
        writer.WriteEndObject();
        writer.WriteStartObject();
        writer.WriteString("id", userId);
        writer.WriteEndObject();
        writer.WriteEndArray();
    });

    public byte[] Message(string conversationId, string userId, string text) => Build(conversationId, userId, writer =>
    {
        writer.WriteString("type", "message");
        writer.WriteString("text", text);
    });

    private byte[] Build(string conversationId, string userId, Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteString("id", "turn-" + Interlocked.Increment(ref _sequence));
            writer.WriteString("timestamp", DateTimeOffset.UtcNow);
            writer.WriteString("channelId", channel);
            writer.WriteString("serviceUrl", "http://127.0.0.1:9/");
            writer.WriteString("locale", "en-US");
            writer.WriteString("deliveryMode", "expectReplies");
            WriteAccount(writer, "from", userId);
            WriteAccount(writer, "recipient", BotId);
            writer.WriteStartObject("conversation");
            writer.WriteString("id", conversationId);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteAccount(Utf8JsonWriter writer, string property, string id)
    {
        writer.WriteStartObject(property);
        writer.WriteString("id", id);
        writer.WriteEndObject();
    }

    /// <summary>True when the body is <c>{"activities":[…]}</c> holding at least one message activity.</summary>
    public static bool HasMessageReply(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        var depth = 0;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    depth++;
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    depth--;
                    break;
                case JsonTokenType.PropertyName when depth == 3 && reader.ValueTextEquals("type"u8):
                    reader.Read();
                    if (reader.ValueTextEquals("message"u8))
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }

    public static string Describe(byte[] body) => Encoding.UTF8.GetString(body);
}
