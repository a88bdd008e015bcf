using CrossBorderBot.Knowledge.Advisors;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Knowledge.Tests.TestUtilities;

namespace CrossBorderBot.Knowledge.Tests.Advisors;

public class LandedCostCalculatorTests
{
    private readonly LandedCostCalculator _calculator = new(FixtureData.KnowledgeBase);

    private static Money Usd(decimal amount) => new() { Amount = amount, Currency = "USD" };

    private static Money Eur(decimal amount) => new() { Amount = amount, Currency = "EUR" };

    public static TheoryData<string, string, decimal, string, string, int, decimal, string?, string> RuleChanges => new()
    {
        // market, as-of, value, currency, category, items → duty, rule id of the duty line, effective date of the period used
        // US de minimis: $800 exemption until 2025-08-28, suspended from 2025-08-29.
        { "us", "2025-08-28", 100m, "USD", "toys-games", 1, 0m, "us-de-minimis", "2016-03-10" },
        { "us", "2025-08-29", 100m, "USD", "toys-games", 1, 5m, "us-de-minimis", "2025-08-29" },
        { "us", "2025-08-28", 900m, "USD", "toys-games", 1, 45m, "us-de-minimis", "2016-03-10" },
        // EU: no duty up to 150 EUR; from 2026-07-01 a flat 3 EUR per item on top.
        { "eu", "2026-06-30", 100m, "EUR", "toys-games", 2, 0m, "eu-duty-relief-150", "2021-07-01" },
        { "eu", "2026-07-01", 100m, "EUR", "toys-games", 2, 0m, "eu-duty-relief-150", "2021-07-01" },
        { "eu", "2026-07-01", 200m, "EUR", "toys-games", 1, 8m, "eu-duty-relief-150", "2021-07-01" },
    };

    [Theory]
    [MemberData(nameof(RuleChanges))]
    public void Duty_follows_the_rule_period_in_force(string market, string asOf, decimal value, string currency, string category, int items, decimal duty, string? rule, string effective)
    {
        var result = _calculator.Calculate(new LandedCostInput
        {
            Market = market, DeclaredValue = new Money { Amount = value, Currency = currency }, Category = category,
            AsOf = DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture), Items = items,
        });

