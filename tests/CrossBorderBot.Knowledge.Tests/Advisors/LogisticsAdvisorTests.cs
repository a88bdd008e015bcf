using CrossBorderBot.Knowledge.Advisors;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Knowledge.Tests.TestUtilities;

namespace CrossBorderBot.Knowledge.Tests.Advisors;

public class LogisticsAdvisorTests
{
    private readonly LogisticsAdvisor _advisor = new(FixtureData.KnowledgeBase);

    private static LogisticsAdvisorInput Parcel(decimal kg = 0.3m, string to = "us", ShippingUrgency urgency = ShippingUrgency.Standard) => new()
    {
        WeightKg = kg,
        DeclaredValue = new Money { Amount = 20m, Currency = "USD" },
        Destination = to,
        Urgency = urgency,
    };

    public static TheoryData<string, LogisticsAdvisorInput, string, string> Exclusions => new()
    {
        // case, input, excluded channel, reason fragment
        { "batteries by post", Parcel() with { ContainsBatteries = true }, "postal-registered", "batteries" },
        { "liquids by post", Parcel() with { ContainsLiquids = true }, "postal-registered", "liquids" },
        { "too heavy for post", Parcel(5m), "postal-registered", "over its 2 kg limit" },
        { "too long for post", Parcel() with { DimensionsCm = new ParcelDimensions(70, 10, 5) }, "postal-registered", "Longest side 70" },
        { "too bulky for post", Parcel() with { DimensionsCm = new ParcelDimensions(50, 30, 20) }, "postal-registered", "width + height 100" },
        { "no service to Japan", Parcel(to: "jp"), "sea-warehouse", "Does not serve Japan" },
        { "too heavy for express", Parcel(100m), "express", "at most 70 kg a piece" },
    };

    [Theory]
    [MemberData(nameof(Exclusions))]
    public void Channels_that_cannot_carry_the_parcel_are_excluded_with_the_reason(string name, LogisticsAdvisorInput input, string channel, string fragment)
    {
        var advice = _advisor.Recommend(input);

        Assert.DoesNotContain(advice.Recommendations, r => r.Channel.Id == channel);
        var excluded = Assert.Single(advice.Excluded, e => e.Channel.Id == channel);
        Assert.True(excluded.Reason.En.Contains(fragment, StringComparison.Ordinal), $"{name}: {excluded.Reason.En}");
        Assert.False(string.IsNullOrEmpty(excluded.Reason.ZhCn));
    }

    [Theory]
    [InlineData(ShippingUrgency.Economy, "postal-registered")]
    [InlineData(ShippingUrgency.Fast, "express")]
    public void Urgency_decides_between_cheap_and_fast(ShippingUrgency urgency, string expected)
    {
        Assert.Equal(expected, _advisor.Recommend(Parcel(urgency: urgency)).Recommendations[0].Channel.Id);
    }

    [Fact]
    public void Cost_and_days_follow_the_rates_of_the_destination()
    {
        var postal = _advisor.Recommend(Parcel(0.5m)).Recommendations.Single(r => r.Channel.Id == "postal-registered");

        // North America rate: 18 + 90 × 0.5 = 63 CNY, ±10% because approximate; 7 CNY per USD.
        Assert.Equal(new ValueRange(56.7m, 69.3m, "CNY"), postal.CostCny);
        Assert.Equal(new ValueRange(8.1m, 9.9m, "USD"), postal.CostUsd);
        Assert.Equal(new ValueRange(10, 25, "days"), postal.Days);
        Assert.Equal(0.5m, postal.ChargeableWeightKg);
    }

    [Fact]
    public void Volumetric_weight_is_charged_when_larger()
    {
        var input = Parcel(1m, "de") with { DimensionsCm = new ParcelDimensions(50, 40, 30) };

        var express = _advisor.Recommend(input).Recommendations.Single(r => r.Channel.Id == "express");

        // 60,000 cm³ / 5000 = 12 kg; first 0.5 kg 180 + 23 steps × 45 = 1215 CNY.
        Assert.Equal(12m, express.ChargeableWeightKg);
        Assert.Equal(1215m, (express.CostCny.Min + express.CostCny.Max) / 2);
        Assert.Contains(express.Reasons, r => r.En.Contains("volumetric", StringComparison.Ordinal));
    }

    [Fact]
    public void Batteries_go_by_express_only_as_contained_batteries()
    {
        var advice = _advisor.Recommend(Parcel() with { ContainsBatteries = true });

        var express = advice.Recommendations.Single(r => r.Channel.Id == "express");
        Assert.Contains(express.Reasons, r => r.En.Contains("installed in", StringComparison.Ordinal));
        Assert.Contains(advice.Notes, n => n.En.Contains("UN38.3", StringComparison.Ordinal));
    }

