using System.Net;
using System.Text.Json.Nodes;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Faults;

/// <summary>
/// PostgreSQL unavailable while the bot runs — the server down (connections reset and refused) or the network to it
/// blocked (nothing answers) — through a <see cref="FaultProxy"/> in front of the real server: /api/messages gives a
/// polite reply and Direct Line a 503, nothing of the failed turn is stored, and full service returns with the server.
/// </summary>
public sealed class PostgresFaultTests
{
    [SkippableFact]
    public async Task Api_messages_replies_politely_while_the_server_is_down_stores_nothing_and_recovers()
    {
        await using var bench = await PostgresFaultBench.StartAsync();
        using var factory = new BotWebApplicationFactory(bench.Settings());
        var client = factory.CreateClient();
        var control = await TurnsAsync(client, "c-control", "I want to choose logistics", "cancel");
        Assert.NotEmpty(control[1]);

        await TurnsAsync(client, "c-outage", "I want to choose logistics");
        var before = await bench.RowsAsync();
        bench.Proxy.Switch(FaultProxyMode.Down);
        var during = Texts(await BotActivityPayloads.PostForRepliesAsync(client, BotActivityPayloads.Message("cancel", "c-outage")));
        using (var health = await client.GetAsync("/healthz"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        }

        Assert.Contains(SqliteFaultTests.StoreUnavailableReply, Assert.Single(during), StringComparison.Ordinal);
        Assert.Equal(before, await bench.RowsAsync());

        bench.Proxy.Switch(FaultProxyMode.Forward);
        var after = Texts(await BotActivityPayloads.PostForRepliesAsync(client, BotActivityPayloads.Message("cancel", "c-outage")));
        Assert.Equal(control[1], after);
    }

    [SkippableFact]
    public async Task Api_messages_replies_politely_within_the_timeout_while_the_network_is_blocked_and_recovers()
    {
        await using var bench = await PostgresFaultBench.StartAsync();
        using var factory = new BotWebApplicationFactory(bench.Settings());
        var client = factory.CreateClient();
        await TurnsAsync(client, "c-blocked", "hi");

        bench.Proxy.Switch(FaultProxyMode.Blocked);
        var started = DateTime.UtcNow;
        var during = Texts(await BotActivityPayloads.PostForRepliesAsync(client, BotActivityPayloads.Message("help", "c-blocked")));
        Assert.Contains(SqliteFaultTests.StoreUnavailableReply, Assert.Single(during), StringComparison.Ordinal);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(60), "the turn waited for the store's timeout, not forever");

        bench.Proxy.Switch(FaultProxyMode.Forward);
        var after = Texts(await BotActivityPayloads.PostForRepliesAsync(client, BotActivityPayloads.Message("help", "c-blocked")));
        Assert.NotEmpty(after);
        Assert.DoesNotContain(after, text => text.Contains(SqliteFaultTests.StoreUnavailableReply, StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Direct_line_answers_503_while_the_server_is_down_writes_nothing_and_recovers()
    {
        await using var bench = await PostgresFaultBench.StartAsync();
        using var host = new DirectLineTestHost(settings: bench.Settings());
        using var client = host.CreateDirectLineClient();
        var session = await client.StartAsync((await client.GenerateTokenAsync(DirectLineTestHost.Secret, "dl_pgdown")).Token);
        var before = await client.PollAsync(session.ConversationId, session.Token);

        bench.Proxy.Switch(FaultProxyMode.Down);
        using (var refused = await client.PostRawAsync(session.ConversationId, session.Token, """{"type":"message","text":"help","from":{"id":"dl_pgdown"}}"""))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.NotNull(refused.Headers.RetryAfter);
        }

        bench.Proxy.Switch(FaultProxyMode.Forward);
        Assert.Empty((await client.PollAsync(session.ConversationId, session.Token, before.Watermark)).Activities);
        await client.PostAsync(session.ConversationId, session.Token, DirectLineTestClient.Message("help", "dl_pgdown"));
        Assert.Contains((await client.PollAsync(session.ConversationId, session.Token, before.Watermark)).Activities, a => a["from"]!["role"]?.GetValue<string>() == "bot");
    }

    private static async Task<List<List<string>>> TurnsAsync(HttpClient client, string conversationId, params string[] messages)
    {
        var answers = new List<List<string>>();
        foreach (var message in messages)
        {
            answers.Add(Texts(await BotActivityPayloads.PostForRepliesAsync(client, BotActivityPayloads.Message(message, conversationId))));
        }

        return answers;
    }

    private static List<string> Texts(JsonArray replies)
        => [.. replies.Where(r => r!["type"]!.GetValue<string>() == "message").Select(r => r!["text"]?.GetValue<string>() ?? r!.ToJsonString())];
}
