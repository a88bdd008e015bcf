using CrossBorderBot.Knowledge.Loading;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Tests.Loading;

public class UnverifiedClaimDetectorTests
{
    private static ComplianceItem Item(string en, string zh, LocalizedText? caveat = null) => new()
    {
        Id = "x",
        Name = LocalizedText.Of("Name", "名称"),
        Summary = LocalizedText.Of(en, zh),
        Markets = ["eu"],
        Caveat = caveat,
    };

    [Theory]
    [InlineData("Whether the law passed could not be verified.", "法律已通过。")]
    [InlineData("The threshold was not re-verified after 2024.", "门槛。")]
    [InlineData("Current status unverified.", "状态。")]
    [InlineData("The rule applies.", "是否已生效未能核实。")]
    [InlineData("The rule applies.", "其他州的调整未核实。")]
    public void Admissions_in_either_language_are_found(string en, string zh)
    {
        Assert.NotNull(UnverifiedClaimDetector.Find(Item(en, zh), "caveat"));
    }

    [Fact]
    public void Plain_statements_and_the_caveat_itself_are_not_admissions()
    {
        var item = Item("CBP verified the entry on 2026-06-24.", "已核实。", LocalizedText.Of("Not re-verified since 2026-11-26.", "自2026年11月26日起未再核实。"));

        Assert.Null(UnverifiedClaimDetector.Find(item, "caveat"));
    }
}
