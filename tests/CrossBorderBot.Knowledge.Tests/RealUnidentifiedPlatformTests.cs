using CrossBorderBot.Knowledge.Advisors;
using CrossBorderBot.Knowledge.Loading;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Tests;

/// <summary>
/// Two names in the paper's platform table ("Bao Ma Global Buying", "O2O Cross-Border Internet Trade Association") could
/// not be tied to a business. They stay examples of the paper's O2O model, but a B2C or B2B seller was shown them by their
/// unverified names in the list of platforms "ruled out for you".
/// </summary>
public class RealUnidentifiedPlatformTests
{
    private static readonly Lazy<KnowledgeBase> Kb = new(() => new KnowledgeLoader().LoadDefault().KnowledgeBase);

    [Theory]
    [InlineData(BusinessModel.B2C)]
    [InlineData(BusinessModel.B2B)]
    public void An_unidentified_platform_is_never_listed_as_ruled_out(BusinessModel model)
    {
        var advice = new PlatformAdvisor(Kb.Value).Advise(new PlatformAdvisorInput
        {
            Model = model,
            TargetMarkets = ["us", "de"],
            MonthlyBudgetUsd = 500m,
        });

        Assert.Contains(Kb.Value.Platforms, p => p.PaperTable1?.Identified == false);
        Assert.DoesNotContain(advice.Excluded, e => e.Platform.PaperTable1?.Identified == false);
        Assert.NotEmpty(advice.Excluded);
    }
}
