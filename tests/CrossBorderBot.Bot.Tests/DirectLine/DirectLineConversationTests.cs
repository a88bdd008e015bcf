using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.DirectLine;

public sealed class DirectLineConversationTests : IDisposable
{
    private readonly DirectLineTestHost _host = new();
    private readonly DirectLineTestClient _client;

    public DirectLineConversationTests() => _client = _host.CreateDirectLineClient();

    [Fact]
    public async Task Polling_with_the_watermark_returns_each_activity_once_in_order()
    {
        var session = await _client.StartAsync(DirectLineTestHost.Secret, userId: "dl_poller");

        var first = await _client.PollAsync(session.ConversationId, session.Token);
        Assert.True(first.Activities.Count >= 2, "the welcome and the menu");
        Assert.All(first.Activities, a => Assert.Equal("bot", a["from"]!["role"]!.GetValue<string>()));
        Assert.Equal(first.Activities.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), first.Watermark);

        var nothingNew = await _client.PollAsync(session.ConversationId, session.Token, first.Watermark);
        Assert.Empty(nothingNew.Activities);
        Assert.Equal(first.Watermark, nothingNew.Watermark);

        var posted = await _client.PostAsync(session.ConversationId, session.Token, DirectLineTestClient.Message("help", "dl_poller"));

