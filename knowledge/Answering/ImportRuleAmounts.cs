using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// Every import rule's own amounts (thresholds, upper limits, flat fees), read once: a question quoting one ("the $800 de
/// minimis") is about that rule, and the answerer asks this several times a question.
/// </summary>
internal sealed class ImportRuleAmounts(KnowledgeBase kb)
{
    private readonly Lazy<KeyValuePair<string, HashSet<decimal>>[]> _amounts = new(() => [.. kb.Markets.SelectMany(m => m.ImportRules)
        .Select(r => KeyValuePair.Create(r.Id, r.Periods.SelectMany(p => new[] { p.ExemptUpTo?.Amount, p.AppliesUpTo?.Amount, p.FixedFee?.Amount })
            .OfType<decimal>().Where(a => a > 0).ToHashSet()))]);

    /// <summary>The ids of the rules whose own amounts are among <paramref name="quoted"/>.</summary>
    public HashSet<string> RulesQuoting(IReadOnlySet<decimal> quoted) =>
        quoted.Count == 0 ? [] : _amounts.Value.Where(r => r.Value.Overlaps(quoted)).Select(r => r.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
}
