using CrossBorderBot.Replies;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CrossBorderBot.Conversation;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Hosting;

/// <summary><c>POST /api/messages</c> as the Emulator, Teams or a script call it, through the real web host.</summary>
public sealed class MessagesEndpointTests : IDisposable
{
    private readonly BotWebApplicationFactory _factory = new();

    [Fact]
    public async Task Conversation_update_returns_the_welcome_and_the_menu_and_hi_then_a_short_hello_in_the_response_body()
    {
        var client = _factory.CreateClient();

        var welcome = Messages(await BotActivityPayloads.PostForRepliesAsync(client, BotActivityPayloads.ConversationUpdate("c-welcome")));
        var helloAfterHi = Messages(await BotActivityPayloads.PostForRepliesAsync(client, BotActivityPayloads.Message("hi", "c-welcome")));

        Assert.Equal(BotText.English.Welcome, welcome[0]["text"]!.GetValue<string>());
        Assert.Contains("Choose logistics", MenuTitles(welcome[1]));

        // The menu waits just above: "hi" gets a short hello pointing at it, not the menu once more.
        Assert.Equal(BotText.English.HelloAgain, Assert.Single(helloAfterHi)["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task On_the_emulator_each_turn_carries_the_recognizer_and_dialog_stack_traces()
    {
        var client = _factory.CreateClient();

        var replies = await BotActivityPayloads.PostForRepliesAsync(client, BotActivityPayloads.Message("how do I ship 2kg of shoes to Germany", "c-traces"));

        var recognizer = Trace(replies, EmulatorTraces.RecognizerResultName)["value"]!;
        Assert.Equal("how do I ship 2kg of shoes to Germany", recognizer["text"]!.GetValue<string>());
        Assert.Equal("choose_logistics", recognizer["intent"]!.GetValue<string>());
        Assert.InRange(recognizer["score"]!.GetValue<double>(), 0.5, 1.0);
        Assert.Equal(recognizer["score"]!.GetValue<double>(), recognizer["intents"]!["choose_logistics"]!.GetValue<double>());
        Assert.Equal("de", recognizer["entities"]!["country"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(2.0, recognizer["entities"]!["weight"]![0]!["kilograms"]!.GetValue<double>());
        Assert.Equal("shoes", recognizer["entities"]!["category"]![0]!["id"]!.GetValue<string>());

        var stack = Trace(replies, EmulatorTraces.DialogStackName)["value"]!.AsArray().Select(id => id!.GetValue<string>()).ToList();
        Assert.Equal("main-menu", stack[0]);
    }

    [Fact]
    public async Task Other_channels_get_no_traces()
    {
        var replies = await BotActivityPayloads.PostForRepliesAsync(_factory.CreateClient(), BotActivityPayloads.Message("hi", "c-webchat", channelId: "webchat"));

        Assert.DoesNotContain(replies, reply => reply!["type"]!.GetValue<string>() == "trace");
    }

    [Fact]
    public async Task Malformed_json_gets_400_and_no_turn()
    {
        using var content = new StringContent("{\"type\":\"message\",\"text\":", Encoding.UTF8, "application/json");

        using var response = await _factory.CreateClient().PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_forged_bearer_token_is_rejected_even_with_authentication_off()
    {
        var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(BotActivityPayloads.Message("hi", "c-forged").ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_oversized_request_gets_413()
    {
        var activity = BotActivityPayloads.Message(new string('x', 2 * 1024 * 1024), "c-big");
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");

        using var response = await _factory.CreateClient().PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task The_expect_replies_body_is_compact_json_with_every_reply_as_the_sdk_reads_it()
    {
        var client = _factory.CreateClient();
        await BotActivityPayloads.PostForRepliesAsync(client, BotActivityPayloads.ConversationUpdate("c-compact", channelId: "webchat"));

        using var response = await client.PostAsJsonAsync("/api/messages", BotActivityPayloads.Message("ship 2 kg of shoes to Germany, value 60 USD", "c-compact", channelId: "webchat"));
        var body = await response.Content.ReadAsStringAsync();

        // JSON strings cannot hold a raw line break, so one in the body is indentation no client reads.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain('\n', body);
        var replies = Newtonsoft.Json.JsonConvert.DeserializeObject<Microsoft.Bot.Schema.ExpectedReplies>(body)!;
        Assert.NotEmpty(replies.Activities);
        Assert.All(replies.Activities, reply => Assert.Equal("c-compact", reply.Conversation.Id));
        Assert.Contains(replies.Activities, reply => reply.Type == "message" && !string.IsNullOrEmpty(reply.Text));
    }

    [Fact]
    public async Task Health_reports_healthy_when_storage_is_reachable()
    {
        using var response = await _factory.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Healthy", report["checks"]!["storage"]!["status"]!.GetValue<string>());
    }

    public void Dispose() => _factory.Dispose();

    private static List<JsonNode> Messages(JsonArray replies) => replies.Where(reply => reply!["type"]!.GetValue<string>() == "message").Select(reply => reply!).ToList();

    private static JsonNode Trace(JsonArray replies, string name) => replies.Single(reply => reply!["type"]!.GetValue<string>() == "trace" && reply["name"]!.GetValue<string>() == name)!;

    private static List<string> MenuTitles(JsonNode reply) =>
        reply["attachments"]![0]!["content"]!["actions"]!.AsArray().Select(action => action!["title"]!.GetValue<string>()).ToList();
}
