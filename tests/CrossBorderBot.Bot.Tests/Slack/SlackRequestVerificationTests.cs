using System.Net;
using System.Text;
using CrossBorderBot.Tests.TestUtilities;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Slack;

/// <summary>Forged, replayed or tampered requests are refused with 401 and start nothing.</summary>
public sealed class SlackRequestVerificationTests : IAsyncLifetime
{
    private SlackBotHost _host = null!;

    public async Task InitializeAsync() => _host = await SlackBotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static string DirectMessageBody() =>
        SlackPayloads.Envelope(SlackPayloads.DirectMessage("hi", "1700002000.000100")).ToString(Newtonsoft.Json.Formatting.None);

    [Fact]
    public async Task A_correctly_signed_url_verification_is_answered_with_its_challenge()
    {
        var body = SlackPayloads.UrlVerification("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P").ToString();

        using var response = await _host.PostSignedAsync("/api/slack/events", body, "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JObject.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", answer.Value<string>("challenge"));
    }

    [Fact]
    public async Task A_correctly_signed_event_runs_a_turn()
    {
        using var response = await _host.PostSignedAsync("/api/slack/events", DirectMessageBody(), "application/json");
        await _host.WhenIdleAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(_host.Api.Calls, call => call.Method == "chat.postMessage");
    }

    [Fact]
    public async Task A_request_signed_with_another_secret_is_refused()
    {
        using var response = await _host.PostSignedAsync("/api/slack/events", DirectMessageBody(), "application/json", secret: "not-the-signing-secret");

        await AssertRefusedAsync(response);
    }

    [Fact]
    public async Task A_request_signed_six_minutes_ago_is_refused_as_a_replay()
    {
        using var response = await _host.PostSignedAsync("/api/slack/events", DirectMessageBody(), "application/json", at: DateTimeOffset.UtcNow.AddMinutes(-6));

        await AssertRefusedAsync(response);
    }

    [Fact]
    public async Task A_request_dated_six_minutes_ahead_is_refused()
    {
        using var response = await _host.PostSignedAsync("/api/slack/events", DirectMessageBody(), "application/json", at: DateTimeOffset.UtcNow.AddMinutes(6));

        await AssertRefusedAsync(response);
    }

    [Theory]
    [InlineData("X-Slack-Signature")]
    [InlineData("X-Slack-Request-Timestamp")]
    public async Task A_request_missing_a_signature_header_is_refused(string missing)
    {
        var body = DirectMessageBody();
        var (timestamp, signature) = SlackRequestSigner.Sign(body, DateTimeOffset.UtcNow);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/slack/events")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (missing != "X-Slack-Request-Timestamp")
        {
            request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        }

        if (missing != "X-Slack-Signature")
        {
            request.Headers.Add("X-Slack-Signature", signature);
        }

        using var response = await _host.Client.SendAsync(request);

        await AssertRefusedAsync(response);
    }

    [Fact]
    public async Task A_body_changed_after_signing_is_refused()
    {
        var body = DirectMessageBody();
        var (timestamp, signature) = SlackRequestSigner.Sign(body, DateTimeOffset.UtcNow);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/slack/events")
        {
            Content = new StringContent(body.Replace("\"hi\"", "\"delete everything\""), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", signature);

        using var response = await _host.Client.SendAsync(request);

        await AssertRefusedAsync(response);
    }

    [Theory]
    [InlineData("/api/slack/interactions")]
    [InlineData("/api/slack/commands")]
    public async Task Forged_clicks_and_slash_commands_are_refused(string path)
    {
        var body = path.EndsWith("commands", StringComparison.Ordinal)
            ? SlackPayloads.SlashCommand("readiness", SlackPayloads.DirectChannel)
            : "payload=" + Uri.EscapeDataString("{\"type\":\"block_actions\"}");

        using var response = await _host.PostSignedAsync(path, body, "application/x-www-form-urlencoded", secret: "forged");

        await AssertRefusedAsync(response);
    }

    private async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await _host.WhenIdleAsync();
        Assert.Empty(_host.Api.Calls);
    }
}
