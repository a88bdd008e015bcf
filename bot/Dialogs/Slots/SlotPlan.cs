namespace CrossBorderBot.Dialogs.Slots;

/// <summary>
/// A plan said just before a slot's words ("thinking of selling on amazon", "打算注册商标"): for a slot that describes the
/// company as it is today, the words inside a plan state no fact, so they are not taken as the answer.
/// </summary>
internal static partial class SlotPlan
{
    // The plan's words and the slot's words sit close together ("thinking of selling on", "想明年在亚马逊上卖"); a plan
    // further back in the clause is about something else ("we want to grow because we already sell on ebay").
    private const int MostCharactersBetween = 12;

    /// <summary>True when a plan ends within a few characters before <paramref name="start"/>, in the same clause.</summary>
    public static bool IsPlannedAt(string normalized, int start)
    {
        var end = Math.Clamp(start, 0, normalized.Length);
        var clause = normalized[SlotClauses.Around(normalized, end).From..end];
        return Plan().Matches(clause).Any(plan => clause.Length - (plan.Index + plan.Length) <= MostCharactersBetween);
    }

    [GeneratedRegex(@"\b(?:thinking\s+(?:of|about)|plan(?:ning)?\s+to|plans?\s+(?:of|for)|want(?:ing)?\s+to|wanna|would\s+like\s+to|'d\s+like\s+to|hop(?:e|ing)\s+to|going\s+to|gonna|consider(?:ing)?|looking\s+(?:to|into)|aim(?:ing)?\s+to|intend(?:ing)?\s+to|interested\s+in|about\s+to)\b|想要|想|打算|准备|计划|考虑|希望|有意")]
    private static partial Regex Plan();
}
