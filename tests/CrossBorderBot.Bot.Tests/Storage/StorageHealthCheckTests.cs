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

    private static Task<HealthCheckResult> CheckAsync(IStorage storage, HealthStatus failureStatus = HealthStatus.Unhealthy)
    {
        var check = new StorageHealthCheck(storage);
        var context = new HealthCheckContext { Registration = new HealthCheckRegistration("storage", check, failureStatus, tags: null) };
        return check.CheckHealthAsync(context, CancellationToken.None);
    }
}
