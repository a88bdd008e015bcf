using CrossBorderBot.Alerts;
using CrossBorderBot.Channels.Slack;
using CrossBorderBot.Tests.TestUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json;

namespace CrossBorderBot.Tests.Alerts;

/// <summary>
/// Alerts end to end on native Slack: the user subscribes in a direct message, the check runs as of a later day,
/// and the alert is posted with <c>chat.postMessage</c> into the same conversation (the fake Slack Web API records
/// it), once. The bot's clock is fake and requests are signed at its time.
/// </summary>
public sealed class AlertSlackTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 6, 20, 9, 0, 0, TimeSpan.Zero));
    private SlackBotHost _host = null!;
    private int _ts;

    public async Task InitializeAsync() => _host = await SlackBotHost.StartAsync(configureServices: services =>
    {
        services.AddSingleton<TimeProvider>(_clock);
        services.Configure<AdminOptions>(options => options.ApiKey = AlertAdminClient.ApiKey);
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_subscribed_slack_conversation_gets_the_us_change_once_by_chat_post_message()
    {
        await SayAsync("Please let me know when US customs rules change");
        var confirmation = Assert.Single(PostsSince(0));
        Assert.Equal(SlackPayloads.DirectChannel, confirmation.Channel);
        Assert.Contains("United States", Everything(confirmation), StringComparison.Ordinal);

        var before = _host.Api.Calls.Count;
        var sent = await AlertAdminClient.RunAsync(_host.Client, "2027-07-02");
        var posts = PostsSince(before);

        Assert.True(sent >= 1);
        Assert.Equal(sent, posts.Count);
        Assert.All(posts, post => Assert.Equal(SlackPayloads.DirectChannel, post.Channel));
        var us = Assert.Single(posts, post => Everything(post).Contains("2027-07-01", StringComparison.Ordinal));
        Assert.Contains("de minimis", Everything(us), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Stop alerts", us.ButtonTitles);

        before = _host.Api.Calls.Count;
        Assert.Equal(0, await AlertAdminClient.RunAsync(_host.Client, "2027-07-02"));
        Assert.Empty(PostsSince(before));
    }

    [Fact]
    public async Task Stop_alerts_in_chinese_ends_them()
    {
        await SayAsync("美国的规则有变化时通知我");
        await SayAsync("取消提醒");
        var before = _host.Api.Calls.Count;

        Assert.Equal(0, await AlertAdminClient.RunAsync(_host.Client, "2027-07-02"));
        Assert.Empty(PostsSince(before));
    }

    private async Task SayAsync(string text)
    {
        var ts = $"{1_800_000_000 + Interlocked.Increment(ref _ts)}.000100";
        var body = SlackPayloads.Envelope(SlackPayloads.DirectMessage(text, ts)).ToString(Formatting.None);
        using var response = await _host.PostSignedAsync("/api/slack/events", body, "application/json", at: _clock.GetUtcNow());
        response.EnsureSuccessStatusCode();
        await _host.WhenIdleAsync();
    }

    private List<SlackApiCall> PostsSince(int index) =>
        [.. _host.Api.Calls.Skip(index).Where(call => call.Method == "chat.postMessage")];

    private static string Everything(SlackApiCall call) => call.Text + "\n" + call.Blocks?.ToString(Formatting.None);
}
