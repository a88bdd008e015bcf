namespace CrossBorderBot.Tests.Fuzz;

/// <summary>What a fuzzed request must never produce.</summary>
public static class FuzzChecks
{
    /// <summary>The turn-error apology (both languages): a turn that failed because of its input.</summary>
    public static bool IsApology(string text)
        => text.Contains("something went wrong", StringComparison.OrdinalIgnoreCase) || text.Contains("出了点问题", StringComparison.Ordinal);
}
