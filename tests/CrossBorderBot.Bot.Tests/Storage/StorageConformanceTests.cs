using CrossBorderBot.Storage;
using Microsoft.Bot.Builder;

namespace CrossBorderBot.Tests.Storage;

/// <summary>
/// What every <see cref="IStorage"/> provider must do for the bot. To check a new provider, derive one class that
/// returns a fresh, empty store from <see cref="CreateEmptyStorage"/> (and cleans it up in <see cref="Dispose"/>).
/// Where a provider honestly behaves differently, it says so by overriding a capability flag; the test then checks
/// the behaviour the flag announces instead of skipping the point.
/// </summary>
public abstract class StorageConformanceTests : IDisposable
{
    private IStorage? _storage;

    /// <summary>The store under test, created on first use.</summary>
    protected IStorage Storage => _storage ??= CreateEmptyStorage();

    /// <summary>
    /// Whether a write whose item carries no ETag (null or empty) overwrites an existing item. When false the
    /// provider treats it as a conflict, as the SDK's MemoryStorage does.
    /// </summary>
    protected virtual bool OverwritesWhenETagIsMissing => true;

    /// <summary>Whether a successful write puts the new ETag on the written <see cref="IStoreItem"/>.</summary>
    protected virtual bool SetsETagOnWrittenItems => true;

    /// <summary>
    /// Whether the dictionaries <c>BotState</c> saves get ETag checks too, so that two turns of one conversation
    /// racing each other cannot silently overwrite one another. When false the last save wins.
    /// </summary>
    protected virtual bool RefusesStaleBotStateSaves => true;

    /// <summary>Creates a new, empty store; each test gets its own.</summary>
    protected abstract IStorage CreateEmptyStorage();

    /// <summary>Whether the exception is this provider's "stale ETag" refusal.</summary>
    protected virtual bool IsConcurrencyConflict(Exception exception) => exception is StorageConcurrencyException;

    public virtual void Dispose()
    {
        (_storage as IDisposable)?.Dispose();
        GC.SuppressFinalize(this);
    }

    [SkippableFact]
    public async Task WrittenItemReadsBackAsTheSameType()
    {
        await WriteAsync("guide/1", new StorageTestItem { Text = "readiness", Count = 3 });

        var item = await ReadItemAsync("guide/1");

        Assert.Equal("readiness", item.Text);
        Assert.Equal(3, item.Count);
        Assert.False(string.IsNullOrEmpty(item.ETag));
    }

    [SkippableFact]
    public async Task MissingKeysAreLeftOutOfReads()
    {
        await WriteAsync("present", new StorageTestItem { Text = "here" });

        var none = await Storage.ReadAsync(["absent"], CancellationToken.None);
        var some = await Storage.ReadAsync(["present", "absent"], CancellationToken.None);

        Assert.Empty(none);
        Assert.Equal(["present"], some.Keys);
    }

    [SkippableFact]
    public async Task ManyKeysAreWrittenReadAndDeletedInOneCall()
    {
        await Storage.WriteAsync(
            new Dictionary<string, object>
            {
                ["a"] = new StorageTestItem { Text = "A" },
                ["b"] = new StorageTestItem { Text = "B" },
                ["c"] = new StorageTestItem { Text = "C" },
            },
            CancellationToken.None);

        var all = await Storage.ReadAsync(["a", "b", "c", "missing"], CancellationToken.None);
        Assert.Equal(["A", "B", "C"], all.OrderBy(p => p.Key).Select(p => ((StorageTestItem)p.Value).Text));

        await Storage.DeleteAsync(["a", "c", "missing"], CancellationToken.None);

        var left = await Storage.ReadAsync(["a", "b", "c"], CancellationToken.None);
        Assert.Equal(["b"], left.Keys);
    }

