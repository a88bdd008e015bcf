using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Loading;

/// <summary>Checks a market: its ids and references, its import rules (unique ids across markets, periods in order
/// and not overlapping, currencies) and its compliance and tax-scheme lists.</summary>
internal sealed class MarketReferenceChecker(KnownReferences known)
{
    private readonly Dictionary<string, Located<Market>> _ruleIds = new(StringComparer.Ordinal);

    public void Check(Located<Market> m)
    {
        var market = m.Value;
        EntryIdChecks.FileName(m, market.Id);
        known.Region(m, "/id", market.Id);
        known.Region(m, "/region", market.Region);
        known.Currency(m, "/currency", market.Currency);
        for (var i = 0; i < market.DutyByCategory.Count; i++)
        {
            known.Category(m, $"/dutyByCategory/{i}/category", market.DutyByCategory[i].Category);
        }

        for (var r = 0; r < market.ImportRules.Count; r++)
        {
            var rule = market.ImportRules[r];
            var at = $"/importRules/{r}";
            if (!_ruleIds.TryAdd(rule.Id, m))
            {
                m.Report(at + "/id", $"duplicate import rule id '{rule.Id}' (also in {_ruleIds[rule.Id].File.RelativePath})");
            }

            CheckPeriods(m, at, rule);
            known.Sources(m, at + "/sources", rule.Sources);
        }

        for (var i = 0; i < market.Compliance.Count; i++)
        {
            if (!known.KnowsCompliance(market.Compliance[i]))
            {
                m.Report($"/compliance/{i}", $"unknown compliance item '{market.Compliance[i]}'");
            }
        }

        for (var i = 0; i < market.TaxSchemes.Count; i++)
        {
            if (known.UnreadableCompliance.Contains(market.TaxSchemes[i]))
            {
                continue;
            }

            if (!known.Compliance.TryGetValue(market.TaxSchemes[i], out var item))
            {
                m.Report($"/taxSchemes/{i}", $"unknown tax scheme '{market.TaxSchemes[i]}'");
            }
            else if (item.Kind != ComplianceKind.TaxScheme)
            {
                m.Report($"/taxSchemes/{i}", $"'{item.Id}' is a {item.Kind} item, not a tax-scheme");
            }
        }

        known.Sources(m, "/sources", market.Sources);
        known.Sources(m, "/vat/sources", market.Vat.Sources);
    }

    private void CheckPeriods(Located<Market> m, string at, ImportRule rule)
    {
        for (var p = 0; p < rule.Periods.Count; p++)
        {
            var period = rule.Periods[p];
            var pAt = $"{at}/periods/{p}";
            if (period.To is { } to && to < period.From)
            {
                m.Report(pAt, $"period ends ({EntryIdChecks.Iso(to)}) before it starts ({EntryIdChecks.Iso(period.From)})");
            }

            if (p > 0)
            {
                var previous = rule.Periods[p - 1];
                if (previous.To is null)
                {
                    m.Report($"{at}/periods/{p - 1}", "only the last period may be open-ended (no 'to')");
                }
                else if (period.From <= previous.To)
                {
                    m.Report(pAt, $"period starting {EntryIdChecks.Iso(period.From)} overlaps or precedes the previous one (ends {EntryIdChecks.Iso(previous.To.Value)})");
                }
            }

            if (period.ExemptUpTo is { } exempt)
            {
                known.Currency(m, pAt + "/exemptUpTo/currency", exempt.Currency);
            }

            if (period.FixedFee is { } fee)
            {
                known.Currency(m, pAt + "/fixedFee/currency", fee.Currency);
                if (rule.AppliesTo != ImportRuleTarget.Fee)
                {
                    m.Report(pAt + "/fixedFee", "fixedFee is only allowed on rules with appliesTo: fee");
                }
            }
        }
    }
}
