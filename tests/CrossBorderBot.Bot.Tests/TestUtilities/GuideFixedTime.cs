namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>A clock stopped at one instant, so results that depend on "the rules in force today" are repeatable.</summary>
public sealed class GuideFixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