    [SkippableFact]
    public async Task DeletingMissingKeysChangesNothing()
    {
        await WriteAsync("kept", new StorageTestItem { Text = "kept" });

        await Storage.DeleteAsync(["never-written", "also-missing"], CancellationToken.None);

        Assert.Equal("kept", (await ReadItemAsync("kept")).Text);
    }

    [SkippableFact]
    public async Task WriteWithStaleETagIsRefusedAndKeepsTheStoredValue()
    {
        await WriteAsync("order", new StorageTestItem { Text = "first" });
        var stale = await ReadItemAsync("order");
        var fresh = await ReadItemAsync("order");
        fresh.Text = "second";
        await WriteAsync("order", fresh);

        stale.Text = "lost update";
        var refusal = await Record.ExceptionAsync(() => WriteAsync("order", stale));

        Assert.NotNull(refusal);
        Assert.True(IsConcurrencyConflict(refusal), $"Expected a concurrency conflict, got {refusal.GetType().Name}: {refusal.Message}");
        Assert.Equal("second", (await ReadItemAsync("order")).Text);
    }

    [SkippableFact]
    public async Task StarETagOverwrites()
    {
        await WriteAsync("order", new StorageTestItem { Text = "first" });

        await WriteAsync("order", new StorageTestItem { Text = "second", ETag = "*" });

        Assert.Equal("second", (await ReadItemAsync("order")).Text);
    }

    [SkippableFact]
    public async Task WriteWithoutETagOverExistingItem()
    {
        await WriteAsync("order", new StorageTestItem { Text = "first" });

        var outcome = await Record.ExceptionAsync(() => WriteAsync("order", new StorageTestItem { Text = "second", ETag = null }));

        if (OverwritesWhenETagIsMissing)
        {
            Assert.Null(outcome);
            Assert.Equal("second", (await ReadItemAsync("order")).Text);
        }
        else
        {
            Assert.NotNull(outcome);
            Assert.True(IsConcurrencyConflict(outcome), $"Expected a concurrency conflict, got {outcome.GetType().Name}.");
            Assert.Equal("first", (await ReadItemAsync("order")).Text);
        }
    }

    [SkippableFact]
    public async Task NewKeyIsWrittenEvenWhenTheItemCarriesAnETag()
    {
        await WriteAsync("brand-new", new StorageTestItem { Text = "hello", ETag = "an-etag-from-elsewhere" });

        Assert.Equal("hello", (await ReadItemAsync("brand-new")).Text);
    }

    [SkippableFact]
    public async Task DeletedKeyIsNewAgainForItsNextWrite()
    {
        await WriteAsync("order", new StorageTestItem { Text = "first" });
        var before = await ReadItemAsync("order");
        await Storage.DeleteAsync(["order"], CancellationToken.None);

        before.Text = "again";
        await WriteAsync("order", before);

        Assert.Equal("again", (await ReadItemAsync("order")).Text);
    }

    [SkippableFact]
    public async Task ETagChangesOnEveryWrite()
    {
        var seen = new HashSet<string>();
        var item = new StorageTestItem { Text = "v0" };
        await WriteAsync("doc", item);

        for (var version = 1; version <= 5; version++)
        {
            var stored = await ReadItemAsync("doc");
            Assert.True(seen.Add(stored.ETag!), $"ETag '{stored.ETag}' was issued twice.");
            if (SetsETagOnWrittenItems)
            {
                Assert.Equal(stored.ETag, item.ETag);
            }

            item = stored;
            item.Text = "v" + version;
            await WriteAsync("doc", item);
        }

        Assert.Equal("v5", (await ReadItemAsync("doc")).Text);
    }

