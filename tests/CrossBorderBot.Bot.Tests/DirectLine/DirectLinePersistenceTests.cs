using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.DirectLine;

public sealed class DirectLinePersistenceTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cbb-directline-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_conversation_and_its_history_survive_a_restart_with_SQLite()
    {
        Directory.CreateDirectory(_directory);
        var database = Path.Combine(_directory, "state.db");
        DirectLineTestClient.Session session;
        DirectLineTestClient.ActivitySet before;
        Microsoft.Extensions.Time.Testing.FakeTimeProvider clock;

        using (var first = new DirectLineTestHost(sqlitePath: database))
        using (var client = first.CreateDirectLineClient())
        {
            clock = first.Clock;
            session = await client.StartAsync((await client.GenerateTokenAsync(DirectLineTestHost.Secret, "dl_persistent")).Token);
            await client.PostAsync(session.ConversationId, session.Token, DirectLineTestClient.Message("help", "dl_persistent", "before-restart"));
            before = await client.PollAsync(session.ConversationId, session.Token);
        }

        using var second = new DirectLineTestHost(sqlitePath: database, clock: clock);
        using var restarted = second.CreateDirectLineClient();

        var history = await restarted.PollAsync(session.ConversationId, session.Token);
        Assert.Equal(before.Activities.Select(a => a["id"]!.GetValue<string>()), history.Activities.Select(a => a["id"]!.GetValue<string>()));
        Assert.Contains(history.Activities, a => a["channelData"]?["clientActivityID"]?.GetValue<string>() == "before-restart");

        // Starting again reopens the same conversation without a second welcome, and numbering goes on.
        var reopened = await restarted.StartAsync(session.Token);
        Assert.Equal(session.ConversationId, reopened.ConversationId);
        var id = await restarted.PostAsync(session.ConversationId, session.Token, DirectLineTestClient.Message("help", "dl_persistent", "after-restart"));
        var after = await restarted.PollAsync(session.ConversationId, session.Token, history.Watermark);
        Assert.Equal(id, after.Activities[0]["id"]!.GetValue<string>());
        Assert.True(long.Parse(after.Watermark, System.Globalization.CultureInfo.InvariantCulture) > long.Parse(history.Watermark, System.Globalization.CultureInfo.InvariantCulture));
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