        var next = await _client.PollAsync(session.ConversationId, session.Token, first.Watermark);
        Assert.Equal(posted, next.Activities[0]["id"]!.GetValue<string>());
        Assert.True(next.Activities.Count >= 2, "the echo and the bot's answer");
        Assert.All(next.Activities.Skip(1), reply => Assert.Equal(posted, reply["replyToId"]?.GetValue<string>()));
        Assert.DoesNotContain(next.Activities, a => first.Activities.Any(f => f["id"]!.GetValue<string>() == a["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_users_activity_is_echoed_with_a_server_id_and_its_clientActivityID()
    {
        var session = await _client.StartAsync(DirectLineTestHost.Secret, userId: "dl_echo");

        var id = await _client.PostAsync(session.ConversationId, DirectLineTestHost.Secret, DirectLineTestClient.Message("hello there", "dl_echo", "web-chat-42"));

        var poll = await _client.PollAsync(session.ConversationId, session.Token);
        var echo = Assert.Single(poll.Activities, a => a["channelData"]?["clientActivityID"]?.GetValue<string>() == "web-chat-42");
        Assert.Equal(id, echo["id"]!.GetValue<string>());
        Assert.StartsWith(session.ConversationId + "|", id, StringComparison.Ordinal);
        Assert.Equal("hello there", echo["text"]!.GetValue<string>());
        Assert.Equal("dl_echo", echo["from"]!["id"]!.GetValue<string>());
        Assert.Equal("directline", echo["channelId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Clicking_a_menu_card_button_gets_an_answer_to_that_click()
    {
        var session = await _client.StartAsync(DirectLineTestHost.Secret, userId: "dl_clicker");
        var welcome = await _client.PollAsync(session.ConversationId, session.Token);
        var card = welcome.Activities
            .SelectMany(a => a["attachments"]?.AsArray() ?? [])
            .Select(attachment => attachment!["content"])
            .First(content => content?["type"]?.GetValue<string>() == "AdaptiveCard")!;
        var button = card["actions"]!.AsArray().Last()!;
        Assert.Equal("Action.Submit", button["type"]!.GetValue<string>());

        var clicked = await _client.PostAsync(session.ConversationId, session.Token, DirectLineTestClient.CardSubmit(button["data"]!.DeepClone(), "dl_clicker"));

        var after = await _client.PollAsync(session.ConversationId, session.Token, welcome.Watermark);
        Assert.Contains(after.Activities, a => a["replyToId"]?.GetValue<string>() == clicked && a["from"]!["role"]!.GetValue<string>() == "bot");
    }

    [Fact]
    public async Task Malformed_json_is_a_400_BadArgument_and_reaches_nobody()
    {
        var session = await _client.StartAsync(DirectLineTestHost.Secret, userId: "dl_typo");
        var before = await _client.PollAsync(session.ConversationId, session.Token);

        using var response = await _client.PostRawAsync(session.ConversationId, session.Token, """{"type":"message","text":"unterminated""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadArgument", await DirectLineTestClient.ErrorCodeAsync(response));
        var after = await _client.PollAsync(session.ConversationId, session.Token, before.Watermark);
        Assert.Empty(after.Activities);
    }

    [Fact]
    public async Task An_activity_over_256K_characters_is_a_413()
    {
        var session = await _client.StartAsync(DirectLineTestHost.Secret, userId: "dl_verbose");

        var huge = System.Text.Json.JsonSerializer.Serialize(DirectLineTestClient.Message(new string('x', 256 * 1024), "dl_verbose"));
        using var response = await _client.PostRawAsync(session.ConversationId, session.Token, huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("MessageSizeTooBig", await DirectLineTestClient.ErrorCodeAsync(response));
    }

    [Fact]
    public async Task Unknown_conversation_is_a_404_NotFound()
    {
        using var poll = await _client.PollRawAsync("no-such-conversation", DirectLineTestHost.Secret);
        Assert.Equal(HttpStatusCode.NotFound, poll.StatusCode);
        Assert.Equal("NotFound", await DirectLineTestClient.ErrorCodeAsync(poll));

        using var post = await _client.PostRawAsync("no-such-conversation", DirectLineTestHost.Secret, """{"type":"message","text":"hi","from":{"id":"u1"}}""");
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    [Fact]
    public async Task Reconnecting_answers_with_the_conversation_and_a_usable_token()
    {
        var session = await _client.StartAsync(DirectLineTestHost.Secret, userId: "dl_back_again");

        using var response = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}?watermark=1", session.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(session.ConversationId, body["conversationId"]!.GetValue<string>());
        var poll = await _client.PollAsync(session.ConversationId, body["token"]!.GetValue<string>(), "1");
        Assert.NotEmpty(poll.Activities);
    }

    [Fact]
    public async Task An_upload_is_echoed_with_its_files_described_and_oversized_uploads_are_refused()
    {
        var session = await _client.StartAsync(DirectLineTestHost.Secret, userId: "dl_uploader");

        using (var form = Upload("""{"type":"message","from":{"id":"dl_uploader"},"channelData":{"clientActivityID":"up-1"},"attachments":[{"contentType":"text/plain","name":"invoice.txt"}]}""", "invoice.txt", new byte[1000]))
        using (var response = await _client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{session.ConversationId}/upload?userId=dl_uploader", session.Token, form))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var poll = await _client.PollAsync(session.ConversationId, session.Token);
        var echo = Assert.Single(poll.Activities, a => a["channelData"]?["clientActivityID"]?.GetValue<string>() == "up-1");
        var attachment = Assert.Single(echo["attachments"]!.AsArray());
        Assert.Equal("invoice.txt", attachment!["name"]!.GetValue<string>());
        Assert.Equal("text/plain", attachment["contentType"]!.GetValue<string>());

        using var tooBig = Upload("""{"type":"message","from":{"id":"dl_uploader"}}""", "video.bin", new byte[(4 * 1024 * 1024) + 1]);
        using var refused = await _client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{session.ConversationId}/upload?userId=dl_uploader", session.Token, tooBig);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal("MessageSizeTooBig", await DirectLineTestClient.ErrorCodeAsync(refused));

        using var otherUser = Upload("""{"type":"message"}""", "a.txt", new byte[10]);
        using var forbidden = await _client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{session.ConversationId}/upload?userId=dl_someone_else", session.Token, otherUser);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task The_log_keeps_only_the_most_recent_activities()
    {
        using var host = new DirectLineTestHost(settings: new Dictionary<string, string?> { ["DirectLine:MaxActivitiesPerConversation"] = "10" });
        using var client = host.CreateDirectLineClient();
        var session = await client.StartAsync(DirectLineTestHost.Secret, userId: "dl_chatty");

        string last = string.Empty;
        for (var i = 0; i < 8; i++)
        {
            last = await client.PostAsync(session.ConversationId, session.Token, DirectLineTestClient.Message("help", "dl_chatty", $"m{i}"));
        }

        var all = await client.PollAsync(session.ConversationId, session.Token);
        Assert.Equal(10, all.Activities.Count);
        Assert.Contains(all.Activities, a => a["id"]!.GetValue<string>() == last);
        Assert.DoesNotContain(all.Activities, a => a["channelData"]?["clientActivityID"]?.GetValue<string>() == "m0");
    }

    [Fact]
    public async Task New_conversations_are_limited_per_minute_and_allowed_again_after_it()
    {
        using var host = new DirectLineTestHost(settings: new Dictionary<string, string?> { ["DirectLine:MaxNewConversationsPerMinute"] = "2" });
        using var client = host.CreateDirectLineClient();

        await client.GenerateTokenAsync(DirectLineTestHost.Secret);
        await client.StartAsync(DirectLineTestHost.Secret);
        using var third = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", DirectLineTestHost.Secret);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.True(third.Headers.RetryAfter is not null);

        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await client.StartAsync(DirectLineTestHost.Secret);
    }

    public void Dispose()
    {
        _client.Dispose();
        _host.Dispose();
    }

    private static MultipartFormDataContent Upload(string activityJson, string fileName, byte[] file)
    {
        var form = new MultipartFormDataContent();
        var activity = new StringContent(activityJson, Encoding.UTF8);
        activity.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        form.Add(activity, "activity", "blob");
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".txt", StringComparison.Ordinal) ? "text/plain" : "application/octet-stream");
        form.Add(content, "file", fileName);
        return form;
    }
}
