using System.Text.Json.Nodes;
using CrossBorderBot.Alerts;
using CrossBorderBot.Tests.TestUtilities;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderBot.Tests.Alerts;

/// <summary>
/// Alerts end to end through the embedded web chat's Direct Line: the user subscribes in their own words, the check
/// runs as of a later day (admin endpoint or the daily service on a fake clock), and the alert appears in the
/// conversation's next poll, once.
/// </summary>
public sealed class AlertDirectLineTests : IDisposable
{
    private static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly DateTimeOffset SubscribeAt = new(2027, 6, 20, 9, 0, 0, TimeSpan.Zero);

    private readonly DirectLineTestHost _host = new(settings: new Dictionary<string, string?> { ["Admin:ApiKey"] = AlertAdminClient.ApiKey });

    public AlertDirectLineTests() => _host.Clock.SetUtcNow(SubscribeAt);

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task A_subscribed_web_chat_gets_the_us_july_2027_change_once()
    {
        using var client = _host.CreateDirectLineClient();
        var (session, userId, watermark) = await StartAsync(client);
        var afterSubscribe = await SayAsync(client, session, userId, "notify me when the rules for the US change", watermark);
        Assert.Contains(afterSubscribe.Activities, a => Text(a).Contains("United States", StringComparison.Ordinal));

        var sent = await AlertAdminClient.RunAsync(client.Http, "2027-07-02");
        var alerts = (await client.PollAsync(session.ConversationId, session.Token, afterSubscribe.Watermark)).Activities;

        var expected = _host.Services.GetRequiredService<RuleChangeCatalog>()
            .Between(["us"], DateOnly.FromDateTime(SubscribeAt.UtcDateTime), new DateOnly(2027, 7, 2)).Count();
        Assert.Equal(expected, sent);
        Assert.Equal(sent, alerts.Count);
        var us = Assert.Single(alerts, a => Text(a).Contains("2027-07-01", StringComparison.Ordinal));
        Assert.Contains("de minimis", Text(us), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("United States", Text(us), StringComparison.Ordinal);

        Assert.Equal(0, await AlertAdminClient.RunAsync(client.Http, "2027-07-02"));
        Assert.Equal(0, await AlertAdminClient.RunAsync(client.Http, "2027-07-03"));
        var later = await client.PollAsync(session.ConversationId, session.Token, afterSubscribe.Watermark);
        Assert.Equal(alerts.Count, later.Activities.Count);
    }

    [Fact]
    public async Task A_chinese_request_subscribes_and_the_alert_is_in_chinese()
    {
        using var client = _host.CreateDirectLineClient();
        var (session, userId, watermark) = await StartAsync(client, "zh-CN");
        var answer = await SayAsync(client, session, userId, "美国的规则有变化时通知我", watermark);
        Assert.Contains(answer.Activities, a => Text(a).Contains("美国", StringComparison.Ordinal));

        Assert.True(await AlertAdminClient.RunAsync(client.Http, "2027-07-02") >= 1);
        var alerts = (await client.PollAsync(session.ConversationId, session.Token, answer.Watermark)).Activities;
        var us = Assert.Single(alerts, a => Text(a).Contains("2027年7月1日", StringComparison.Ordinal));
        Assert.Contains("最低免税额", Text(us), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_daily_check_sends_the_alert_when_the_clock_passes_the_day()
    {
        using var client = _host.CreateDirectLineClient();
        var (session, userId, watermark) = await StartAsync(client);
        var afterSubscribe = await SayAsync(client, session, userId, "keep me posted on rule changes for the United States", watermark);

        _host.Clock.SetUtcNow(new DateTimeOffset(2027, 7, 1, 23, 0, 0, TimeSpan.Zero));
        _host.Clock.Advance(TimeSpan.FromHours(8));

        // Twelve days on, the page's token has expired; a server-side client polls with the secret.
        var alerts = await PollUntilAsync(client, session with { Token = DirectLineTestHost.Secret }, afterSubscribe.Watermark, a => Text(a).Contains("2027-07-01", StringComparison.Ordinal));
        Assert.Single(alerts, a => Text(a).Contains("2027-07-01", StringComparison.Ordinal));
        Assert.Equal(0, await AlertAdminClient.RunAsync(client.Http, "2027-07-02"));
    }

    [Fact]
    public async Task After_stop_alerts_nothing_is_sent_and_my_alerts_says_so()
    {
        using var client = _host.CreateDirectLineClient();
        var (session, userId, watermark) = await StartAsync(client);
        var subscribed = await SayAsync(client, session, userId, "notify me when the rules for the US change", watermark);
        var listed = await SayAsync(client, session, userId, "my alerts", subscribed.Watermark);
        Assert.Contains(listed.Activities, a => Text(a).Contains("United States", StringComparison.Ordinal));

        var stopped = await SayAsync(client, session, userId, "stop alerts", listed.Watermark);
        Assert.Contains(stopped.Activities, a => Text(a).Contains("Stopped", StringComparison.Ordinal));
        Assert.Equal(0, await AlertAdminClient.RunAsync(client.Http, "2027-07-02"));

        var none = await SayAsync(client, session, userId, "my alerts", stopped.Watermark);
        Assert.Contains(none.Activities, a => Text(a).Contains("no rule-change alerts", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Another_conversation_that_did_not_subscribe_gets_nothing()
    {
        using var client = _host.CreateDirectLineClient();
        var (subscriber, subscriberUser, w1) = await StartAsync(client);
        await SayAsync(client, subscriber, subscriberUser, "notify me when the rules for the US change", w1);
        var (other, _, w2) = await StartAsync(client);

        Assert.True(await AlertAdminClient.RunAsync(client.Http, "2027-07-02") >= 1);
        Assert.Empty((await client.PollAsync(other.ConversationId, other.Token, w2)).Activities);
    }

    [Fact]
    public async Task An_entry_changed_since_the_last_check_is_told_once_as_updated_rules()
    {
        using var client = _host.CreateDirectLineClient();
        var (session, userId, watermark) = await StartAsync(client);
        var subscribed = await SayAsync(client, session, userId, "notify me when the rules for the US change", watermark);

        // The last check saw an older release of the knowledge base, whose United States entry differed.
        var entries = _host.Services.GetRequiredService<KnowledgeEntries>();
        var seen = entries.All.ToDictionary(e => e.Key, e => e.Fingerprint);
        seen["market:us"] = "0000000000000000";
        await _host.Services.GetRequiredService<IStorage>().WriteAsync(new Dictionary<string, object>
        {
            ["alerts/knowledge-snapshot"] = new KnowledgeSnapshot { Fingerprints = seen, LastCheckedAt = SubscribeAt.AddHours(-1) },
        });
        _host.Clock.Advance(TimeSpan.FromHours(1));

        var sent = await AlertAdminClient.RunAsync(client.Http, "2027-06-20");

        // An hour on, the page's token has expired; a server-side client polls with the secret.
        var alerts = (await client.PollAsync(session.ConversationId, DirectLineTestHost.Secret, subscribed.Watermark)).Activities;

        Assert.Equal(1, sent);
        Assert.Contains("Updated rules for the United States", Text(Assert.Single(alerts)), StringComparison.Ordinal);
        Assert.Equal(0, await AlertAdminClient.RunAsync(client.Http, "2027-06-21"));
    }

    private async Task<(DirectLineTestClient.Session Session, string UserId, string Watermark)> StartAsync(DirectLineTestClient client, string locale = "en-US")
    {
        var token = await client.GenerateTokenAsync(DirectLineTestHost.Secret);
        var session = await client.StartAsync(token.Token, locale);
        var userId = DirectLineTestClient.UserOf(session.Token);
        var welcome = await client.PollAsync(session.ConversationId, session.Token);
        return (session, userId, welcome.Watermark);
    }

    private static async Task<DirectLineTestClient.ActivitySet> SayAsync(DirectLineTestClient client, DirectLineTestClient.Session session, string userId, string text, string watermark)
    {
        await client.PostAsync(session.ConversationId, session.Token, DirectLineTestClient.Message(text, userId));
        var set = await client.PollAsync(session.ConversationId, session.Token, watermark);
        return set with { Activities = [.. set.Activities.Where(a => a["from"]?["role"]?.GetValue<string>() != "user")] };
    }

    private static async Task<IReadOnlyList<JsonObject>> PollUntilAsync(DirectLineTestClient client, DirectLineTestClient.Session session, string watermark, Func<JsonObject, bool> seen)
    {
        for (var i = 0; i < 200; i++)
        {
            var set = await client.PollAsync(session.ConversationId, session.Token, watermark);
            if (set.Activities.Any(seen))
            {
                return set.Activities;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The daily check sent nothing.");
    }

    /// <summary>Everything a user reads in an activity: its text and its card's text.</summary>
    private static string Text(JsonObject activity) =>
        (activity["text"]?.GetValue<string>() ?? string.Empty) + "\n" + (activity["attachments"]?.ToJsonString(Readable) ?? string.Empty);
}