    [SkippableFact]
    public async Task ConcurrentReadModifyWriteWithRetryLosesNoUpdate()
    {
        const int Writers = 20;
        await WriteAsync("counter", new StorageTestItem { Count = 0 });


        // Every writer's first read happens before any writer's first write, so the first round surely collides.
        var arrived = 0;
        var allHaveRead = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var workers = Enumerable.Range(0, Writers).Select(_ => Task.Run(IncrementWithRetryAsync));
        await Task.WhenAll(workers);

        Assert.Equal(Writers, (await ReadItemAsync("counter")).Count);

        async Task IncrementWithRetryAsync()
        {
            for (var attempt = 1; ; attempt++)
            {
                var item = await ReadItemAsync("counter");
                item.Count++;
                if (attempt == 1)
                {
                    if (Interlocked.Increment(ref arrived) == Writers)
                    {
                        allHaveRead.SetResult();
                    }

                    await allHaveRead.Task;
                }

                try
                {
                    await WriteAsync("counter", item);
                    return;
                }
                catch (Exception ex) when (IsConcurrencyConflict(ex) && attempt < 1_000)
                {
                    // Someone else won this round; read their value and try again.
                }
            }
        }
    }

    [SkippableFact]
    public async Task TwoWritersRacingWithTheSameETagExactlyOneWins()
    {
        await WriteAsync("slot", new StorageTestItem { Text = "original" });
        var first = await ReadItemAsync("slot");
        var second = await ReadItemAsync("slot");
        first.Text = "first";
        second.Text = "second";
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var attempts = new[] { first, second }.Select(item => Task.Run(async () =>
        {
            await start.Task;
            return await Record.ExceptionAsync(() => WriteAsync("slot", item));
        })).ToArray();
        start.SetResult();
        var outcomes = await Task.WhenAll(attempts);

        Assert.Single(outcomes, o => o is null);
        var loser = Assert.Single(outcomes, o => o is not null);
        Assert.True(IsConcurrencyConflict(loser!), $"Expected a concurrency conflict, got {loser!.GetType().Name}.");
        var winner = outcomes[0] is null ? "first" : "second";
        Assert.Equal(winner, (await ReadItemAsync("slot")).Text);
    }

    [SkippableFact]
    public async Task UnicodeKeysAndValuesRoundTrip()
    {
        const string Key = "微信/conversations/会话-🚢📦";
        const string Text = "你好，跨境电商！出口到德国 🇩🇪 需要 CE 认证吗？😀";
        await WriteAsync(Key, new StorageTestItem { Text = Text });

        var read = await Storage.ReadAsync([Key], CancellationToken.None);

        var item = Assert.IsType<StorageTestItem>(Assert.Contains(Key, read));
        Assert.Equal(Text, item.Text);
    }

    [SkippableFact]
    public async Task OneMegabyteDocumentRoundTrips()
    {
        var text = string.Concat(Enumerable.Repeat("跨境物流 parcel 0123456789 ", 50_000))[..(1024 * 1024)];
        await WriteAsync("big", new StorageTestItem { Text = text });

        var item = await ReadItemAsync("big");

        Assert.Equal(1024 * 1024, item.Text!.Length);
        Assert.Equal(text, item.Text);
    }

    [SkippableFact]
    public async Task TypedStateRoundTripsThroughConversationStateAccessors()
    {
        var saved = new StorageTestProfile(
            "宁波外贸有限公司",
            [new StorageTestShipment("MUG-01", 0.45, ["DE", "FR"]), new StorageTestShipment("LAMP-7", 2.5, ["US"])],
            new Dictionary<string, decimal> { ["DE"] = 12.34m, ["US"] = 7.5m },
            new DateTimeOffset(2026, 11, 26, 9, 30, 0, TimeSpan.FromHours(8)),
            "2026-11-26T10:00:00Z");

        var writerState = new ConversationState(Storage);
        var writerTurn = StorageTestTurns.NewTurn("conversation-1");
        await writerState.CreateProperty<StorageTestProfile>("profile").SetAsync(writerTurn, saved, CancellationToken.None);
        await writerState.SaveChangesAsync(writerTurn, force: false, CancellationToken.None);

        // A new state object and a new turn, as after the next message arrives.
        var readerState = new ConversationState(Storage);
        var loaded = await readerState.CreateProperty<StorageTestProfile>("profile").GetAsync(StorageTestTurns.NewTurn("conversation-1"), () => null!, CancellationToken.None);

        Assert.NotNull(loaded);
        Assert.Equal(saved.CompanyName, loaded.CompanyName);
        Assert.Equal(2, loaded.Shipments.Count);
        Assert.Equal("MUG-01", loaded.Shipments[0].Sku);
        Assert.Equal(0.45, loaded.Shipments[0].WeightKg);
        Assert.Equal(["DE", "FR"], loaded.Shipments[0].Markets);
        Assert.Equal("LAMP-7", loaded.Shipments[1].Sku);
        Assert.Equal(2.5, loaded.Shipments[1].WeightKg);
        Assert.Equal(saved.QuotesByMarket, loaded.QuotesByMarket);
        Assert.Equal(saved.QuotedAt, loaded.QuotedAt);
        Assert.Equal("2026-11-26T10:00:00Z", loaded.DateLikeAnswer);
    }

