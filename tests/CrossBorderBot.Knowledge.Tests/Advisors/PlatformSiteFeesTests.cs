using CrossBorderBot.Knowledge.Advisors;
using CrossBorderBot.Knowledge.Loading;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Tests.Advisors;

/// <summary>
/// A seller is shown the plan fees of the country sites they sell on: GBP 25 on Amazon UK, not the US USD 39.99; where
/// none of their markets has a site fee on record, the platform's main site stands in.
/// </summary>
public class PlatformSiteFeesTests
{
    private static readonly Lazy<KnowledgeBase> Kb = new(() => new KnowledgeLoader().LoadDefault().KnowledgeBase);

    private static Platform Amazon => Kb.Value.Platforms.Single(p => p.Id == "amazon");

    [Fact]
    public void Sellers_in_the_uk_and_germany_get_those_sites_plan_fees_and_not_the_us_ones()
    {
        var monthly = PlatformSiteFees.For(Amazon.Fees, ["gb", "de"]).Where(f => f.Per == FeePeriod.Month).ToList();

        Assert.Equal(["GBP 25", "EUR 39"], monthly.Select(f => $"{f.Amount.Currency} {f.Amount.Amount:0.##}"));
    }

    [Fact]
    public void A_market_without_a_site_fee_on_record_gets_the_main_sites_fees()
    {
        var fees = PlatformSiteFees.For(Amazon.Fees, ["fr"]);

        Assert.NotEmpty(fees);
        Assert.All(fees, f => Assert.Equal("us", f.Market));
    }

    [Fact]
    public void A_uk_sellers_amazon_result_cites_the_uk_fee_page_and_not_the_other_sites()
    {
        var amazon = new PlatformAdvisor(Kb.Value).Recommend(new PlatformAdvisorInput
        {
            Model = BusinessModel.B2C, TargetMarkets = ["gb"], Category = "sports-outdoors", MonthlyBudgetUsd = 2000m,
        }).Single(r => r.Platform.Id == "amazon");

        Assert.Contains("plat-amazon-uk-pricing", amazon.SourceIds);
        Assert.DoesNotContain(amazon.SourceIds, id => id is "plat-amazon-de-pricing" or "plat-amazon-jp-selling-plans" or "plat-amazon-au-pricing" or "plat-amazon-per-item-fee");
    }
}
