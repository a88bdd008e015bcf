using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CrossBorderBot.Conversation;
using CrossBorderBot.Tests.TestUtilities;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Hosting;

/// <summary>
/// Activities the bot cannot answer get 400 (the sender's mistake), not 500; odd but answerable ones get a normal
/// answer. Authentication is off here, as for local use, which is where these used to reach the adapter unchecked.
/// </summary>
public sealed class UnanswerableActivityTests : IDisposable
{
    private readonly BotWebApplicationFactory _factory = new();

    public static TheoryData<string> Unanswerable => new()
    {
        """{"type":"message"}""",
        """{"type":"message","text":"hi","from":{"id":"u"},"conversation":{"id":"c"}}""",
        """{"type":"message","text":"hi","serviceUrl":"not a url","from":{"id":"u"},"conversation":{"id":"c"}}""",
        """{"type":"message","text":"hi","serviceUrl":"javascript:alert(1)","from":{"id":"u"},"conversation":{"id":"c"}}""",
        """{"type":"message","text":"hi","serviceUrl":12,"from":{"id":"u"},"conversation":{"id":"c"}}""",
        """{"type":"message","text":"hi","serviceUrl":"http://127.0.0.1:9","from":{"id":"u"}}""",
        """{"type":"message","text":"hi","serviceUrl":"http://127.0.0.1:9","from":{"id":"u"},"conversation":"c"}""",
        """{"type":"message","text":"hi","serviceUrl":"http://127.0.0.1:9","from":{"id":"u"},"conversation":{"id":null}}""",
        """{"type":"message","text":"hi","serviceUrl":"http://127.0.0.1:9","conversation":{"id":"c"}}""",
        """{"type":"message","text":"hi","serviceUrl":"http://127.0.0.1:9","from":{"id":""},"conversation":{"id":"c"}}""",
        """{"type":"message","text":"hi","serviceUrl":"http://127.0.0.1:9","from":[],"conversation":{"id":"c"}}""",
        """{"text":"hi","serviceUrl":"http://127.0.0.1:9","from":{"id":"u"},"conversation":{"id":"c"}}""",
        """{"type":7,"text":"hi","serviceUrl":"http://127.0.0.1:9","from":{"id":"u"},"conversation":{"id":"c"}}""",
        """{"type":"message","text":"hi","serviceUrl":"http://127.0.0.1:9","from":{"id":"u"},"conversation":{"id":"c"}}""",
        """{"type":"message","text":"hi","channelId":"","serviceUrl":"http://127.0.0.1:9","from":{"id":"u"},"conversation":{"id":"c"}}""",
        """{"type":"message","text":"hi","channelId":null,"serviceUrl":"http://127.0.0.1:9","from":{"id":"u"},"conversation":{"id":"c"}}""",
        """[{"type":"message"}]""",
        "\"message\"",
        "null",
        "",
    };

    [Theory]
    [MemberData(nameof(Unanswerable))]
    public async Task An_activity_without_what_a_reply_needs_gets_400(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await _factory.CreateClient().PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_control_character_in_the_text_gets_a_normal_answer_not_the_apology()
    {
        var replies = await BotActivityPayloads.PostForRepliesAsync(_factory.CreateClient(), BotActivityPayloads.Message("hello\u0001there\u0000\u001b[31m", "c-control"));

        var texts = replies.Where(r => r!["type"]!.GetValue<string>() == "message").Select(r => r!.ToJsonString()).ToList();
        Assert.NotEmpty(texts);
        Assert.DoesNotContain(texts, text => text.Contains("something went wrong", StringComparison.OrdinalIgnoreCase));
        var recognized = replies.Single(r => r!["type"]!.GetValue<string>() == "trace" && r["name"]!.GetValue<string>() == EmulatorTraces.RecognizerResultName)!;
        Assert.Equal("hellothere[31m", recognized["value"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_null_member_in_a_conversation_update_is_skipped_on_every_channel()
    {
        foreach (var channel in new[] { "msteams", "emulator", "webchat" })
        {
            var update = BotActivityPayloads.ConversationUpdate("c-null-member-" + channel, channel);
            update["membersAdded"] = new JsonArray(null, new JsonObject { ["id"] = "bot" }, new JsonObject { ["id"] = "user-1" });
            update["recipient"] = new JsonObject { ["id"] = "bot" };

            var replies = await BotActivityPayloads.PostForRepliesAsync(_factory.CreateClient(), update);

            Assert.DoesNotContain(replies, r => r!.ToJsonString().Contains("something went wrong", StringComparison.OrdinalIgnoreCase));
            Assert.Contains(replies, r => r!["type"]!.GetValue<string>() == "message");
        }
    }

    public void Dispose() => _factory.Dispose();
}
