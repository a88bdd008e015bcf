using CrossBorderBot.Knowledge.Advisors;
using CrossBorderBot.Knowledge.Loading;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Tests.Advisors;

/// <summary>Landed cost by the real import regimes: who pays what and when, dated US duty layers, stated ends.</summary>
public class ImportRegimeLandedCostTests
{
    private static readonly Lazy<LandedCostCalculator> Calculator = new(() => new LandedCostCalculator(new KnowledgeLoader().LoadDefault().KnowledgeBase));

    private static LandedCostResult Us(DateOnly asOf, string? hs = null) => Calculator.Value.Calculate(new LandedCostInput
    {
        Market = "us",
        DeclaredValue = new Money { Amount = 100m, Currency = "USD" },
        Category = "furniture",
        HsCode = hs,
        AsOf = asOf,
    });

    [Fact]
    public void A_surcharge_in_force_on_the_shipment_date_is_charged_exactly()
    {
        var duty = Us(new DateOnly(2026, 5, 1), "9403.60").Lines.Single(l => l.Kind == LandedCostLineKind.Duty);

        // 0 % general + 25 % Section 301 (heading 9403) + 10 % Section 122 on 100 USD.
        Assert.Equal(35m, duty.Amount.Amount);
        Assert.Null(duty.AmountMax);
        Assert.False(duty.NeedsReview);
    }

