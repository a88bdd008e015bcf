using CrossBorderBot.Knowledge.Advisors;
using CrossBorderBot.Knowledge.Loading;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Tests.Advisors;

/// <summary>
/// A duty layer whose rate depends on the tariff line within a category says so with the category's name in the
/// reader's language, never its id: Chinese users saw "取决于electronics内的具体税号".
/// </summary>
public class DutyRangeWordingTests
{
    private static readonly Lazy<KnowledgeBase> RealBase = new(() => new KnowledgeLoader().LoadDefault().KnowledgeBase);

    [Fact]
    public void A_rate_range_within_a_category_names_the_category_in_both_languages()
    {
        var kb = RealBase.Value;
        var electronics = kb.Categories.Single(c => c.Id == "electronics");
        var result = new LandedCostCalculator(kb).Calculate(new LandedCostInput
        {
            Market = "us", DeclaredValue = new Money { Amount = 20m, Currency = "USD" }, Category = electronics.Id,
            AsOf = new DateOnly(2026, 12, 5),
        });

        var duty = result.Lines.Single(l => l.Kind == LandedCostLineKind.Duty).Explanation;
        Assert.Contains("取决于", duty.ZhCn);
        Assert.Contains(electronics.Name.ZhCn, duty.ZhCn);
        Assert.DoesNotContain(electronics.Id, duty.ZhCn);
        Assert.Contains(electronics.Name.En.ToLowerInvariant(), duty.En);
    }
}
