using CrossBorderBot.Storage;
using Microsoft.Bot.Builder;

namespace CrossBorderBot.Tests.Storage;

/// <summary>
/// What a store that several bot instances share must add to the conformance suite: a second instance (its own
/// client, same data) sees every write and is refused stale ones, instances starting together both set up the
/// store, and an exclusive create that exactly one of many racing instances wins.
/// </summary>
public abstract class SharedStorageConformanceTests : StorageConformanceTests
{
    /// <summary>Whether a write of several keys where one is stale writes none of them.</summary>
    protected virtual bool WritesOfSeveralKeysAreAtomic => true;

    /// <summary>Another client on the same data, as a second bot instance would open it.</summary>
    protected abstract IStorage OpenSecondInstance();

    [SkippableFact]
    public async Task InstancesStartingTogetherBothSetUpTheStore()
    {
        var first = Storage;
        var second = OpenSecondInstance();

        await Task.WhenAll(
            first.WriteAsync(new Dictionary<string, object> { ["from-first"] = new StorageTestItem { Text = "1" } }, CancellationToken.None),
            second.WriteAsync(new Dictionary<string, object> { ["from-second"] = new StorageTestItem { Text = "2" } }, CancellationToken.None));

        var seen = await first.ReadAsync(["from-first", "from-second"], CancellationToken.None);
        Assert.Equal(["from-first", "from-second"], seen.Keys.Order());
    }

    [SkippableFact]
    public async Task SecondInstanceSeesWritesAndIsRefusedStaleOnes()
    {
        var second = OpenSecondInstance();
        await WriteAsync("conversation", new StorageTestItem { Text = "step 1" });

        var onSecond = Assert.IsType<StorageTestItem>((await second.ReadAsync(["conversation"], CancellationToken.None))["conversation"]);
        var onFirst = await ReadItemAsync("conversation");
        onFirst.Text = "step 2 on the first instance";
        await WriteAsync("conversation", onFirst);

        onSecond.Text = "step 2 on the second instance";
        var refusal = await Record.ExceptionAsync(() => second.WriteAsync(new Dictionary<string, object> { ["conversation"] = onSecond }, CancellationToken.None));

        Assert.IsType<StorageConcurrencyException>(refusal);
        Assert.Equal("step 2 on the first instance", (await ReadItemAsync("conversation")).Text);
    }

    [SkippableFact]
    public async Task ExclusiveCreateWinsOnceAndNeverOverwrites()
    {
        var store = Assert.IsAssignableFrom<IExclusiveCreateStorage>(Storage);
        var claim = new StorageTestItem { Text = "first claim" };

        Assert.True(await store.TryCreateAsync("claim/1", claim, CancellationToken.None));
        Assert.False(await store.TryCreateAsync("claim/1", new StorageTestItem { Text = "second claim" }, CancellationToken.None));

        var stored = await ReadItemAsync("claim/1");
        Assert.Equal("first claim", stored.Text);
        Assert.Equal(stored.ETag, claim.ETag);
    }

    [SkippableFact]
    public async Task ExclusiveCreateRacedByTwoInstancesHasExactlyOneWinner()
    {
        const int Racers = 16;
        var instances = new[] { Storage, OpenSecondInstance() }.Cast<IExclusiveCreateStorage>().ToArray();
        await WriteAsync("warm-up", new StorageTestItem());
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var racers = Enumerable.Range(0, Racers).Select(i => Task.Run(async () =>
        {
            await start.Task;
            return await instances[i % 2].TryCreateAsync("slack/event/Ev01", new StorageTestItem { Text = "racer " + i }, CancellationToken.None);
        })).ToArray();
        start.SetResult();
        var outcomes = await Task.WhenAll(racers);

        var winner = Assert.Single(Enumerable.Range(0, Racers), i => outcomes[i]);
        Assert.Equal("racer " + winner, (await ReadItemAsync("slack/event/Ev01")).Text);
    }

    [SkippableFact]
    public async Task WriteOfSeveralKeysWithOneStaleKey()
    {
        await WriteAsync("conversation", new StorageTestItem { Text = "old conversation" });
        var stale = await ReadItemAsync("conversation");
        await WriteAsync("conversation", new StorageTestItem { Text = "newer conversation", ETag = "*" });

        stale.Text = "stale conversation";
        var refusal = await Record.ExceptionAsync(() => Storage.WriteAsync(
            new Dictionary<string, object> { ["user"] = new StorageTestItem { Text = "user" }, ["conversation"] = stale },
            CancellationToken.None));

        Assert.IsType<StorageConcurrencyException>(refusal);
        Assert.Equal("newer conversation", (await ReadItemAsync("conversation")).Text);
        var user = await Storage.ReadAsync(["user"], CancellationToken.None);
        Assert.Equal(WritesOfSeveralKeysAreAtomic ? 0 : 1, user.Count);
    }

    [SkippableFact]
    public async Task VeryLongKeysAreKeptApart()
    {
        var prefix = new string('k', 1_500);
        await WriteAsync(prefix + "/a", new StorageTestItem { Text = "A" });
        await WriteAsync(prefix + "/b", new StorageTestItem { Text = "B" });

        Assert.Equal("A", (await ReadItemAsync(prefix + "/a")).Text);
        Assert.Equal("B", (await ReadItemAsync(prefix + "/b")).Text);
    }
}