    [SkippableFact]
    public async Task OneTurnCanSaveItsStateMoreThanOnce()
    {
        var state = new ConversationState(Storage);
        var step = state.CreateProperty<int>("step");
        var turn = StorageTestTurns.NewTurn("conversation-2");

        await step.SetAsync(turn, 1, CancellationToken.None);
        await state.SaveChangesAsync(turn, force: false, CancellationToken.None);
        await step.SetAsync(turn, 2, CancellationToken.None);
        await state.SaveChangesAsync(turn, force: false, CancellationToken.None);

        Assert.Equal(2, await new ConversationState(Storage).CreateProperty<int>("step").GetAsync(StorageTestTurns.NewTurn("conversation-2"), () => 0, CancellationToken.None));
    }

    [SkippableFact]
    public async Task TwoTurnsOfOneConversationRacingToSave()
    {
        var state = new ConversationState(Storage);
        var answer = state.CreateProperty<string>("answer");
        var seedTurn = StorageTestTurns.NewTurn("conversation-3");
        await answer.SetAsync(seedTurn, "seed", CancellationToken.None);
        await state.SaveChangesAsync(seedTurn, force: false, CancellationToken.None);

        // Both turns load the same saved state before either saves, as when a user sends two messages quickly.
        var turnA = StorageTestTurns.NewTurn("conversation-3");
        var turnB = StorageTestTurns.NewTurn("conversation-3");
        await state.LoadAsync(turnA, force: false, CancellationToken.None);
        await state.LoadAsync(turnB, force: false, CancellationToken.None);
        await answer.SetAsync(turnA, "from A", CancellationToken.None);
        await answer.SetAsync(turnB, "from B", CancellationToken.None);
        await state.SaveChangesAsync(turnA, force: false, CancellationToken.None);

        var secondSave = await Record.ExceptionAsync(() => state.SaveChangesAsync(turnB, force: false, CancellationToken.None));

        var stored = await new ConversationState(Storage).CreateProperty<string>("answer").GetAsync(StorageTestTurns.NewTurn("conversation-3"), () => "", CancellationToken.None);
        if (RefusesStaleBotStateSaves)
        {
            Assert.NotNull(secondSave);
            Assert.True(IsConcurrencyConflict(secondSave), $"Expected a concurrency conflict, got {secondSave.GetType().Name}.");
            Assert.Equal("from A", stored);
        }
        else
        {
            Assert.Null(secondSave);
            Assert.Equal("from B", stored);
        }
    }

    protected Task WriteAsync(string key, object value) =>
        Storage.WriteAsync(new Dictionary<string, object> { [key] = value }, CancellationToken.None);

    protected async Task<StorageTestItem> ReadItemAsync(string key)
    {
        var read = await Storage.ReadAsync([key], CancellationToken.None);
        return Assert.IsType<StorageTestItem>(Assert.Contains(key, read));
    }
}
