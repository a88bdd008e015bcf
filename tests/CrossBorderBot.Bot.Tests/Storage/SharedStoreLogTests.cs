using CrossBorderBot.Storage;
using Microsoft.Extensions.Logging;

namespace CrossBorderBot.Tests.Storage;

/// <summary>
/// A refused stale write is logged by the shared stores' common flow (<see cref="SharedDocumentStorage"/>), with the
/// provider's own event id, level and event name, as each provider's own message gave it before: log queries rely on them.
/// </summary>
public sealed class SharedStoreLogTests : IAsyncLifetime
{
    private readonly string _table = StorageTestServices.UniqueName("logs_");
    private readonly List<PostgresStorage> _stores = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_stores.Count > 0)
        {
            await _stores[0].DropAsync(CancellationToken.None);
        }

        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task A_stale_write_to_postgres_is_logged_with_its_own_event_id()
    {
        var connection = StorageTestServices.PostgresConnectionString();
        var first = Open(connection, new RecordingLogger());
        var secondLog = new RecordingLogger();
        var second = Open(connection, secondLog);

        await first.WriteAsync(new Dictionary<string, object> { ["conversation"] = new StorageTestItem { Text = "step 1" } }, CancellationToken.None);
        var onSecond = (StorageTestItem)(await second.ReadAsync(["conversation"], CancellationToken.None))["conversation"];
        var onFirst = (StorageTestItem)(await first.ReadAsync(["conversation"], CancellationToken.None))["conversation"];
        onFirst.Text = "step 2 on the first instance";
        await first.WriteAsync(new Dictionary<string, object> { ["conversation"] = onFirst }, CancellationToken.None);

        onSecond.Text = "step 2 on the second instance";
        var refusal = await Record.ExceptionAsync(() => second.WriteAsync(new Dictionary<string, object> { ["conversation"] = onSecond }, CancellationToken.None));

        Assert.Equal("conversation", Assert.IsType<StorageConcurrencyException>(refusal).Key);
        var entry = Assert.Single(secondLog.Entries);
        Assert.Equal(LogEventIds.PostgresETagConflict, entry.Id.Id);
        Assert.Equal("LogETagConflict", entry.Id.Name);
        Assert.Equal(LogLevel.Information, entry.Level);
        Assert.Equal("Refused a stale write to state key conversation (ETag conflict)", entry.Message);
    }

    private PostgresStorage Open(string connection, RecordingLogger logger)
    {
        var store = new PostgresStorage(connection, _table, logger);
        _stores.Add(store);
        return store;
    }

    private sealed class RecordingLogger : ILogger<PostgresStorage>
    {
        public List<(LogLevel Level, EventId Id, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        // Every level; the schema message each store writes on first use is left out by its id.
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Id != LogEventIds.PostgresSchemaReady)
            {
                Entries.Add((logLevel, eventId, formatter(state, exception)));
            }
        }
    }
}
