namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// The step every slot-filling guide shares: put the answers a message gave into the answers so far, one slot at a
/// time, and say what that did — noted for the first time, changed ("2 kg → 3 kg"), or assumed because the user did
/// not know. The guide supplies how to set a slot and how to describe it.
/// </summary>
public static class SlotMerge
{
    /// <param name="current">The answers so far.</param>
    /// <param name="slots">The slots the message gave, in the guide's order.</param>
    /// <param name="set">Puts the message's value of a slot into the answers.</param>
    /// <param name="describe">A slot's answer as the user is told it; null when not known.</param>
    /// <param name="defaults">Slots whose value is the default for "don't know".</param>
    /// <param name="waitingSlot">The slot whose question was asked, if any.</param>
    /// <param name="label">A slot's name put before a change ("Weight: "); empty when the value names itself.</param>
    public static (T Merged, SlotChanges Changes) Apply<T>(
        T current,
        IReadOnlyList<string> slots,
        Func<string, T, T> set,
        Func<string, T, string?> describe,
        IReadOnlySet<string> defaults,
        string? waitingSlot,
        Func<string, string>? label = null)
    {
        var merged = current;
        var (noted, changed, assumed, kept) = (new List<string>(), new List<string>(), new List<string>(), new List<string>());
        foreach (var slot in slots)
        {
            var before = describe(slot, merged);
            merged = set(slot, merged);
            var after = describe(slot, merged) ?? string.Empty;
            if (defaults.Contains(slot))
            {
                assumed.Add(after);
            }
            else if (before is null || Adds(before, after))
            {
                // "Germany" → "Germany, Austria": a place or product added to those kept is noted, nothing was changed.
                noted.Add(after);
            }
            else if (before != after)
            {
                changed.Add($"{label?.Invoke(slot)}{before} → {after}");
            }
            else
            {
                kept.Add(after);
            }
        }

        return (merged, new SlotChanges(noted, changed, assumed, slots.Count == 1 && slots[0] == waitingSlot, kept));
    }

    // The new answer is the old one with more of the list after it ("Germany, Austria", "德国、法国、日本").
    private static bool Adds(string before, string after) =>
        after.Length > before.Length && after.StartsWith(before, StringComparison.Ordinal) && after[before.Length] is ',' or '、' or '，';
}
