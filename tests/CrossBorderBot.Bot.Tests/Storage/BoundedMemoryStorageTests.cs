using CrossBorderBot.Storage;

namespace CrossBorderBot.Tests.Storage;

/// <summary>What only the bounded in-memory store does: it stays within its byte budget by dropping idle items.</summary>
public sealed class BoundedMemoryStorageTests
{
    [Fact]
    public async Task BeyondItsBudgetTheLeastRecentlyUsedItemsAreDropped()
    {
        var storage = new BoundedMemoryStorage(maxBytes: 4_000);
        await Write(storage, "kept-by-reading", "x");
        for (var i = 0; i < 200; i++)
        {
            await Write(storage, $"conversation-{i}", new string('a', 100));

            // One conversation keeps talking: it is used more recently than the others and must never be dropped.
            Assert.Contains("kept-by-reading", await storage.ReadAsync(["kept-by-reading"], CancellationToken.None));
        }

        Assert.InRange(storage.Count, 2, 40);
        var oldest = await storage.ReadAsync(["conversation-0", "conversation-1"], CancellationToken.None);
        Assert.Empty(oldest);
        var newest = await storage.ReadAsync(["conversation-199"], CancellationToken.None);
        Assert.Equal(new string('a', 100), Assert.IsType<StorageTestItem>(newest["conversation-199"]).Text);
    }

    [Fact]
    public async Task AnItemLargerThanTheBudgetIsStillKeptUntilTheNextWrite()
    {
        var storage = new BoundedMemoryStorage(maxBytes: 100);

        await Write(storage, "big", new string('b', 1_000));

        Assert.Contains("big", await storage.ReadAsync(["big"], CancellationToken.None));
    }

    [Fact]
    public async Task KeysAndETagsCountAgainstTheBudgetNotOnlyTheJson()
    {
        var storage = new BoundedMemoryStorage(maxBytes: 20_000);

        // Tiny documents under long keys: counting the JSON alone would keep all 500 (about 50 bytes of JSON each).
        for (var i = 0; i < 500; i++)
        {
            await Write(storage, $"webchat/conversations/{i:D4}-{new string('k', 60)}", "x");
        }

        Assert.InRange(storage.CountedBytes, 1, 20_000 + 1_000);
        Assert.InRange(storage.Count, 10, 80);
    }

    [Fact]
    public async Task ReplacedAndDeletedItemsNoLongerCount()
    {
        var storage = new BoundedMemoryStorage();
        await Write(storage, "a", new string('a', 1_000));
        var one = storage.CountedBytes;

        await Write(storage, "a", new string('a', 1_000));
        Assert.Equal(one, storage.CountedBytes);

        await storage.DeleteAsync(["a"], CancellationToken.None);
        Assert.Equal(0, storage.CountedBytes);
        Assert.Empty(await storage.ReadAsync(["a"], CancellationToken.None));
    }

    private static Task Write(BoundedMemoryStorage storage, string key, string text) =>
        storage.WriteAsync(new Dictionary<string, object> { [key] = new StorageTestItem { Text = text } }, CancellationToken.None);
}
