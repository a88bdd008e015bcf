using CrossBorderBot.Channels.Slack;
using CrossBorderBot.Tests.TestUtilities;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Slack;

/// <summary>The Web API client against the fake Slack: rate limits waited out, errors reported.</summary>
public sealed class SlackApiClientTests : IAsyncLifetime
{
    private SlackBotHost _host = null!;

    public async Task InitializeAsync() => _host = await SlackBotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private SlackApiClient Client => _host.Services.GetRequiredService<SlackApiClient>();

    [Fact]
    public async Task A_rate_limited_call_is_retried_after_the_time_slack_asks_for()
    {
        _host.Api.Enqueue("chat.postMessage", 429, new JObject { ["ok"] = false, ["error"] = "ratelimited" }, retryAfter: "1");

        var result = await Client.PostMessageAsync(new SlackOutgoingMessage(SlackPayloads.DirectChannel, "hello", null, null), CancellationToken.None);

        Assert.True(result.Ok);
        Assert.NotNull(result.Ts);
        Assert.Equal([429, 200], _host.Api.Calls.Select(call => call.Status));
        Assert.All(_host.Api.Calls, call => Assert.Equal("hello", call.Text));
    }

    [Fact]
    public async Task A_rate_limit_that_persists_is_given_up_after_a_few_retries()
    {
        for (var i = 0; i <= SlackRateLimitHandler.MaxRetries; i++)
        {
            _host.Api.Enqueue("chat.postMessage", 429, new JObject { ["ok"] = false, ["error"] = "ratelimited" }, retryAfter: "0");
        }

        var result = await Client.PostMessageAsync(new SlackOutgoingMessage(SlackPayloads.DirectChannel, "hello", null, null), CancellationToken.None);

        Assert.False(result.Ok);
        Assert.Equal("ratelimited", result.Error);
        Assert.Equal(SlackRateLimitHandler.MaxRetries + 1, _host.Api.Calls.Count);
    }

    [Fact]
    public async Task An_ok_false_answer_is_reported_with_slacks_error_code()
    {
        _host.Api.Enqueue("chat.postMessage", 200, new JObject { ["ok"] = false, ["error"] = "channel_not_found" });

        var result = await Client.PostMessageAsync(new SlackOutgoingMessage("C0NOWHERE1", "hello", null, null), CancellationToken.None);

        Assert.False(result.Ok);
        Assert.Equal("channel_not_found", result.Error);
    }

    [Fact]
    public async Task A_rate_limited_reply_during_a_turn_still_reaches_the_user()
    {
        _host.Api.Enqueue("chat.postMessage", 429, new JObject { ["ok"] = false, ["error"] = "ratelimited" }, retryAfter: "1");
        var chat = new SlackChat(_host);

        var calls = await chat.SayAsync("hi");

        Assert.Equal(2, calls.Count);
        Assert.Equal(calls[0].Body.ToString(), calls[1].Body.ToString());
        Assert.Equal(200, calls[1].Status);
    }
}
