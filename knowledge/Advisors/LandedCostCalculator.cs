using System.Globalization;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>
/// Estimates import duty, VAT/GST and fees using the market's import rules in force on the shipment date and its
/// import regime (logistics/import-regimes.yaml): which charges move to checkout (UK VAT at the point of sale, EU IOSS,
/// Australian vendor collection, Remessa Conforme), which are collected at the border and billed to the buyer with a
/// carrier fee, and dated duty layers (US Section 301, surcharges). Rates the knowledge base cannot pin down (an
/// HS-dependent list, a province-dependent tax, a surcharge past its stated end) give a range with the reason.
/// Numbers in the text are formatted with the invariant culture; the caller's culture is left alone.
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
        var regime = RegimeFor(market);
        var currency = market.Currency;
        var goods = ToMarket(input.DeclaredValue, currency, "declaredValue");
        var shipping = input.ShippingCost is null ? 0m : ToMarket(input.ShippingCost, currency, "shippingCost");
        var fob = regime?.CustomsValue == "fob";
        var customsValue = fob ? goods : goods + shipping;
        var checkout = CheckoutFor(regime, goods, currency, input);
        var checkoutCollection = checkout?.Kind == "ioss" ? LandedCostCollection.Ioss : LandedCostCollection.PointOfSale;
        var lines = new List<LandedCostLine>();
        var notes = new List<LocalizedText>();
        var sources = new List<string>(market.Sources);
        if (regime is not null)
        {
            sources.AddRange(regime.Sources);
        }

        NotePastEnd(market, input.AsOf, notes);
        if (checkout is not null)
        {
            notes.Add(checkout.HowItWorks);
        }
        else if (regime?.Checkout is { WithoutIt: { } without } scheme && !scheme.Mandatory && WithinCheckout(scheme, goods, currency, input.AsOf))
        {
            notes.Add(without);
        }

        // Duty.
        var dutyRules = InForce(market, ImportRuleTarget.Duty, input.AsOf).ToList();
        var (duty, dutyMax, unified) = Duty(market, regime, input, goods, customsValue, fob, currency, checkout, checkoutCollection, dutyRules, lines, notes);

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
            var collection = checkout is not null && checkout.Covers.Contains("fee") ? checkoutCollection : LandedCostCollection.AtImport;
            lines.Add(Line(LandedCostLineKind.Fee, amount, currency, rule, period, T(
                $"{fee.Amount:0.##} {fee.Currency} per {unit} × {count}{(collection == LandedCostCollection.AtImport ? "" : ", declared and paid with the checkout scheme")}.",
                $"每{unitZh} {fee.Amount:0.##} {fee.Currency} × {count}{(collection == LandedCostCollection.AtImport ? "" : "，随结账代收方案申报缴纳")}。")) with { Collection = collection });
            sources.AddRange(rule.Sources);
        }

        // VAT / GST.
        var (vat, vatMax) = unified
            ? (0m, 0m)
            : Vat(market, regime, input, goods, shipping, customsValue, duty, dutyMax, fees, currency, checkout, checkoutCollection, lines);

        foreach (var (rule, _) in dutyRules.Concat(InForce(market, ImportRuleTarget.Vat, input.AsOf)))
        {
            sources.AddRange(rule.Sources);
        }

        // What the carrier charges the buyer for advancing duty and tax.
        var atImport = lines.Where(l => l.Collection == LandedCostCollection.AtImport).ToList();
        var atImportMin = atImport.Sum(l => l.Amount.Amount);
        var atImportMax = atImport.Sum(l => l.AmountMax ?? l.Amount.Amount);
        if (regime?.DoorFee is { } doorFee && atImportMax > 0 && !input.BuyerIsBusiness)
        {
            var min = Math.Round(_kb.ExchangeRates.Convert(doorFee.Min, doorFee.Currency, currency) ?? 0m, 2);
            var max = Math.Round(_kb.ExchangeRates.Convert(doorFee.Max, doorFee.Currency, currency) ?? 0m, 2);
            var who = input.Terms == Incoterm.Ddp
                ? T($"Under DDP the carrier bills you this instead of the buyer.", $"DDP 时由承运商向您收取。")
                : T($"Billed to the buyer with the duty and tax.", $"与税款一起向买家收取。");
            lines.Add(new LandedCostLine
            {
                Kind = LandedCostLineKind.Fee,
                Amount = Money(min, currency),
                AmountMax = max > min ? max : null,
                RuleId = "carrier-door-fee",
                Rule = doorFee.Name,
                Explanation = T($"About {Range(min, max)} {currency}: {doorFee.Name.En}. {who.En}", $"约 {Range(min, max)} {currency}：{doorFee.Name.ZhCn}。{who.ZhCn}"),
                Collection = LandedCostCollection.AtImport,
            });
            atImportMin += min;
            atImportMax += max;
        }

        var taxes = lines.Sum(l => l.Amount.Amount);
        var taxesMax = lines.Sum(l => l.AmountMax ?? l.Amount.Amount);
        var landed = goods + shipping + taxes;
        var landedUsd = _kb.ExchangeRates.Convert(landed, currency, "USD") ?? landed;
        var paid = input.Terms == Incoterm.Ddp ? 0m : atImportMin;
        var paidMax = input.Terms == Incoterm.Ddp ? 0m : atImportMax;
        var ddpAdvisable = atImportMax > 0 && !input.BuyerIsBusiness;

        return new LandedCostResult
        {
            Market = market,
            AsOf = input.AsOf,
            GoodsValue = Money(goods, currency),
            Shipping = Money(shipping, currency),
            DutyPercent = goods == 0 ? 0 : Math.Round(duty / Math.Max(customsValue, 0.01m) * 100m, 2),
            Lines = lines,
            TaxesAndFees = Money(taxes, currency),
            TaxesAndFeesMax = taxesMax > taxes ? taxesMax : null,
            LandedCost = Money(landed, currency),
            LandedCostUsd = Money(Math.Round(landedUsd, 2), "USD"),
            Terms = input.Terms,
            PaidAtDoor = Money(paid, currency),
            PaidAtDoorMax = paidMax > paid ? paidMax : null,
            TermsNote = TermsNote(input, currency, taxes, taxesMax, paid, paidMax),
            TermsAdvice = TermsAdvice(input, market, checkout, regime, currency, atImportMin, atImportMax),
            DdpAdvisable = ddpAdvisable,
            WhoPays = regime?.Summary,
            Notes = notes,
            SourceIds = sources.Concat(_kb.ExchangeRates.Sources).Distinct(StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>The import regime of a market; EU member states without their own fall back to the EU's.</summary>
    public ImportRegime? RegimeFor(Market market) =>
        _kb.FindImportRegime(market.Id)
        ?? (market.Id == "eu" || _kb.FindCountry(market.Id) is { Eu: true } ? _kb.FindImportRegime("eu") : null);

    private (decimal Min, decimal Max, bool Unified) Duty(
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

        var exempt = dutyRules.FirstOrDefault(r => IsExempt(r.Period, goods, currency));
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

    private (decimal Min, decimal Max) Vat(
        Market market,
        ImportRegime? regime,
        LandedCostInput input,
        decimal goods,
        decimal shipping,
        decimal customsValue,
        decimal duty,
        decimal dutyMax,
        decimal fees,
        string currency,
        CheckoutCollection? checkout,
        LandedCostCollection checkoutCollection,
        List<LandedCostLine> lines)
    {
        var vatRules = InForce(market, ImportRuleTarget.Vat, input.AsOf).ToList();
        var atCheckout = checkout is not null && checkout.Covers.Contains("vat");
        var vatExempt = vatRules.FirstOrDefault(r => IsExempt(r.Period, goods, currency));
        if (vatExempt.Rule is not null && !atCheckout)
        {
            lines.Add(Line(LandedCostLineKind.Vat, 0m, currency, vatExempt.Rule, vatExempt.Period, T(
                $"No {market.Vat.Name.En} at import: goods value is at or below the {Threshold(vatExempt.Period)} threshold.",
                $"进口环节免征{market.Vat.Name.ZhCn}：货值不超过 {Threshold(vatExempt.Period)}。")) with { Collection = LandedCostCollection.NotDue });
            return (0m, 0m);
        }

        var low = regime?.VatRange?.Min ?? market.Vat.StandardRatePercent;
        var high = regime?.VatRange?.Max ?? market.Vat.StandardRatePercent;
        if (high <= 0)
        {
            return (0m, 0m);
        }

        // At checkout the tax is on the sale price (goods + shipping); at import on the customs value plus duty and fees.
        var baseMin = atCheckout && regime?.VatInclusive != true ? goods + shipping : customsValue + (customsValue == goods ? shipping : 0m) + duty + fees;
        var baseMax = atCheckout && regime?.VatInclusive != true ? goods + shipping : customsValue + (customsValue == goods ? shipping : 0m) + dutyMax + fees;
        decimal Tax(decimal taxBase, decimal rate) => regime?.VatInclusive == true
            ? Math.Round(taxBase * rate / (100m - rate), 2)
            : Math.Round(taxBase * rate / 100m, 2);
        var vat = Tax(baseMin, low);
        var vatMax = Tax(baseMax, high);
        var how = atCheckout
            ? T($", charged at checkout ({checkout!.Name.En}); nothing at the border", $"，在结账时收取（{checkout!.Name.ZhCn}），入境时不再征收")
            : T($", at import", $"，进口环节征收");
        var rangeWhy = regime?.VatRange is { } r && r.Min != r.Max ? T($" ({r.Reason.En})", $"（{r.Reason.ZhCn}）") : T($"", $"");
        var inclusive = regime?.VatInclusive == true ? T($" calculated on a tax-inclusive basis", $"（价内计税）") : T($"", $"");
        var baseText = atCheckout && regime?.VatInclusive != true
            ? T($"the sale price {Fmt(baseMin)} {currency} (goods + shipping)", $"售价 {Fmt(baseMin)} {currency}（货值+运费）")
            : T($"goods + shipping + duty + fees ({Range(baseMin, baseMax)} {currency})", $"货值+运费+关税+费用（{Range(baseMin, baseMax)} {currency}）");
        var explanation = T(
            $"{Range(low, high)}% {market.Vat.Name.En}{rangeWhy.En}{inclusive.En} on {baseText.En}{how.En}.",
            $"按 {Range(low, high)}%{rangeWhy.ZhCn}{inclusive.ZhCn}对{baseText.ZhCn}计征{market.Vat.Name.ZhCn}{how.ZhCn}。");
        var rule = vatRules.FirstOrDefault();
        lines.Add(new LandedCostLine
        {
            Kind = LandedCostLineKind.Vat,
            Amount = Money(vat, currency),
            AmountMax = vatMax > vat ? vatMax : null,
            RuleId = rule.Rule?.Id,
            Rule = atCheckout ? checkout!.Name : rule.Rule?.Name ?? market.Vat.Name,
            Effective = atCheckout ? checkout!.From : rule.Period?.From,
            Explanation = explanation,
            Collection = atCheckout ? checkoutCollection : LandedCostCollection.AtImport,
            SourceIds = rule.Rule?.Sources ?? [],
        });
        return (vat, vatMax);
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
            return byCategory.Min == byCategory.Max
                ? (byCategory.Min, byCategory.Max, T($"", $""))
                : (byCategory.Min, byCategory.Max, T($" (depends on the HTS code within {categoryId}; give the HS code for one rate)", $"（取决于{categoryId}内的具体税号；提供 HS 编码可得确切税率）"));
        }

        return layer.Default is { } fallback
            ? (fallback.Min, fallback.Max, T($" (depends on the HTS code; give the HS code or category for one rate)", $"（取决于具体税号；提供 HS 编码或类目可得确切税率）"))
            : (0m, 0m, T($"", $""));
    }

    private CheckoutCollection? CheckoutFor(ImportRegime? regime, decimal goods, string currency, LandedCostInput input)
    {
        if (regime?.Checkout is not { } scheme || input.BuyerIsBusiness || !WithinCheckout(scheme, goods, currency, input.AsOf))
        {
            return null;
        }

        // Where the law puts the tax at checkout it is there whatever the seller says; elsewhere it is the seller's choice.
        var used = scheme.Mandatory || (input.TaxCollectedAtCheckout ?? scheme.AssumedByDefault);
        return used ? scheme : null;
    }

    private bool WithinCheckout(CheckoutCollection scheme, decimal goods, string currency, DateOnly asOf)
    {
        var limit = _kb.ExchangeRates.Convert(scheme.UpTo.Amount, scheme.UpTo.Currency, currency);
        return asOf >= scheme.From && limit is not null && goods <= limit.Value;
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

    /// <summary>Rules whose last recorded period ended before the shipment date: the date is past, not future, and the
    /// rule's successor is unknown — say so instead of applying or silently dropping it.</summary>
    private static void NotePastEnd(Market market, DateOnly asOf, List<LocalizedText> notes)
    {
        foreach (var rule in market.ImportRules)
        {
            if (rule.Periods.Count == 0 || rule.Periods.Any(p => p.From <= asOf && (p.To is null || asOf <= p.To)) ||
                rule.Periods.Any(p => p.From > asOf))
            {
                continue;
            }

            var end = rule.Periods.Max(p => p.To!.Value);
            notes.Add(T(
                $"{rule.Name.En}: the last recorded period ended on {Date(end)}, before this shipment date ({Date(asOf)}); what applies now is not recorded here and needs review.",
                $"{rule.Name.ZhCn}：最后记录的时段已于 {Date(end)} 结束，早于本次发货日期（{Date(asOf)}）；目前适用的规定未收录，需复核。"));
        }
    }

    private static LocalizedText TermsNote(LandedCostInput input, string currency, decimal taxes, decimal taxesMax, decimal paid, decimal paidMax)
    {
        if (input.Terms == Incoterm.Ddp)
        {
            return T(
                $"DDP: you pay the {Range(taxes, taxesMax)} {currency} of duty, taxes and fees before delivery; the buyer pays nothing at the door.",
                $"DDP：由您在派送前支付 {Range(taxes, taxesMax)} {currency} 的关税、税费和费用，买家签收时无需付款。");
        }

        return paidMax > 0
            ? T($"DDU: the buyer pays about {Range(paid, paidMax)} {currency} at the door (duty, tax and the carrier's fee).",
                $"DDU：买家签收时约需支付 {Range(paid, paidMax)} {currency}（关税、税款和承运商手续费）。")
            : T($"Nothing is collected from the buyer at the door for this shipment.", $"本票货物签收时不向买家收取任何费用。");
    }

    private static LocalizedText TermsAdvice(LandedCostInput input, Market market, CheckoutCollection? checkout, ImportRegime? regime, string currency, decimal atImport, decimal atImportMax)
    {
        var amount = Range(atImport, atImportMax);
        if (input.BuyerIsBusiness)
        {
            return T(
                $"For a business buyer the usual terms are FOB, CIF or DAP: the buyer imports the goods and pays about {amount} {currency} of duty and import tax at clearance (business buyers usually reclaim the VAT). Quote DDP only if you have an importer of record in {market.Name.En}.",
                $"对企业买家通常使用 FOB、CIF 或 DAP 条款：由买家进口并在清关时缴纳约 {amount} {currency} 的关税和进口税（企业买家一般可抵扣增值税）。只有在{market.Name.ZhCn}有进口记录人时才报 DDP。");
        }

        if (atImportMax <= 0)
        {
            return checkout is not null
                ? T($"Nothing is collected at delivery: the tax is charged at checkout ({checkout.Name.En}), so DDP and DDU come to the same for the buyer. Put the tax in your checkout price.",
                    $"签收时无需付款：税款在结账时收取（{checkout.Name.ZhCn}），对买家而言 DDP 与 DDU 相同。请把税款计入结账价格。")
                : T($"Nothing is due at delivery for this shipment (below the duty and tax thresholds), so DDU is fine.",
                    $"本票货物签收时无需缴纳任何税费（低于关税和税款起征点），DDU 即可。");
        }

        var alternative = regime?.Checkout is { Mandatory: false } scheme && checkout is null
            ? T($" Or use {scheme.Name.En} so the tax is charged at checkout and nothing is due at the door.", $"或使用{scheme.Name.ZhCn}，在结账时收取税款，签收时无需付款。")
            : T($"", $"");
        return input.Terms == Incoterm.Ddp
            ? T($"DDP: you prepay about {amount} {currency} of duty, tax and carrier fees, so the buyer pays nothing at the door.{alternative.En}",
                $"DDP：您预付约 {amount} {currency} 的关税、税款和承运商费用，买家签收时无需付款。{alternative.ZhCn}")
            : T($"Ship DDP: under DDU the buyer would pay about {amount} {currency} at the door (duty, tax and the carrier's fee), and unexpected charges lead to refused parcels.{alternative.En}",
                $"建议 DDP：如用 DDU，买家签收时约需支付 {amount} {currency}（关税、税款和承运商手续费），意外收费常导致拒收。{alternative.ZhCn}");
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

    private static LandedCostLine Line(LandedCostLineKind kind, decimal amount, string currency, ImportRule rule, ImportRulePeriod period, LocalizedText explanation) => new()
    {
        Kind = kind,
        Amount = Money(amount, currency),
        RuleId = rule.Id,
        Rule = rule.Name,
        Effective = period.From,
        Explanation = WithNote(explanation, period),
        SourceIds = rule.Sources,
    };

    private static LocalizedText WithNote(LocalizedText explanation, ImportRulePeriod period) =>
        period.Note is { } n ? LocalizedText.Of($"{explanation.En} {n.En}", $"{explanation.ZhCn}{n.ZhCn}") : explanation;

    private static string Threshold(ImportRulePeriod period) =>
        period.ExemptUpTo is { } t ? Say($"{t.Amount:0.##} {t.Currency}") : "-";

    private static string Range(decimal min, decimal max) => min == max ? Fmt(min) : Fmt(min) + "–" + Fmt(max);

    private static string Fmt(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Say(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static LocalizedText T(FormattableString en, FormattableString zh) => LocalizedText.Of(Say(en), Say(zh));

    private static Money Money(decimal amount, string currency) => new() { Amount = amount, Currency = currency };
}
