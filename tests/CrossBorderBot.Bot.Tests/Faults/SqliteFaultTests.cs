using System.Net;
using System.Text.Json.Nodes;
using CrossBorderBot.Storage;
using CrossBorderBot.Tests.TestUtilities;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderBot.Tests.Faults;

/// <summary>
/// The SQLite store unavailable — its file locked by another process, or read-only: Direct Line answers 503 (the
/// client retries) and /api/messages a polite reply; nothing is half-written; full service when the store is back.
/// </summary>
public sealed class SqliteFaultTests : IDisposable
{
    /// <summary>What the bot says when it cannot reach its store (not the generic apology).</summary>
    internal const string StoreUnavailableReply = "can't reach my records";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cbb-faults-" + Guid.NewGuid().ToString("N"));

    public SqliteFaultTests() => Directory.CreateDirectory(_directory);

    private string Database => Path.Combine(_directory, "state.db");

    [Fact]
    public async Task Direct_line_answers_503_while_the_file_is_locked_writes_nothing_and_recovers()
    {
        using var host = new DirectLineTestHost(sqlitePath: Database);
        using var client = host.CreateDirectLineClient();
        var session = await client.StartAsync((await client.GenerateTokenAsync(DirectLineTestHost.Secret, "dl_locked")).Token);
        var before = await client.PollAsync(session.ConversationId, session.Token);

        using (var lockHolder = await LockAsync())
        {
            using var refused = await client.PostRawAsync(session.ConversationId, session.Token, """{"type":"message","text":"help","from":{"id":"dl_locked"},"channelData":{"clientActivityID":"during-lock"}}""");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.NotNull(refused.Headers.RetryAfter);
            Assert.Equal("ServiceUnavailable", await DirectLineTestClient.ErrorCodeAsync(refused));
        }

        var unchanged = await client.PollAsync(session.ConversationId, session.Token, before.Watermark);
        Assert.Empty(unchanged.Activities);

        await client.PostAsync(session.ConversationId, session.Token, DirectLineTestClient.Message("help", "dl_locked", "after-lock"));
        var after = await client.PollAsync(session.ConversationId, session.Token, before.Watermark);
        Assert.Contains(after.Activities, a => a["channelData"]?["clientActivityID"]?.GetValue<string>() == "after-lock");
        Assert.Contains(after.Activities, a => a["from"]!["role"]?.GetValue<string>() == "bot");
    }

    [Fact]
    public async Task Direct_line_answers_503_while_the_file_is_read_only_and_recovers()
    {
        ReadOnlyStorage? storage = null;
        using var host = new DirectLineTestHost(sqlitePath: Database, configureServices: services =>
            services.AddSingleton<IStorage>(provider => storage = new ReadOnlyStorage(new SqliteStorage(Database))));
        using var client = host.CreateDirectLineClient();
        var session = await client.StartAsync((await client.GenerateTokenAsync(DirectLineTestHost.Secret, "dl_readonly")).Token);
        var before = await client.PollAsync(session.ConversationId, session.Token);

        storage!.ReadOnly = true;
        using (var refused = await client.PostRawAsync(session.ConversationId, session.Token, """{"type":"message","text":"help","from":{"id":"dl_readonly"}}"""))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        }

        using (var token = await client.Http.PostAsync("/api/webchat/token", content: null))
        {
            Assert.True(token.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"token answered {(int)token.StatusCode}");
        }

        Assert.Empty((await client.PollAsync(session.ConversationId, session.Token, before.Watermark)).Activities);

        storage.ReadOnly = false;
        await client.PostAsync(session.ConversationId, session.Token, DirectLineTestClient.Message("help", "dl_readonly"));
        Assert.Contains((await client.PollAsync(session.ConversationId, session.Token, before.Watermark)).Activities, a => a["from"]!["role"]?.GetValue<string>() == "bot");
    }

    [Fact]
    public async Task Api_messages_gives_a_polite_reply_while_locked_keeps_the_guide_where_it_was_and_recovers()
    {
        using var factory = new BotWebApplicationFactory(new Dictionary<string, string?> { ["Storage:Provider"] = "Sqlite", ["Storage:SqlitePath"] = Database });
        var client = factory.CreateClient();
        var started = Texts(await BotActivityPayloads.PostForRepliesAsync(client, BotActivityPayloads.Message("I want to choose logistics", "c-locked")));
        Assert.NotEmpty(started);

        List<string> duringLock;
        using (var lockHolder = await LockAsync())
        {
            duringLock = Texts(await BotActivityPayloads.PostForRepliesAsync(client, BotActivityPayloads.Message("cancel", "c-locked")));
        }

        Assert.Contains(duringLock, text => text.Contains(StoreUnavailableReply, StringComparison.Ordinal));

        // Nothing of the failed turn was saved: the same message from the same state gets the same answer again,
        // now without the apology.
        var afterLock = Texts(await BotActivityPayloads.PostForRepliesAsync(client, BotActivityPayloads.Message("cancel", "c-locked")));
        Assert.DoesNotContain(afterLock, text => text.Contains(StoreUnavailableReply, StringComparison.Ordinal));
        Assert.NotEmpty(afterLock);
        Assert.Equal(duringLock.Where(text => !text.Contains(StoreUnavailableReply, StringComparison.Ordinal)), afterLock);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Another process's exclusive lock on the file: writers wait out their busy timeout, then fail.</summary>
    private async Task<IDisposable> LockAsync()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Database, Pooling = false }.ToString());
        await connection.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = "BEGIN EXCLUSIVE;";
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    private static List<string> Texts(JsonArray replies)
        => [.. replies.Where(r => r!["type"]!.GetValue<string>() == "message").Select(r => r!["text"]?.GetValue<string>() ?? r!.ToJsonString())];
}
