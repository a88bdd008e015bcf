using CrossBorderBot.Knowledge.Model;
using static CrossBorderBot.Knowledge.Advisors.LandedCostFormat;

namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>
/// The duty part of a landed cost: a unified rate on the value above a threshold, an exemption, a checkout scheme's
/// duty brackets, or the base rate (by category or HS chapter) plus the regime's dated duty layers, shown as a range
/// where a layer's end has passed without a recorded extension.
/// </summary>
internal sealed class DutyEstimator(KnowledgeBase knowledgeBase, LandedCostRules rules)
{
    private readonly KnowledgeBase _kb = knowledgeBase;
    private readonly LandedCostRules _rules = rules;

    public (decimal Min, decimal Max, bool Unified) Estimate(
        Market market,
        ImportRegime? regime,
        LandedCostInput input,
        decimal goods,
        decimal customsValue,
        bool fob,
        string currency,
        CheckoutCollection? checkout,
        LandedCostCollection checkoutCollection,
        List<(ImportRule Rule, ImportRulePeriod Period)> dutyRules,
        List<LandedCostLine> lines,
        List<LocalizedText> notes)
    {
        var exemption = dutyRules.FirstOrDefault(r => r.Period.ExemptUpTo is { Amount: > 0 });
        if (regime?.UnifiedRateOnExcessPercent is { } unifiedRate && exemption.Rule is not null)
        {
            var threshold = _kb.ExchangeRates.Convert(exemption.Period.ExemptUpTo!.Amount, exemption.Period.ExemptUpTo.Currency, currency) ?? 0m;
            var excess = Math.Max(0m, goods - threshold);
            var amount = Math.Round(excess * unifiedRate / 100m, 2);
            lines.Add(Line(LandedCostLineKind.Duty, amount, currency, exemption.Rule, exemption.Period, excess == 0
                ? T($"No duty or tax: goods value {Fmt(goods)} {currency} is at or below the {Threshold(exemption.Period)} threshold.",
                    $"免征关税和税款：货值 {Fmt(goods)} {currency} 不超过 {Threshold(exemption.Period)} 的免税额。")
                : T($"{unifiedRate:0.##}% of the value above the {Threshold(exemption.Period)} threshold ({Fmt(excess)} {currency}), one payment covering duty and tax.",
                    $"对超过 {Threshold(exemption.Period)} 免税额的部分（{Fmt(excess)} {currency}）按 {unifiedRate:0.##}% 缴纳，关税和税款合一。"))
                with { Collection = amount > 0 ? LandedCostCollection.AtImport : LandedCostCollection.NotDue });
            lines.Add(new LandedCostLine
            {
                Kind = LandedCostLineKind.Vat,
                Amount = Money(0m, currency),
                Rule = market.Vat.Name,
                Explanation = T($"No separate {market.Vat.Name.En} on a personal parcel: the single payment above covers it.", $"个人包裹不另征{market.Vat.Name.ZhCn}：已包含在上述统一税费中。"),
                Collection = LandedCostCollection.NotDue,
            });
            return (amount, amount, true);
        }

        var exempt = dutyRules.FirstOrDefault(r => _rules.IsExempt(r.Period, goods, currency));
        if (exempt.Rule is not null)
        {
            lines.Add(Line(LandedCostLineKind.Duty, 0m, currency, exempt.Rule, exempt.Period, T(
                $"No duty: goods value {Fmt(goods)} {currency} is at or below the {Threshold(exempt.Period)} threshold.",
                $"免征关税：货值 {Fmt(goods)} {currency} 不超过 {Threshold(exempt.Period)} 的免税额。")) with { Collection = LandedCostCollection.NotDue });
            return (0m, 0m, false);
        }

        if (checkout is not null && checkout.Covers.Contains("duty") && regime!.CheckoutDutyBrackets.Count > 0 &&
            CheckoutBracketDuty(regime, customsValue, currency) is { } bracket)
        {
            lines.Add(new LandedCostLine
            {
                Kind = LandedCostLineKind.Duty,
                Amount = Money(bracket.Amount, currency),
                Rule = checkout.Name,
                Effective = checkout.From,
                Explanation = T(
                    $"{bracket.Percent:0.##}% import tax{(bracket.Deduction > 0 ? $" minus {bracket.Deduction:0.##} {bracket.Currency}" : "")} on {Fmt(customsValue)} {currency} (goods + shipping), charged at checkout by the certified platform.",
                    $"对 {Fmt(customsValue)} {currency}（货值+运费）按 {bracket.Percent:0.##}% 征收进口税{(bracket.Deduction > 0 ? $"，扣减 {bracket.Deduction:0.##} {bracket.Currency}" : "")}，由认证平台在结账时代收。"),
                Collection = checkoutCollection,
                SourceIds = regime.Sources,
            });
            return (bracket.Amount, bracket.Amount, false);
        }

        var (basePercent, baseSource) = BaseDuty(market, regime, input);
        var minPercent = basePercent;
        var maxPercent = basePercent;
        var partsEn = new List<string> { Say($"{basePercent:0.##}% {baseSource.En}") };
        var partsZh = new List<string> { Say($"{baseSource.ZhCn} {basePercent:0.##}%") };
        var review = false;
        foreach (var layer in regime?.DutyLayers ?? [])
        {
            var period = layer.Periods.FirstOrDefault(p => p.From <= input.AsOf && (p.To is null || input.AsOf <= p.To));
            if (period is not null)
            {
                var (lo, hi, why) = LayerRate(layer, period, input);
                minPercent += lo;
                maxPercent += hi;
                partsEn.Add(Say($"{layer.Name.En} {Range(lo, hi)}%{why.En}"));
                partsZh.Add(Say($"{layer.Name.ZhCn} {Range(lo, hi)}%{why.ZhCn}"));
                continue;
            }

            var last = layer.Periods.Where(p => p.To is { } to && to < input.AsOf).MaxBy(p => p.To);
            if (last is null || layer.Periods.Any(p => p.From > input.AsOf))
            {
                continue;
            }

            var (_, lastHi, _) = LayerRate(layer, last, input);
            if (last.AfterEnd == "needs-review")
            {
                review = true;
                maxPercent += lastHi;
                partsEn.Add(Say($"{layer.Name.En} 0–{lastHi:0.##}% (its stated end, {Date(last.To!.Value)}, has passed and no extension is recorded: needs review)"));
                partsZh.Add(Say($"{layer.Name.ZhCn} 0–{lastHi:0.##}%（其规定的截止日 {Date(last.To!.Value)} 已过，未记录延期：需复核）"));
                notes.Add(T(
                    $"{layer.Name.En}: its stated end was {Date(last.To!.Value)}, before this shipment date ({Date(input.AsOf)}). {last.Note?.En} The knowledge base records no extension, so the duty is shown as a range — without it (if it lapsed) and with it (if extended). Needs review.",
                    $"{layer.Name.ZhCn}：规定截止日为 {Date(last.To!.Value)}，早于本次发货日期（{Date(input.AsOf)}）。{last.Note?.ZhCn}知识库未记录延期，因此关税以区间表示——不含（若已失效）与含（若已延期）。需复核。"));
            }
            else if (input.AsOf.DayNumber - last.To!.Value.DayNumber <= 365)
            {
                notes.Add(T($"{layer.Name.En} ended on {Date(last.To.Value)} and is not charged on this shipment.", $"{layer.Name.ZhCn}已于 {Date(last.To.Value)} 结束，本票货物不再征收。"));
            }
        }

        var dutyMin = Math.Round(customsValue * minPercent / 100m, 2);
        var dutyMax = Math.Round(customsValue * maxPercent / 100m, 2);
        var valueEn = fob ? "customs value (goods, without international shipping)" : "customs value (goods + shipping)";
        var valueZh = fob ? "完税价格（货值，不含国际运费）" : "完税价格（货值+运费）";
        var noDeMinimis = dutyRules.FirstOrDefault(r => r.Period.ExemptUpTo is { Amount: 0 });
        var deMinimisEn = noDeMinimis.Rule is null ? "" : Say($" No duty-free threshold applies ({noDeMinimis.Rule.Name.En}: none since {Date(noDeMinimis.Period.From)}).");
        var deMinimisZh = noDeMinimis.Rule is null ? "" : Say($"不适用免税额（{noDeMinimis.Rule.Name.ZhCn}：自 {Date(noDeMinimis.Period.From)} 起取消）。");
        var explanation = T(
            $"{string.Join(" + ", partsEn)} = {Range(minPercent, maxPercent)}% of the {valueEn} {Fmt(customsValue)} {currency}.{deMinimisEn}",
            $"{string.Join(" + ", partsZh)} = {valueZh} {Fmt(customsValue)} {currency} 的 {Range(minPercent, maxPercent)}%。{deMinimisZh}");
        var rule = dutyRules.FirstOrDefault();
        lines.Add(new LandedCostLine
        {
            Kind = LandedCostLineKind.Duty,
            Amount = Money(dutyMin, currency),
            AmountMax = dutyMax > dutyMin ? dutyMax : null,
            RuleId = rule.Rule?.Id,
            // The market's rule is a threshold that did not exempt this shipment: name the charge, not the exemption.
            Rule = rule.Rule is { } applied && applied.Periods.All(p => p.ExemptUpTo is not { Amount: > 0 })
                ? applied.Name
                : T($"Customs duty at import", $"进口关税"),
            Effective = rule.Period?.From,
            // Without dated layers the market rule's own period note explains the rate (e.g. a global courier rate).
            Explanation = regime?.DutyLayers.Count > 0 || rule.Rule is null ? explanation : WithNote(explanation, rule.Period!),
            Collection = checkout is not null && checkout.Covers.Contains("duty") ? checkoutCollection : LandedCostCollection.AtImport,
            NeedsReview = review,
            SourceIds = rule.Rule?.Sources ?? [],
        });
        return (dutyMin, dutyMax, false);
    }

    private (decimal Percent, LocalizedText Source) BaseDuty(Market market, ImportRegime? regime, LandedCostInput input)
    {
        var categoryId = CategoryOf(input);
        if (regime is not null && (regime.BaseDutyByCategory.Count > 0 || regime.BaseDutyPercent is not null))
        {
            var own = regime.BaseDutyByCategory.FirstOrDefault(d => d.Category == categoryId);
            if (own is not null)
            {
                return (own.Percent, T($"general rate for {categoryId}", $"{_kb.FindCategory(categoryId!)?.Name.ZhCn ?? categoryId}类普通税率"));
            }

            if (regime.BaseDutyPercent is { } basePercent)
            {
                return (basePercent, T($"general rate (category not specific)", $"普通税率（未细分类目）"));
            }
        }

        var byCategory = market.DutyByCategory.FirstOrDefault(d => d.Category == categoryId);
        return byCategory is not null
            ? (byCategory.Percent, T($"duty for {categoryId}", $"{_kb.FindCategory(categoryId!)?.Name.ZhCn ?? categoryId}类关税"))
            : (market.DefaultDutyPercent, T($"average duty (category not specific)", $"平均关税（未细分类目）"));
    }

    private string? CategoryOf(LandedCostInput input)
    {
        var categoryId = input.Category;
        if (categoryId is not null && _kb.FindCategory(categoryId) is null)
        {
            throw new AdvisorInputException("category", $"Unknown product category '{categoryId}'.");
        }

        if (categoryId is null && input.HsChapter is { } chapter)
        {
            if (chapter is < 1 or > 99)
            {
                throw new AdvisorInputException("hsChapter", "An HS chapter is a number from 1 to 99.");
            }

            categoryId = _kb.Categories.FirstOrDefault(c => c.HsChapters.Contains(chapter))?.Id;
        }

        return categoryId;
    }

    private (decimal Min, decimal Max, LocalizedText Why) LayerRate(DutyLayer layer, DutyLayerPeriod period, LandedCostInput input)
    {
        if (period.Percent is { } fixedPercent)
        {
            return (fixedPercent, fixedPercent, T($"", $""));
        }

        var digits = new string((input.HsCode ?? string.Empty).Where(char.IsDigit).ToArray());
        if (digits.Length >= 4 && layer.ByHsHeading.FirstOrDefault(h => h.Heading == digits[..4]) is { } heading)
        {
            return (heading.Percent, heading.Percent, T($" (HS heading {heading.Heading})", $"（HS 品目 {heading.Heading}）"));
        }

        var categoryId = CategoryOf(input);
        if (layer.ByCategory.FirstOrDefault(c => c.Category == categoryId) is { } byCategory)
        {
            // The category is named as users read it: its id ("electronics") would reach Chinese text untranslated.
            var name = _kb.Categories.FirstOrDefault(c => c.Id == categoryId)?.Name ?? LocalizedText.Of(categoryId!, categoryId!);
            return byCategory.Min == byCategory.Max
                ? (byCategory.Min, byCategory.Max, T($"", $""))
                : (byCategory.Min, byCategory.Max, T($" (depends on the HTS code within {name.En.ToLowerInvariant()}; give the HS code for one rate)", $"（取决于{name.ZhCn}类目内的具体税号；提供 HS 编码可得确切税率）"));
        }

        return layer.Default is { } fallback
            ? (fallback.Min, fallback.Max, T($" (depends on the HTS code; give the HS code or category for one rate)", $"（取决于具体税号；提供 HS 编码或类目可得确切税率）"))
            : (0m, 0m, T($"", $""));
    }

    private (decimal Amount, decimal Percent, decimal Deduction, string Currency)? CheckoutBracketDuty(ImportRegime regime, decimal customsValue, string currency)
    {
        foreach (var bracket in regime.CheckoutDutyBrackets)
        {
            var value = _kb.ExchangeRates.Convert(customsValue, currency, bracket.Currency);
            if (value is null || value > bracket.UpTo)
            {
                continue;
            }

            var inBracket = Math.Max(0m, value.Value * bracket.Percent / 100m - bracket.Deduction);
            var amount = _kb.ExchangeRates.Convert(inBracket, bracket.Currency, currency) ?? 0m;
            return (Math.Round(amount, 2), bracket.Percent, bracket.Deduction, bracket.Currency);
        }

        return null;
    }

}
