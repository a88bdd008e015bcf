using System.Text.RegularExpressions;

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
        var boundaries = ClauseBoundary().Matches(normalized);
        var from = boundaries.LastOrDefault(b => b.Index + b.Length <= start) is { } before ? before.Index + before.Length : 0;
        var to = boundaries.FirstOrDefault(b => b.Index >= start) is { } after ? after.Index : normalized.Length;
        return Past().IsMatch(normalized[from..to]);
    }

    [GeneratedRegex(@"[,，;；。!！?？]|\b(?:but|now|these\s+days)\b|但是|但|现在|目前|如今")]
    private static partial Regex ClauseBoundary();

    [GeneratedRegex(@"\b(?:before|previously|in\s+the\s+past|used\s+to|formerly|last\s+year|years\s+ago)\b|以前|之前|过去|曾经|原来|早年|前几年|去年|(?:做|卖|干|跑|接)过")]
    private static partial Regex Past();
}
