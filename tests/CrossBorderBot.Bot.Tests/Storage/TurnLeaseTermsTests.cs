using CrossBorderBot.Storage;
using Microsoft.Bot.Builder;

namespace CrossBorderBot.Tests.Storage;

/// <summary>
/// Which stores get turn leases and on what terms (<see cref="StorageLeases.ForTurns"/>): only a store that several
/// instances share and that creates items exclusively, for the configured seconds, never less than one.
/// </summary>
public sealed class TurnLeaseTermsTests
{
    [Fact]
    public void A_shared_store_gets_the_configured_terms_with_a_second_at_least()
    {
        var store = new ExclusiveStore();
        var settings = new StorageOptions { Provider = nameof(StorageProvider.Postgres), TurnLeaseSeconds = 0, TurnWaitSeconds = 7 };

        var terms = StorageLeases.ForTurns(store, settings, TimeProvider.System, logger: null);

        Assert.NotNull(terms);
        Assert.Same(store, terms.Storage);
        Assert.Equal(TimeSpan.FromSeconds(1), terms.Duration);
        Assert.Equal(TimeSpan.FromSeconds(7), terms.MaxWait);
    }

    [Fact]
    public void Without_settings_a_store_that_creates_exclusively_gets_the_default_terms()
    {
        var terms = StorageLeases.ForTurns(new ExclusiveStore(), settings: null, time: null, logger: null);

        Assert.NotNull(terms);
        Assert.Equal(TimeSpan.FromSeconds(new StorageOptions().TurnLeaseSeconds), terms.Duration);
        Assert.Equal(TimeSpan.FromSeconds(new StorageOptions().TurnWaitSeconds), terms.MaxWait);
    }

    [Fact]
    public void A_store_of_one_process_gets_no_leases()
    {
        Assert.Null(StorageLeases.ForTurns(new ExclusiveStore(), new StorageOptions { Provider = nameof(StorageProvider.Sqlite) }, null, null));
        Assert.Null(StorageLeases.ForTurns(new MemoryStorage(), settings: null, time: null, logger: null));
        Assert.Null(StorageLeases.ForTurns(storage: null, settings: null, time: null, logger: null));
    }

    /// <summary>A store that says it creates exclusively; the terms are read, no lease is taken.</summary>
    private sealed class ExclusiveStore : MemoryStorage, IExclusiveCreateStorage
    {
        public Task<bool> TryCreateAsync(string key, object value, CancellationToken cancellationToken) => Task.FromResult(true);
    }
}
