using CrossBorderBot.Knowledge.Answering;
using CrossBorderBot.Knowledge.Model;
using static CrossBorderBot.Knowledge.Advisors.LandedCostFormat;

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
    private readonly LandedCostRules _rules;
    private readonly DutyEstimator _duty;
    private readonly VatEstimator _vat;
    private readonly EntryReferenceText _references;

    public LandedCostCalculator(KnowledgeBase knowledgeBase)
    {
        _kb = knowledgeBase;
        _geography = new GeographyResolver(knowledgeBase);
        _rules = new LandedCostRules(knowledgeBase);
        _duty = new DutyEstimator(knowledgeBase, _rules);
        _vat = new VatEstimator(_rules);
        _references = new EntryReferenceText(knowledgeBase);
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
        var goods = _rules.ToMarket(input.DeclaredValue, currency, "declaredValue");
        var shipping = input.ShippingCost is null ? 0m : _rules.ToMarket(input.ShippingCost, currency, "shippingCost");
        var fob = regime?.CustomsValue == "fob";
        var customsValue = fob ? goods : goods + shipping;
        var checkout = _rules.CheckoutFor(regime, goods, currency, input);
        var checkoutCollection = checkout?.Kind == "ioss" ? LandedCostCollection.Ioss : LandedCostCollection.PointOfSale;
        var lines = new List<LandedCostLine>();
        var notes = new List<LocalizedText>();
        // The market's own list backs its overview (EPR registers, marks); the estimate rests on its VAT rate, the
        // import regime and the rules applied, each with their own sources.
        var sources = new List<string>(market.Vat.Sources);
        if (regime is not null)
        {
            sources.AddRange(regime.Sources);
        }

        LandedCostTerms.NotePastEnd(market, input.AsOf, notes);
        if (checkout is not null)
        {
            notes.Add(checkout.HowItWorks);
        }
        else if (regime?.Checkout is { WithoutIt: { } without } scheme && !scheme.Mandatory && _rules.WithinCheckout(scheme, goods, currency, input.AsOf))
        {
            notes.Add(without);
        }

        // Duty.
        var dutyRules = LandedCostRules.InForce(market, ImportRuleTarget.Duty, input.AsOf).ToList();
        var (duty, dutyMax, unified) = _duty.Estimate(market, regime, input, goods, customsValue, fob, currency, checkout, checkoutCollection, dutyRules, lines, notes);

        // Fixed fees (e.g. flat duty per item on low-value parcels).
        var fees = 0m;
        foreach (var (rule, period) in LandedCostRules.InForce(market, ImportRuleTarget.Fee, input.AsOf))
        {
            if (period.FixedFee is not { } fee || _rules.IsExempt(period, goods, currency) || _rules.IsAboveScope(period, goods, currency))
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
            : _vat.Estimate(market, regime, input, goods, shipping, customsValue, duty, dutyMax, fees, currency, checkout, checkoutCollection, lines);

        foreach (var (rule, _) in dutyRules.Concat(LandedCostRules.InForce(market, ImportRuleTarget.Vat, input.AsOf)))
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

        // The rules' notes name other rules by id for the editors ("see de-interim-flat-duty"): users read their names.
        return new LandedCostResult
        {
            Market = market,
            AsOf = input.AsOf,
            GoodsValue = Money(goods, currency),
            Shipping = Money(shipping, currency),
            DutyPercent = goods == 0 ? 0 : Math.Round(duty / Math.Max(customsValue, 0.01m) * 100m, 2),
            Lines = [.. lines.Select(l => l with { Explanation = _references.Rewrite(l.Explanation) })],
            TaxesAndFees = Money(taxes, currency),
            TaxesAndFeesMax = taxesMax > taxes ? taxesMax : null,
            LandedCost = Money(landed, currency),
            LandedCostUsd = Money(Math.Round(landedUsd, 2), "USD"),
            Terms = input.Terms,
            PaidAtDoor = Money(paid, currency),
            PaidAtDoorMax = paidMax > paid ? paidMax : null,
            TermsNote = LandedCostTerms.TermsNote(input, currency, taxes, taxesMax, paid, paidMax),
            TermsAdvice = LandedCostTerms.TermsAdvice(input, market, checkout, OptionalSchemeWithin(regime, goods, currency, input), currency, atImportMin, atImportMax),
            DdpAdvisable = ddpAdvisable,
            // The regime's summary describes sales to consumers (tax at checkout); a business buyer gets its own case
            // where the market's entry states one.
            WhoPays = input.BuyerIsBusiness ? regime?.BusinessBuyerSummary ?? regime?.Summary : regime?.Summary,
            Notes = [.. notes.Select(_references.Rewrite)],
            // Only the rates this estimate converted with: a parcel to Australia does not cite the riyal's peg.
            SourceIds = sources.Concat(_kb.ExchangeRates.SourcesFor(new[] { currency, "USD", input.DeclaredValue.Currency, input.ShippingCost?.Currency }.OfType<string>()))
                .Distinct(StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>The import regime of a market; EU member states without their own fall back to the EU's.</summary>
    public ImportRegime? RegimeFor(Market market) =>
        _kb.FindImportRegime(market.Id)
        ?? (market.Id == "eu" || _kb.FindCountry(market.Id) is { Eu: true } ? _kb.FindImportRegime("eu") : null);

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

    /// <summary>The destination's optional checkout scheme when this shipment may use it: IOSS is offered only up to
    /// its €150 ceiling, so a €300 parcel is not told "or use IOSS".</summary>
    private CheckoutCollection? OptionalSchemeWithin(ImportRegime? regime, decimal goods, string currency, LandedCostInput input) =>
        regime?.Checkout is { Mandatory: false } scheme && !input.BuyerIsBusiness && _rules.WithinCheckout(scheme, goods, currency, input.AsOf)
            ? scheme
            : null;
}
