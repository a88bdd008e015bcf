using System.Globalization;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>
/// Estimates import duty, VAT/GST and fixed fees using the market's import rules in force on the as-of date.
/// Duty is charged on the goods value; VAT on goods + shipping + duty + fees, as most VAT systems do on import.
/// </summary>
public sealed class LandedCostCalculator
{
    private readonly KnowledgeBase _kb;
    private readonly GeographyResolver _geography;

    public LandedCostCalculator(KnowledgeBase knowledgeBase)
    {
        _kb = knowledgeBase;
        _geography = new GeographyResolver(knowledgeBase);
    }

    public LandedCostResult Calculate(LandedCostInput input)
    {
        using var culture = InvariantCultureScope.Enter();
        ArgumentNullException.ThrowIfNull(input);
        if (input.DeclaredValue is null || input.DeclaredValue.Amount < 0)
        {
            throw new AdvisorInputException("declaredValue", "The declared value cannot be negative.");
        }

        if (input.ShippingCost is { Amount: < 0 })
        {
            throw new AdvisorInputException("shippingCost", "The shipping cost cannot be negative.");
        }

        if (input.Items < 1)
        {
            throw new AdvisorInputException("items", "There must be at least one item.");
        }

        var market = ResolveMarket(input.Market);
        var currency = market.Currency;
        var goods = ToMarket(input.DeclaredValue, currency, "declaredValue");
        var shipping = input.ShippingCost is null ? 0m : ToMarket(input.ShippingCost, currency, "shippingCost");
        var (dutyPercent, dutySource) = DutyRate(market, input);
        var lines = new List<LandedCostLine>();
        var sources = new List<string>(market.Sources);

        // Duty.
        var dutyRules = InForce(market, ImportRuleTarget.Duty, input.AsOf).ToList();
        var dutyExemption = dutyRules.FirstOrDefault(r => IsExempt(r.Period, goods, currency));
        decimal duty;
        if (dutyExemption is { Rule: not null } exempt)
        {
            duty = 0m;
            lines.Add(Line(LandedCostLineKind.Duty, 0m, currency, exempt.Rule, exempt.Period, LocalizedText.Of(
                $"No duty: goods value {Fmt(goods)} {currency} is at or below the {Threshold(exempt.Period)} threshold.",
                $"免征关税：货值 {Fmt(goods)} {currency} 不超过 {Threshold(exempt.Period)} 的免税额。")));
        }
        else
        {
            duty = Math.Round(goods * dutyPercent / 100m, 2);
            var explanation = LocalizedText.Of(
                $"{dutyPercent:0.##}% {dutySource.En} on goods value {Fmt(goods)} {currency}.",
                $"按{dutySource.ZhCn} {dutyPercent:0.##}% 对货值 {Fmt(goods)} {currency} 计征。");
            lines.Add(dutyRules.Count > 0
                ? Line(LandedCostLineKind.Duty, duty, currency, dutyRules[0].Rule, dutyRules[0].Period, explanation)
                : new LandedCostLine
                {
                    Kind = LandedCostLineKind.Duty,
                    Amount = Money(duty, currency),
                    Rule = LocalizedText.Of("Duty rate", "关税税率"),
                    Explanation = explanation,
                });
        }

        // Fixed fees (e.g. flat duty per item on low-value parcels).
        var fees = 0m;
        foreach (var (rule, period) in InForce(market, ImportRuleTarget.Fee, input.AsOf))
        {
            if (period.FixedFee is not { } fee || IsExempt(period, goods, currency) || IsAboveScope(period, goods, currency))
            {
                continue;
            }

            var count = fee.Per == FeeUnit.Item ? input.Items : 1;
            var each = _kb.ExchangeRates.Convert(fee.Amount, fee.Currency, currency)
                ?? throw new InvalidOperationException($"No exchange rate for {fee.Currency}.");
            var amount = Math.Round(each * count, 2);
            fees += amount;
            var unit = fee.Per == FeeUnit.Item ? "item" : "parcel";
            var unitZh = fee.Per == FeeUnit.Item ? "件" : "包裹";
            lines.Add(Line(LandedCostLineKind.Fee, amount, currency, rule, period, LocalizedText.Of(
                $"{fee.Amount:0.##} {fee.Currency} per {unit} × {count}.", $"每{unitZh} {fee.Amount:0.##} {fee.Currency} × {count}。")));
            sources.AddRange(rule.Sources);
        }

        // VAT / GST.
        var vatRate = market.Vat.StandardRatePercent;
        var vatRules = InForce(market, ImportRuleTarget.Vat, input.AsOf).ToList();
        var vatExemption = vatRules.FirstOrDefault(r => IsExempt(r.Period, goods, currency));
        var vat = 0m;
        if (vatExemption is { Rule: not null } vatExempt)
        {
            lines.Add(Line(LandedCostLineKind.Vat, 0m, currency, vatExempt.Rule, vatExempt.Period, LocalizedText.Of(
                $"No {market.Vat.Name.En} at import: goods value is at or below the {Threshold(vatExempt.Period)} threshold.",
                $"进口环节免征{market.Vat.Name.ZhCn}：货值不超过 {Threshold(vatExempt.Period)}。")));
        }
        else if (vatRate > 0)
        {
            var vatBase = goods + shipping + duty + fees;
            vat = Math.Round(vatBase * vatRate / 100m, 2);
            var explanation = LocalizedText.Of(
                $"{vatRate:0.##}% {market.Vat.Name.En} on goods + shipping + duty + fees ({Fmt(vatBase)} {currency}).",
                $"按 {vatRate:0.##}% 对货值+运费+关税+费用（{Fmt(vatBase)} {currency}）计征{market.Vat.Name.ZhCn}。");
            lines.Add(vatRules.Count > 0
                ? Line(LandedCostLineKind.Vat, vat, currency, vatRules[0].Rule, vatRules[0].Period, explanation)
                : new LandedCostLine { Kind = LandedCostLineKind.Vat, Amount = Money(vat, currency), Rule = market.Vat.Name, Explanation = explanation });
        }

        foreach (var (rule, _) in dutyRules.Concat(vatRules))
        {
            sources.AddRange(rule.Sources);
        }

        var taxes = duty + fees + vat;
        var landed = goods + shipping + taxes;
        var landedUsd = _kb.ExchangeRates.Convert(landed, currency, "USD") ?? landed;
        var taxesText = $"{Fmt(taxes)} {currency}";
        var note = input.Terms == Incoterm.Ddp
            ? LocalizedText.Of(
                $"DDP: you pay the {taxesText} of duty, taxes and fees before delivery; the buyer pays nothing at the door.",
                $"DDP：由您在派送前支付 {taxesText} 的关税、税费和费用，买家签收时无需付款。")
            : LocalizedText.Of(
                taxes > 0
                    ? $"DDU: the buyer pays {taxesText} at the door, often plus a carrier handling fee; surprise charges lead to refused parcels."
                    : "DDU: nothing is due at the door for this shipment.",
                taxes > 0
                    ? $"DDU：买家签收时需支付 {taxesText}，承运商通常另收手续费；意外收费常导致拒收。"
                    : "DDU：本票货物签收时无需缴费。");

        return new LandedCostResult
        {
            Market = market,
            AsOf = input.AsOf,
            GoodsValue = Money(goods, currency),
            Shipping = Money(shipping, currency),
            DutyPercent = dutyPercent,
            Lines = lines,
            TaxesAndFees = Money(taxes, currency),
            LandedCost = Money(landed, currency),
            LandedCostUsd = Money(Math.Round(landedUsd, 2), "USD"),
            Terms = input.Terms,
            PaidAtDoor = Money(input.Terms == Incoterm.Ddp ? 0m : taxes, currency),
            TermsNote = note,
            SourceIds = sources.Concat(_kb.ExchangeRates.Sources).Distinct(StringComparer.Ordinal).ToList(),
        };
    }

