using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Slack;

/// <summary>
/// Slack resends an event it saw no 2xx for (X-Slack-Retry-Num), also after the bot restarted in between. With the
/// default store (SQLite, one process) the in-process memory of event ids is gone then, so the record of answered
/// events must live in the store.
/// </summary>
public sealed class SlackRetryAfterRestartTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cbb-slack-retry-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_retry_of_an_answered_event_after_a_restart_runs_no_second_turn()
    {
        Directory.CreateDirectory(_directory);
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:SqlitePath"] = Path.Combine(_directory, "state.db"),
        };
        var envelope = SlackPayloads.Envelope(SlackPayloads.DirectMessage("I want to ship a parcel", SlackPayloads.NowTs()));

        await using (var first = await SlackBotHost.StartAsync(settings: settings))
        {
            using var response = await first.SendEventAsync(envelope);
            response.EnsureSuccessStatusCode();
            await first.WhenIdleAsync();
            Assert.Contains(first.Api.Calls, call => call.Text?.StartsWith("How much does one parcel weigh?", StringComparison.Ordinal) == true);
        }

        await using var restarted = await SlackBotHost.StartAsync(settings: settings);
        using (var retry = await restarted.SendEventAsync(envelope, retryNum: "1"))
        {
            retry.EnsureSuccessStatusCode();
        }

        await restarted.WhenIdleAsync();
        Assert.DoesNotContain(restarted.Api.Calls, call => call.Method == "chat.postMessage");

        // The conversation itself goes on where it stood: the guide takes the weight.
        var chat = new SlackChat(restarted);
        var weighed = await chat.SayAsync("2 kg");
        Assert.StartsWith("What are the parcel's outer dimensions", weighed[^1].Text, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
