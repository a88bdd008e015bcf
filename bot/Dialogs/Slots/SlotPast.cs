namespace CrossBorderBot.Dialogs.Slots;

/// <summary>
/// The past said in the same clause as a slot's words ("we did some b2b before", "以前做过批发"): for a slot that
/// describes what the seller plans now, words about what they did before are history, not a new answer.
/// </summary>
internal static partial class SlotPast
{
    /// <summary>True when the clause around <paramref name="start"/> (up to a comma, full stop or "but") speaks of the past.</summary>
    public static bool IsPastAt(string normalized, int start)
    {
        var (from, to) = SlotClauses.Around(normalized, start);
        return Past().IsMatch(normalized[from..to]);
    }

    [GeneratedRegex(@"\b(?:before|previously|in\s+the\s+past|used\s+to|formerly|last\s+year|years\s+ago)\b|以前|之前|过去|曾经|原来|早年|前几年|去年|(?:做|卖|干|跑|接)过")]
    private static partial Regex Past();
}
