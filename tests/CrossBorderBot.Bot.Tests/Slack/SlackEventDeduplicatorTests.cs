using CrossBorderBot.Channels.Slack;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderBot.Tests.Slack;

public sealed class SlackEventDeduplicatorTests
{
    [Fact]
    public void An_event_id_is_accepted_once_within_its_lifetime_and_again_after_it()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-05T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var deduplicator = new SlackEventDeduplicator(clock);

        Assert.True(deduplicator.TryRegister("Ev01"));
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.False(deduplicator.TryRegister("Ev01"));
        clock.Advance(SlackEventDeduplicator.Lifetime);
        Assert.True(deduplicator.TryRegister("Ev01"));
    }

    [Fact]
    public void The_store_stays_bounded_by_forgetting_the_oldest_ids()
    {
        var deduplicator = new SlackEventDeduplicator(new FakeTimeProvider(DateTimeOffset.UnixEpoch));
        for (var i = 0; i < SlackEventDeduplicator.Capacity; i++)
        {
            deduplicator.TryRegister("Ev" + i);
        }

        Assert.True(deduplicator.TryRegister("one more"));
        Assert.True(deduplicator.TryRegister("Ev0"));
        Assert.False(deduplicator.TryRegister("Ev" + (SlackEventDeduplicator.Capacity - 1)));
    }
}