        var line = Assert.Single(result.Lines, l => l.Kind == LandedCostLineKind.Duty);
        Assert.Equal(duty, line.Amount.Amount);
        Assert.Equal(rule, line.RuleId);
        Assert.Equal(DateOnly.Parse(effective, System.Globalization.CultureInfo.InvariantCulture), line.Effective);
    }

    [Theory]
    [InlineData("2026-06-30", 0)]
    [InlineData("2026-07-01", 6)]
    public void Eu_flat_duty_per_item_starts_on_2026_07_01(string asOf, decimal fee)
    {
        var result = _calculator.Calculate(new LandedCostInput
        {
            Market = "eu", DeclaredValue = Eur(100m), ShippingCost = Eur(10m), Items = 2,
            AsOf = DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(fee, result.Lines.Where(l => l.Kind == LandedCostLineKind.Fee).Sum(l => l.Amount.Amount));
        if (fee > 0)
        {
            var line = result.Lines.Single(l => l.Kind == LandedCostLineKind.Fee);
            Assert.Equal(("eu-flat-duty-low-value", new DateOnly(2026, 7, 1)), (line.RuleId, line.Effective));
        }

        // VAT 20% on goods + shipping + duty + fees.
        Assert.Equal(Math.Round((110m + fee) * 0.2m, 2), result.Lines.Single(l => l.Kind == LandedCostLineKind.Vat).Amount.Amount);
    }

    [Theory]
    [InlineData(150, 3)]
    [InlineData(151, 0)]
    public void Eu_flat_duty_applies_only_to_parcels_up_to_150_euros(decimal value, decimal fee)
    {
        var result = _calculator.Calculate(new LandedCostInput
        {
            Market = "eu", DeclaredValue = Eur(value), ShippingCost = Eur(10m), Items = 1, AsOf = new DateOnly(2026, 7, 15),
        });

        Assert.Equal(fee, result.Lines.Where(l => l.Kind == LandedCostLineKind.Fee).Sum(l => l.Amount.Amount));
    }

    [Fact]
    public void Ddp_and_ddu_say_who_pays_at_the_door()
    {
        var input = new LandedCostInput { Market = "us", DeclaredValue = Usd(200m), AsOf = new DateOnly(2026, 1, 1) };

        var ddu = _calculator.Calculate(input with { Terms = Incoterm.Ddu });
        var ddp = _calculator.Calculate(input with { Terms = Incoterm.Ddp });

        Assert.Equal(10m, ddu.PaidAtDoor.Amount);
        Assert.Contains("buyer pays about 10 USD", ddu.TermsNote.En, StringComparison.Ordinal);
        Assert.Equal(0m, ddp.PaidAtDoor.Amount);
        Assert.Contains("nothing at the door", ddp.TermsNote.En, StringComparison.Ordinal);
        Assert.Equal(210m, ddp.LandedCost.Amount);
    }

    [Theory]
    [InlineData(null, 61, 12)] // HS chapter 61 → apparel, 12% in the US
    [InlineData("apparel", null, 12)]
    [InlineData(null, null, 5)] // default duty
    public void Duty_rate_comes_from_category_or_hs_chapter(string? category, int? chapter, decimal percent)
    {
        var result = _calculator.Calculate(new LandedCostInput
        {
            Market = "us", DeclaredValue = Usd(100m), Category = category, HsChapter = chapter, AsOf = new DateOnly(2026, 1, 1),
        });

        Assert.Equal(percent, result.DutyPercent);
        Assert.Equal(percent, result.Lines.Single(l => l.Kind == LandedCostLineKind.Duty).Amount.Amount);
    }

    [Fact]
    public void Values_are_converted_to_the_market_currency()
    {
        // 1 USD = 0.8 EUR: 250 USD is 200 EUR, above the 150 EUR relief, 4% default duty.
        var result = _calculator.Calculate(new LandedCostInput { Market = "Germany", DeclaredValue = Usd(250m), AsOf = new DateOnly(2026, 1, 1) });

        Assert.Equal("eu", result.Market.Id);
        Assert.Equal(new Money { Amount = 200m, Currency = "EUR" }, result.GoodsValue);
        Assert.Equal(8m, result.Lines.Single(l => l.Kind == LandedCostLineKind.Duty).Amount.Amount);
    }

    [Fact]
    public void A_huge_value_is_computed_without_overflow()
    {
        var result = _calculator.Calculate(new LandedCostInput { Market = "us", DeclaredValue = Usd(10_000_000_000m), AsOf = new DateOnly(2026, 1, 1) });

        Assert.Equal(500_000_000m, result.TaxesAndFees.Amount);
    }

    [Theory]
    [InlineData("jp", typeof(UnknownLocationException))] // known country, no market data
    [InlineData("atlantis", typeof(UnknownLocationException))]
    public void Markets_without_rules_are_a_clear_error(string market, Type exception)
    {
        var ex = Assert.ThrowsAny<AdvisorInputException>(() => _calculator.Calculate(new LandedCostInput { Market = market, DeclaredValue = Usd(1m), AsOf = new DateOnly(2026, 1, 1) }));

        Assert.IsType(exception, ex);
        Assert.Equal("market", ex.Field);
    }

    [Theory]
    [InlineData(-1, "USD", "declaredValue")]
    [InlineData(10, "XYZ", "declaredValue")]
    public void Bad_values_are_rejected(decimal amount, string currency, string field)
    {
        var ex = Assert.Throws<AdvisorInputException>(() => _calculator.Calculate(new LandedCostInput
        {
            Market = "us", DeclaredValue = new Money { Amount = amount, Currency = currency }, AsOf = new DateOnly(2026, 1, 1),
        }));

        Assert.Equal(field, ex.Field);
    }
}
