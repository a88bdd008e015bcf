namespace CrossBorderBot.Knowledge.Loading;

/// <summary>
/// A compliance item's effective date is a change of the rule, and rule-change alerts and as-of answers read the item's
/// history, never its effective date: an item whose effective date is not a history step never reaches them. So every
/// compliance item with an effective date must say, in a history step from that date, what changed.
/// </summary>
internal sealed class RuleHistoryChecker(LoadedEntries entries)
{
    public void Check()
    {
        foreach (var item in entries.Compliance)
        {
            if (item.Value.Effective is { } effective && !item.Value.History.Any(h => h.From == effective))
            {
                item.Report("/effective", $"compliance item '{item.Value.Id}' takes effect on {effective:yyyy-MM-dd} but has no history step from that date saying what changed (alerts and as-of answers read the history)");
            }
        }
    }
}
