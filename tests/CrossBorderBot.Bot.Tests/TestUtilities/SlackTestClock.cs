namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>A clock that moves only when told to.</summary>
public sealed class SlackTestClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