    [Fact]
    public void After_a_stated_end_without_a_recorded_extension_the_duty_is_a_range_marked_for_review()
    {
        var result = Us(new DateOnly(2026, 12, 3), "9403.60");
        var duty = result.Lines.Single(l => l.Kind == LandedCostLineKind.Duty);

        Assert.Equal(25m, duty.Amount.Amount);
        Assert.Equal(35m, duty.AmountMax);
        Assert.True(duty.NeedsReview);
        Assert.Contains(result.Notes, n => n.En.Contains("stated end was 2026-07-24", StringComparison.Ordinal));
        Assert.DoesNotContain("could not verify whether", string.Join(" ", result.Lines.Select(l => l.Explanation.En)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100, LandedCostCollection.PointOfSale, 0)]
    [InlineData(200, LandedCostCollection.AtImport, 40)]
    public void Uk_vat_moves_to_checkout_up_to_135_pounds(decimal pounds, LandedCostCollection collection, decimal minimumAtDoor)
    {
        var result = Calculator.Value.Calculate(new LandedCostInput
        {
            Market = "gb", DeclaredValue = new Money { Amount = pounds, Currency = "GBP" }, Category = "kitchen", AsOf = new DateOnly(2026, 12, 3),
        });

        Assert.Equal(collection, result.Lines.Single(l => l.Kind == LandedCostLineKind.Vat).Collection);
        Assert.True(result.PaidAtDoor.Amount >= minimumAtDoor);
        Assert.Equal(minimumAtDoor > 0, result.DdpAdvisable);
    }

    [Theory]
    [InlineData(100, true)]
    [InlineData(300, false)]
    public void Ioss_is_offered_as_the_alternative_only_to_a_parcel_within_its_150_euro_ceiling(decimal euros, bool offered)
    {
        var result = Calculator.Value.Calculate(new LandedCostInput
        {
            Market = "de", DeclaredValue = new Money { Amount = euros, Currency = "EUR" }, Category = "kitchen",
            TaxCollectedAtCheckout = false, AsOf = new DateOnly(2026, 12, 3),
        });

        Assert.True(result.PaidAtDoor.Amount > 0);
        Assert.Equal(offered, result.TermsAdvice!.En.Contains("IOSS", StringComparison.Ordinal));
        Assert.Equal(offered, result.TermsAdvice.ZhCn.Contains("IOSS", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_is_invariant_without_touching_the_callers_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("fr-FR");
        try
        {
            var result = Us(new DateOnly(2026, 5, 1), "9403.60");

            Assert.Contains("100 USD", result.Lines[0].Explanation.En, StringComparison.Ordinal);
            Assert.DoesNotContain("0,", result.Lines[0].Explanation.En, StringComparison.Ordinal);
            Assert.Equal("fr-FR", System.Globalization.CultureInfo.CurrentCulture.Name);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Rules_named_in_a_line_or_a_note_are_named_for_users_not_by_their_ids()
    {
        // The data's notes point editors to other rules by id ("see de-interim-flat-duty", "（见规则de-interim-flat-duty）").
        var kb = new KnowledgeLoader().LoadDefault().KnowledgeBase;
        var ids = kb.Markets.SelectMany(m => m.ImportRules.Select(r => r.Id))
            .Concat(kb.Compliance.Select(c => c.Id)).Concat(kb.Playbooks.Select(p => p.Id))
            .Where(id => id.Count(c => c == '-') >= 2).ToList();
        var texts = kb.Markets.Where(m => m.ImportRules.Count > 0).SelectMany(m => Calculator.Value.Calculate(new LandedCostInput
        {
            Market = m.Id,
            DeclaredValue = new Money { Amount = 15m, Currency = "EUR" },
            AsOf = new DateOnly(2026, 8, 1),
        }) is var result ? result.Lines.Select(l => l.Explanation).Concat(result.Notes) : []).SelectMany(t => new[] { t.En, t.ZhCn }).ToList();

        Assert.Contains(texts, t => t.Contains("€3", StringComparison.Ordinal) || t.Contains("3 EUR", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => ids.Any(id => t.Contains(id, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("fr")]
    [InlineData("jp")]
    public void The_estimate_cites_what_it_rests_on_not_the_market_overview_s_list(string market)
    {
        // Germany's overview cites its packaging and WEEE registers: nothing in a duty and VAT estimate comes from them.
        var kb = new KnowledgeLoader().LoadDefault().KnowledgeBase;
        var entry = kb.FindMarket(market)!;
        var result = Calculator.Value.Calculate(new LandedCostInput
        {
            Market = market,
            DeclaredValue = new Money { Amount = 60m, Currency = "EUR" },
            AsOf = new DateOnly(2026, 8, 1),
        });
        var backed = entry.Vat.Sources.Concat(entry.ImportRules.SelectMany(r => r.Sources))
            .Concat(kb.ImportRegimes.SelectMany(r => r.Sources)).Concat(kb.ExchangeRates.Sources).ToHashSet();

        Assert.Contains(result.SourceIds, entry.Vat.Sources.Contains);
        Assert.All(result.SourceIds, id => Assert.Contains(id, backed));
    }

    [Theory]
    [InlineData("au", "CNY", new[] { "ecb-euro-reference-rates", "fed-h10-exchange-rates" })]
    [InlineData("sa", "SAR", new[] { "sama-riyal-peg" })]
    [InlineData("us", "USD", new string[0])]
    public void The_estimate_cites_only_the_rates_it_converted_with(string market, string valueCurrency, string[] expected)
    {
        // A parcel to Australia valued in yuan converts through the general reference rates, not the riyal's or dirham's
        // peg; one to the US valued in dollars converts nothing.
        var kb = new KnowledgeLoader().LoadDefault().KnowledgeBase;
        var rateSources = kb.ExchangeRates.Sources.Concat(kb.ExchangeRates.Rates.Select(r => r.Source).OfType<string>()).ToHashSet();
        var result = Calculator.Value.Calculate(new LandedCostInput
        {
            Market = market,
            DeclaredValue = new Money { Amount = 300m, Currency = valueCurrency },
            ShippingCost = new Money { Amount = 80m, Currency = valueCurrency },
            AsOf = new DateOnly(2026, 12, 1),
        });

        Assert.Equal(expected.Order(), result.SourceIds.Where(rateSources.Contains).Order());
    }

    private static LandedCostResult ToBusiness(string market, decimal amount, string currency) => Calculator.Value.Calculate(new LandedCostInput
    {
        Market = market, DeclaredValue = new Money { Amount = amount, Currency = currency }, Category = "tools-hardware",
        AsOf = new DateOnly(2026, 12, 6), BuyerIsBusiness = true,
    });

    [Theory]
    [InlineData("au", 400, "AUD")]
    [InlineData("gb", 100, "GBP")]
    public void A_business_buyer_within_a_consumer_scheme_s_limit_is_charged_no_tax_by_the_seller_or_at_the_border(string market, decimal amount, string currency)
    {
        var result = ToBusiness(market, amount, currency);

        var vat = result.Lines.Single(l => l.Kind == LandedCostLineKind.Vat);
        Assert.Equal(LandedCostCollection.NotDue, vat.Collection);
        Assert.Equal(0m, vat.Amount.Amount);
        Assert.Contains("reverse charge", vat.Explanation.En, StringComparison.Ordinal);
        Assert.Equal(0m, result.PaidAtDoor.Amount);
    }

    [Theory]
    [InlineData("au", 3000, "AUD")]
    [InlineData("gb", 400, "GBP")]
    [InlineData("de", 80, "EUR")]
    public void A_business_buyer_is_told_the_business_case_not_the_consumer_s_tax_at_checkout(string market, decimal amount, string currency)
    {
        var result = ToBusiness(market, amount, currency);
        var regime = Calculator.Value.RegimeFor(result.Market)!;

        // The regime's own summary is about consumers (the seller or marketplace charges the tax at checkout).
        Assert.NotNull(regime.BusinessBuyerSummary);
        Assert.Equal(regime.BusinessBuyerSummary, result.WhoPays);
        Assert.NotEqual(regime.Summary, result.WhoPays);
        Assert.NotEqual(LandedCostCollection.PointOfSale, result.Lines.Single(l => l.Kind == LandedCostLineKind.Vat).Collection);
    }

    [Fact]
    public void In_the_eu_a_business_buyer_within_150_euros_pays_import_vat_at_clearance_not_through_ioss()
    {
        var vat = ToBusiness("de", 80, "EUR").Lines.Single(l => l.Kind == LandedCostLineKind.Vat);

        Assert.Equal(LandedCostCollection.AtImport, vat.Collection);
        Assert.True(vat.Amount.Amount > 0);
    }
}
