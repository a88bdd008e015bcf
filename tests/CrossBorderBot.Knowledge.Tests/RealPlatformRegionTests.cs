using CrossBorderBot.Knowledge.Advisors;
using CrossBorderBot.Knowledge.Loading;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Tests;

/// <summary>
/// Where a platform sells, in the real data: Rakuten Ichiba is Japan's marketplace. Its entry listed the whole of East
/// Asia, so a seller targeting Japan and Korea was told it "sells to Japan, South Korea" and ranked it first.
/// </summary>
public class RealPlatformRegionTests
{
    private static readonly Lazy<KnowledgeBase> Kb = new(() => new KnowledgeLoader().LoadDefault().KnowledgeBase);

    [Fact]
    public void Rakuten_is_not_said_to_sell_to_korea()
    {
        var ranked = new PlatformAdvisor(Kb.Value).Recommend(new PlatformAdvisorInput
        {
            Model = BusinessModel.B2C,
            TargetMarkets = ["jp", "kr"],
            Category = "pet-supplies",
            MonthlyBudgetUsd = 700m,
        });

        var rakuten = Assert.Single(ranked, r => r.Platform.Id == "rakuten");
        Assert.DoesNotContain(rakuten.Reasons, r => r.En.Contains("South Korea", StringComparison.Ordinal) && r.En.StartsWith("Sells to", StringComparison.Ordinal));
        Assert.Contains(rakuten.Reasons, r => r.En.Contains("Sells to Japan", StringComparison.Ordinal));
    }
}
