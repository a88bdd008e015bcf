using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.DirectLine;

public sealed class WebChatEndpointTests : IDisposable
{
    private readonly DirectLineTestHost _host = new();
    private readonly DirectLineTestClient _client;

    public WebChatEndpointTests() => _client = _host.CreateDirectLineClient();

    [Fact]
    public async Task The_page_gets_a_token_for_a_new_conversation_without_the_secret()
    {
        using var response = await _client.Http.PostAsync("/api/webchat/token", content: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(DirectLineTestHost.Secret, text, StringComparison.Ordinal);
        var body = JsonNode.Parse(text)!;
        var token = body["token"]!.GetValue<string>();
        Assert.Equal(1800, body["expires_in"]!.GetValue<int>());
        Assert.StartsWith("dl_", DirectLineTestClient.UserOf(token), StringComparison.Ordinal);

        var started = await _client.StartAsync(token);
        Assert.Equal(body["conversationId"]!.GetValue<string>(), started.ConversationId);
    }

    [Fact]
    public async Task A_reload_with_the_saved_ids_resumes_the_same_conversation_and_a_stranger_cannot()
    {
        var first = await GetTokenAsync(new { });
        var conversationId = first["conversationId"]!.GetValue<string>();
        var userId = first["userId"]!.GetValue<string>();
        await _client.StartAsync(first["token"]!.GetValue<string>());

        var resumed = await GetTokenAsync(new { userId, conversationId });
        Assert.Equal(conversationId, resumed["conversationId"]!.GetValue<string>());
        var history = await _client.PollAsync(conversationId, resumed["token"]!.GetValue<string>());
        Assert.NotEmpty(history.Activities);

        var stranger = await GetTokenAsync(new { userId = "dl_stranger000", conversationId });
        Assert.NotEqual(conversationId, stranger["conversationId"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_chat_page_and_the_embed_guide_are_served()
    {
        var index = await _client.Http.GetStringAsync("/");
        Assert.Contains("CrossBorderBot", index, StringComparison.Ordinal);
        Assert.Contains("lib/webchat/webchat.js", index, StringComparison.Ordinal);

        var script = await _client.Http.GetStringAsync("/js/crossborderbot-chat.js");
        Assert.Contains("/api/webchat/token", script, StringComparison.Ordinal);
        Assert.Contains("webSocket: false", script, StringComparison.Ordinal);

        var embed = await _client.Http.GetStringAsync("/embed.html");
        Assert.Contains("<iframe", embed, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _client.Dispose();
        _host.Dispose();
    }

    private async Task<JsonNode> GetTokenAsync(object body)
    {
        using var response = await _client.Http.PostAsJsonAsync("/api/webchat/token", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
