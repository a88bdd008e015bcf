using CrossBorderBot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Moq;

namespace CrossBorderBot.Tests.Storage;

/// <summary><c>/healthz</c> reports storage trouble instead of the first user finding it.</summary>
public sealed class StorageHealthCheckTests : IDisposable
{
    private readonly StorageTempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task ReachableSqliteStoreIsHealthy()
    {
        using var store = new SqliteStorage(_database.Path);

        var result = await CheckAsync(store);

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    [Fact]
    public async Task SqliteStoreThatCannotCreateItsFileIsUnhealthy()
    {
        // A regular file where the database's directory should be: the store can never create its database.
        var blocker = Path.Combine(_database.Directory, "not-a-directory");
        await File.WriteAllTextAsync(blocker, "x");
        using var store = new SqliteStorage(Path.Combine(blocker, "bot-state.db"));

        var result = await CheckAsync(store);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.NotNull(result.Exception);
    }

    [Fact]
    public async Task FailingStoreIsReportedWithTheRegistrationsFailureStatus()
    {
        var storage = new Mock<IStorage>();
        storage.Setup(s => s.ReadAsync(It.IsAny<string[]>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new IOException("disk gone"));

        var result = await CheckAsync(storage.Object, HealthStatus.Degraded);

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.IsType<IOException>(result.Exception);
    }

    [Fact]
    public async Task UnreachablePostgresIsUnhealthyAndNamed()
    {
        // Port 1 on the loopback: nothing listens there, so the connection is refused at once.
        await using var store = new PostgresStorage("Host=127.0.0.1;Port=1;Username=bot;Timeout=3");

        var result = await CheckAsync(store, options: new StorageOptions { Provider = "Postgres" });

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.StartsWith("Postgres storage (PostgresStorage) is not reachable", result.Description);
        Assert.Equal("Postgres", result.Data["provider"]);
    }

    [Fact]
    public async Task ReachableStoreIsNamedByItsConfiguredProvider()
    {
        using var store = new SqliteStorage(_database.Path);

        var result = await CheckAsync(store, options: new StorageOptions());

        Assert.Equal("Sqlite storage (SqliteStorage) is reachable.", result.Description);
    }

    private static Task<HealthCheckResult> CheckAsync(IStorage storage, HealthStatus failureStatus = HealthStatus.Unhealthy, StorageOptions? options = null)
    {
        var check = new StorageHealthCheck(storage, options is null ? null : Microsoft.Extensions.Options.Options.Create(options));
        var context = new HealthCheckContext { Registration = new HealthCheckRegistration("storage", check, failureStatus, tags: null) };
        return check.CheckHealthAsync(context, CancellationToken.None);
    }
}
