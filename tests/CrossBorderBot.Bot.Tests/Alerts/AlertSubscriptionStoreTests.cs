using CrossBorderBot.Alerts;
using CrossBorderBot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrossBorderBot.Tests.Alerts;

/// <summary>The delivery record: of many concurrent claims of one alert, on one store shared like two instances would, one wins.</summary>
public sealed class AlertSubscriptionStoreTests : IDisposable
{
    private readonly string _sqlitePath = Path.Combine(Path.GetTempPath(), $"alerts-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_sqlitePath);
    }

    public static TheoryData<string> Providers => ["memory", "sqlite"];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Concurrent_claims_of_one_alert_have_exactly_one_winner(string provider)
    {
        using var disposable = Create(provider, out var storage);
        var first = new AlertSubscriptionStore(storage, NullLogger<AlertSubscriptionStore>.Instance);
        var second = new AlertSubscriptionStore(storage, NullLogger<AlertSubscriptionStore>.Instance);
        var subscription = await first.SubscribeAsync(Template(), ["us"], CancellationToken.None);

        var claims = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            Task.Run(() => (i % 2 == 0 ? first : second).TryClaimAsync(subscription.Id, "us:2027-07-01", CancellationToken.None))));

        Assert.Equal(1, claims.Count(won => won));
        Assert.False(await second.TryClaimAsync(subscription.Id, "us:2027-07-01", CancellationToken.None));
        Assert.True(await second.TryClaimAsync(subscription.Id, "us:2028-01-01", CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Subscriptions_are_listed_kept_and_stopped_by_market(string provider)
    {
        using var disposable = Create(provider, out var storage);
        var store = new AlertSubscriptionStore(storage, NullLogger<AlertSubscriptionStore>.Instance);
        var template = Template();

        await store.SubscribeAsync(template, ["us"], CancellationToken.None);
        await store.SubscribeAsync(template, ["de", "eu"], CancellationToken.None);
        Assert.Equal([template.Id], await store.ListIdsAsync(CancellationToken.None));
        Assert.Equal(["de", "eu", "us"], (await store.GetAsync(template.Id, CancellationToken.None))!.Markets);

        var after = await store.UnsubscribeAsync(template.Id, ["us"], CancellationToken.None);
        Assert.Equal(["de", "eu"], after!.Markets);
        after = await store.UnsubscribeAsync(template.Id, [], CancellationToken.None);
        Assert.Empty(after!.Markets);
        Assert.False(await store.TryClaimAsync(template.Id, "de:2027-01-01", CancellationToken.None));
    }

    private static AlertSubscription Template() => new()
    {
        Id = AlertSubscriptionStore.IdFor(AlertDoor.DirectLine, "directline", "conv-1", "user-1"),
        Door = AlertDoor.DirectLine,
        ChannelId = "directline",
        ConversationId = "conv-1",
        UserId = "user-1",
        ReferenceJson = "{}",
        SubscribedAt = new DateTimeOffset(2027, 6, 1, 0, 0, 0, TimeSpan.Zero),
    };

    private IDisposable? Create(string provider, out IStorage storage)
    {
        if (provider == "sqlite")
        {
            var sqlite = new SqliteStorage(_sqlitePath);
            storage = sqlite;
            return sqlite;
        }

        storage = new BoundedMemoryStorage();
        return null;
    }
}
