using CrossBorderBot.Knowledge.Loading;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Tests;

/// <summary>The corrected platform fees in the real data: a fee charged per unit sold is recorded per item, and a
/// dated fee change carries its own source, with a change that was only reported marked as such.</summary>
public class RealPlatformFeeTests
{
    private static readonly Lazy<KnowledgeBase> Kb = new(() => new KnowledgeLoader().LoadDefault().KnowledgeBase);

    [Fact]
    public void Amazon_US_individual_plan_fee_is_per_item_sold()
    {
        var fee = Assert.Single(Kb.Value.FindPlatform("amazon")!.Fees.Fixed, f => f.Amount.Amount == 0.99m && f.Market == "us");

        Assert.Equal(FeePeriod.Item, fee.Per);
        Assert.Equal("USD", fee.Amount.Currency);
    }

    [Fact]
    public void The_per_item_fee_is_named_per_unit_sold_in_Chinese_too()
    {
        // The guide prints the fee's own name beside its amount ("…/售出件"): the Chinese name must not say "per order".
        var perItem = Kb.Value.FindPlatform("amazon")!.Fees.Fixed.Where(f => f.Per == FeePeriod.Item).ToList();

        Assert.NotEmpty(perItem);
        Assert.All(perItem, fee =>
        {
            Assert.Contains("按售出件数", fee.Name.ZhCn, StringComparison.Ordinal);
            Assert.Contains("each unit sold", fee.Name.En, StringComparison.Ordinal);
        });
        Assert.Contains("而非按订单", perItem.Single(f => f.Market == "us").Name.ZhCn, StringComparison.Ordinal);
    }

    [Fact]
    public void TikTok_Shop_US_fee_history_has_the_reported_8_percent_from_July_2024_with_a_dated_source()
    {
        var history = Kb.Value.FindPlatform("tiktok-shop")!.Fees.History;

        var step = Assert.Single(history, h => h.From == new DateOnly(2024, 7, 1) && h.Market == "us");
        Assert.Equal(8m, step.CommissionPercent!.Max);
        Assert.True(step.Reported);
        Assert.All(Kb.Value.ResolveSources(step.Sources), s => Assert.NotNull(s.Published));
        Assert.Contains(history, h => h.From == new DateOnly(2024, 4, 1) && h.CommissionPercent!.Max == 6m && !h.Reported);
    }

    [Fact]
    public void India_is_a_market_with_official_sources_for_its_compliance_items()
    {
        var kb = Kb.Value;
        var india = kb.FindMarket("in");

        Assert.NotNull(india);
        Assert.Equal("INR", india.Currency);
        Assert.All(india.Compliance, id =>
            Assert.Contains(kb.ResolveSources(kb.FindCompliance(id)!.Sources), s => kb.SourceHosts.IsOfficialFor(SourceHosts.HostOf(s) ?? string.Empty, ["in"])));
    }
}
