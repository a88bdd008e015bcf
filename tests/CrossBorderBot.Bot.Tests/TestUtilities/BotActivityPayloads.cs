using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>Bot Framework activities as a channel posts them to <c>/api/messages</c>, as raw JSON.</summary>
public static class BotActivityPayloads
{
    public static JsonObject Message(string text, string conversationId, string channelId = "emulator", bool expectReplies = true)
    {
        var activity = Base("message", conversationId, channelId, expectReplies);
        activity["text"] = text;
        return activity;
    }

    public static JsonObject ConversationUpdate(string conversationId, string channelId = "emulator")
    {
        var activity = Base("conversationUpdate", conversationId, channelId, expectReplies: true);
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "user-1", ["name"] = "User" }, new JsonObject { ["id"] = "bot", ["name"] = "CrossBorderBot" });
        return activity;
    }

    /// <summary>Posts the activity and returns the replies of an <c>expectReplies</c> turn.</summary>
    public static async Task<JsonArray> PostForRepliesAsync(HttpClient client, JsonObject activity)
    {
        using var response = await client.PostAsJsonAsync("/api/messages", activity);
        response.EnsureSuccessStatusCode();
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        return body["activities"]!.AsArray();
    }

    private static JsonObject Base(string type, string conversationId, string channelId, bool expectReplies)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = channelId,
            ["serviceUrl"] = "http://127.0.0.1:9",
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["locale"] = "en-US",
            ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "User" },
            ["recipient"] = new JsonObject { ["id"] = "bot", ["name"] = "CrossBorderBot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
        };
        if (expectReplies)
        {
            activity["deliveryMode"] = "expectReplies";
        }

        return activity;
    }
}