    private Market ResolveMarket(string text)
    {
        if (_kb.FindMarket(text?.Trim() ?? string.Empty) is { } direct)
        {
            return direct;
        }

        var location = _geography.Resolve(text, "market");
        return _kb.FindMarket(location.Id)
            ?? (location.IsEu ? _kb.FindMarket("eu") : null)
            ?? throw new UnknownLocationException("market", text!, $"There are no import rules for '{text}' in the knowledge base.");
    }

    private decimal ToMarket(Money money, string currency, string field) =>
        _kb.ExchangeRates.Convert(money.Amount, money.Currency, currency)
        ?? throw new AdvisorInputException(field, $"Unknown currency '{money.Currency}'.");

    private (decimal Percent, LocalizedText Source) DutyRate(Market market, LandedCostInput input)
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

        var byCategory = market.DutyByCategory.FirstOrDefault(d => d.Category == categoryId);
        return byCategory is not null
            ? (byCategory.Percent, LocalizedText.Of($"duty for {categoryId}", $"{_kb.FindCategory(categoryId!)?.Name.ZhCn ?? categoryId}类关税"))
            : (market.DefaultDutyPercent, LocalizedText.Of("average duty (category not specific)", "平均关税（未细分类目）"));
    }

    private static IEnumerable<(ImportRule Rule, ImportRulePeriod Period)> InForce(Market market, ImportRuleTarget target, DateOnly asOf) =>
        market.ImportRules
            .Where(r => r.AppliesTo == target)
            .Select(r => (Rule: r, Period: r.Periods.FirstOrDefault(p => p.From <= asOf && (p.To is null || asOf <= p.To))))
            .Where(x => x.Period is not null)
            .Select(x => (x.Rule, x.Period!));

    private bool IsAboveScope(ImportRulePeriod period, decimal goods, string currency)
    {
        if (period.AppliesUpTo is not { } ceiling)
        {
            return false;
        }

        var limit = _kb.ExchangeRates.Convert(ceiling.Amount, ceiling.Currency, currency);
        return limit is not null && goods > limit.Value;
    }

    private bool IsExempt(ImportRulePeriod period, decimal goods, string currency)
    {
        if (period.ExemptUpTo is not { } threshold || threshold.Amount <= 0)
        {
            return false;
        }

        var limit = _kb.ExchangeRates.Convert(threshold.Amount, threshold.Currency, currency);
        return limit is not null && goods <= limit.Value;
    }

    private static LandedCostLine Line(LandedCostLineKind kind, decimal amount, string currency, ImportRule rule, ImportRulePeriod period, LocalizedText explanation)
    {
        var note = period.Note is { } n ? LocalizedText.Of($"{explanation.En} {n.En}", $"{explanation.ZhCn}{n.ZhCn}") : explanation;
        return new LandedCostLine
        {
            Kind = kind,
            Amount = Money(amount, currency),
            RuleId = rule.Id,
            Rule = rule.Name,
            Effective = period.From,
            Explanation = note,
            SourceIds = rule.Sources,
        };
    }

    private static string Threshold(ImportRulePeriod period) =>
        period.ExemptUpTo is { } t ? $"{t.Amount.ToString("0.##", CultureInfo.InvariantCulture)} {t.Currency}" : "-";

    private static string Fmt(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static Money Money(decimal amount, string currency) => new() { Amount = amount, Currency = currency };
}