    [Fact]
    public void A_huge_value_favours_tracked_shipping_and_says_so()
    {
        var input = Parcel(urgency: ShippingUrgency.Economy) with { DeclaredValue = new Money { Amount = 1_000_000_000m, Currency = "CNY" } };

        var advice = _advisor.Recommend(input);

        Assert.NotEqual("postal-registered", advice.Recommendations[0].Channel.Id);
        Assert.Contains(advice.Notes, n => n.En.Contains("formal customs entry", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, "us", "weightKg")]
    [InlineData(-1, "us", "weightKg")]
    [InlineData(1, "", "destination")]
    public void Invalid_parcels_are_rejected(int kg, string destination, string field)
    {
        var ex = Assert.ThrowsAny<AdvisorInputException>(() => _advisor.Recommend(Parcel(kg, destination)));

        Assert.Equal(field, ex.Field);
    }

    [Fact]
    public void Warehouse_channels_are_for_stock_in_the_market_not_for_one_parcel()
    {
        var advice = _advisor.Recommend(Parcel(2m, urgency: ShippingUrgency.Economy));

        Assert.DoesNotContain(advice.Recommendations, r => r.Channel.Id == "sea-warehouse");
        var excluded = Assert.Single(advice.Excluded, e => e.Channel.Id == "sea-warehouse");
        Assert.Contains("stock", excluded.Reason.En, StringComparison.Ordinal);
    }

    [Fact]
    public void With_stock_in_the_market_the_warehouse_channel_ranks_and_says_it_includes_the_head_haul()
    {
        var advice = _advisor.Recommend(Parcel(2m, urgency: ShippingUrgency.Economy) with { HasStockInMarket = true });

        var sea = advice.Recommendations.Single(r => r.Channel.Id == "sea-warehouse");
        Assert.Contains(sea.Reasons, r => r.En.Contains("head haul", StringComparison.Ordinal));
        Assert.Equal("sea-warehouse", advice.Recommendations[0].Channel.Id);
    }

    [Fact]
    public void Ranking_follows_the_score_shown_and_the_verdict_names_the_first()
    {
        var advice = _advisor.Recommend(Parcel(0.5m));

        Assert.Equal(advice.Recommendations.OrderByDescending(r => r.Score).Select(r => r.Score), advice.Recommendations.Select(r => r.Score));
        Assert.NotNull(advice.Verdict);
        Assert.Contains(advice.Recommendations[0].Channel.Name.En, advice.Verdict.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_country_is_a_distinct_exception()
    {
        Assert.Throws<UnknownLocationException>(() => _advisor.Recommend(Parcel(to: "xx")));
    }

    [Fact]
    public void Unknown_currency_is_rejected()
    {
        var ex = Assert.Throws<AdvisorInputException>(() => _advisor.Recommend(Parcel() with { DeclaredValue = new Money { Amount = 5m, Currency = "XYZ" } }));

        Assert.Equal("declaredValue", ex.Field);
    }

    [Fact]
    public void Destination_can_be_a_name_in_either_language()
    {
        Assert.Equal("us", _advisor.Recommend(Parcel(to: "美国")).Destination.CountryCode);
        Assert.Equal("de", _advisor.Recommend(Parcel(to: "Germany")).Destination.CountryCode);
    }

    [Fact]
    public void Reasons_use_invariant_numbers_whatever_the_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            var postal = _advisor.Recommend(Parcel(0.3m)).Recommendations.Single(r => r.Channel.Id == "postal-registered");

            // 18 + 90 × 0.3 = 45 CNY = 6.43 USD at 7 CNY per USD.
            Assert.Contains(postal.Reasons, r => r.En.Contains("($6.43)", StringComparison.Ordinal));
            Assert.Equal("de-DE", System.Globalization.CultureInfo.CurrentCulture.Name);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData(8)]
    [InlineData(11)]
    [InlineData(18)]
    public void A_weight_said_in_a_reason_reads_as_english(decimal kg)
    {
        // "a 8 kg parcel": the article cannot be chosen for a number, so the reasons name the weight after the noun.
        var kb = new CrossBorderBot.Knowledge.Loading.KnowledgeLoader().LoadDefault().KnowledgeBase;
        var advice = new LogisticsAdvisor(kb).Recommend(Parcel(kg, "au"));

        Assert.DoesNotContain(advice.Excluded, e => System.Text.RegularExpressions.Regex.IsMatch(e.Reason.En, @"\ba (?:8|11|18)\b"));
    }
}
