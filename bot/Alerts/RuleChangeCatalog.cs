namespace CrossBorderBot.Alerts;

/// <summary>
/// Every dated rule change the knowledge base records, per market and day: compliance entries' history, the start
/// (and stated end) of each period of a market's import rules, and of each duty layer of an import regime (a rule's
/// first period is a change too: the day it came into force). Built once from the loaded knowledge base.
/// </summary>
public sealed class RuleChangeCatalog
{
    private readonly IReadOnlyList<RuleChange> _changes;

    public RuleChangeCatalog(KnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        // Records, not tuples: LINQ over tuples holding a DateOnly is generic framework code that ReadyToRun cannot
        // precompile (~150 methods JIT-compiled while the bot starts); over classes it shares precompiled code.
        var items = new List<DatedItem>();
        foreach (var compliance in knowledgeBase.Compliance)
        {
            foreach (var change in compliance.History)
            {
                foreach (var market in compliance.Markets)
                {
                    items.Add(new DatedItem(market, change.From, new RuleChangeItem(compliance.Id, compliance.Name, change.Change, compliance.Steps, compliance.Sources)));
                }
            }
        }

        foreach (var market in knowledgeBase.Markets)
        {
            foreach (var rule in market.ImportRules)
            {
                items.AddRange(PeriodChanges(market.Id, rule.Id, rule.Name, rule.Sources,
                    rule.Periods.Select(p => new DatedPeriod(p.From, p.To, "ended", p.Note ?? ImportRuleValue(p))).ToList()));
            }
        }

        foreach (var regime in knowledgeBase.ImportRegimes)
        {
            foreach (var layer in regime.DutyLayers)
            {
                items.AddRange(PeriodChanges(regime.Market, layer.Id, layer.Name, layer.Sources.Count > 0 ? layer.Sources : regime.Sources,
                    layer.Periods.Select(p => new DatedPeriod(p.From, p.To, p.AfterEnd, p.Note ?? DutyValue(p))).ToList()));
            }
        }

        _changes = items
            .GroupBy(i => new MarketDay(i.Market.ToLowerInvariant(), i.Day))
            .Select(g => new RuleChange(RuleChange.DatedId(g.Key.Market, g.Key.Day), RuleChangeKind.TakesEffect, g.Key.Market, g.Key.Day,
                [.. g.Select(i => i.Item).DistinctBy(i => new EntryChange(i.EntryId, i.Change.En))]))
            .OrderBy(c => c.EffectiveOn.DayNumber).ThenBy(c => c.Market, StringComparer.Ordinal)
            .ToList();
    }

    public IReadOnlyList<RuleChange> All => _changes;

    /// <summary>Changes for any of <paramref name="markets"/> taking effect in [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public IEnumerable<RuleChange> Between(IReadOnlyCollection<string> markets, DateOnly from, DateOnly to) =>
        _changes.Where(c => c.EffectiveOn >= from && c.EffectiveOn <= to && markets.Contains(c.Market, StringComparer.OrdinalIgnoreCase));

    /// <summary>The first change for any of <paramref name="markets"/> taking effect after <paramref name="day"/>, if the knowledge base knows one.</summary>
    public RuleChange? NextAfter(IReadOnlyCollection<string> markets, DateOnly day) =>
        _changes.FirstOrDefault(c => c.EffectiveOn > day && markets.Contains(c.Market, StringComparer.OrdinalIgnoreCase));

    private static IEnumerable<DatedItem> PeriodChanges(
        string market, string id, LocalizedText name, IReadOnlyList<string> sources, IReadOnlyList<DatedPeriod> periods)
    {
        var ordered = periods.OrderBy(p => p.From.DayNumber).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var period = ordered[i];
            yield return new DatedItem(market, period.From, new RuleChangeItem(id, name, period.What, [], sources));

            var nextStart = i + 1 < ordered.Count ? ordered[i + 1].From : (DateOnly?)null;
            if (period.To is { } end && nextStart != end.AddDays(1) && period.AfterEnd == "ended")
            {
                var endsOn = end.AddDays(1);
                yield return new DatedItem(market, endsOn, new RuleChangeItem(id, name, LocalizedText.Of(
                    string.Create(CultureInfo.InvariantCulture, $"The period that began on {period.From:yyyy-MM-dd} ends: {period.What.En}"),
                    string.Create(CultureInfo.InvariantCulture, $"自{period.From:yyyy-MM-dd}起的规定到期结束：{period.What.ZhCn}")), [], sources));
            }
        }
    }

    private static LocalizedText ImportRuleValue(ImportRulePeriod period)
    {
        var exempt = period.ExemptUpTo is { } money
            ? string.Create(CultureInfo.InvariantCulture, $"{money.Amount:0.##} {money.Currency}")
            : null;
        var fee = period.FixedFee is { } charge
            ? string.Create(CultureInfo.InvariantCulture, $"{charge.Amount:0.##} {charge.Currency}")
            : null;
        return LocalizedText.Of(
            exempt is not null ? $"Exempt up to {exempt}." : fee is not null ? $"A fixed charge of {fee}." : "New rule period.",
            exempt is not null ? $"免征额度为{exempt}。" : fee is not null ? $"固定收费{fee}。" : "规则进入新阶段。");
    }

    private static LocalizedText DutyValue(DutyLayerPeriod period) =>
        period.Percent is { } percent
            ? LocalizedText.Of(string.Create(CultureInfo.InvariantCulture, $"Rate {percent:0.##}%."), string.Create(CultureInfo.InvariantCulture, $"税率{percent:0.##}%。"))
            : LocalizedText.Of("Rates as listed for this period.", "税率按该阶段所列。");

    private sealed record DatedPeriod(DateOnly From, DateOnly? To, string AfterEnd, LocalizedText What);

    private sealed record DatedItem(string Market, DateOnly Day, RuleChangeItem Item);

    private sealed record MarketDay(string Market, DateOnly Day);

    private sealed record EntryChange(string EntryId, string En);
}
