namespace CrossBorderBot.Tests.Scenarios;

/// <summary>The sixteenth pass's dev scenarios (<see cref="SixteenthDevScenarios"/>) through the real bot, one by one.</summary>
public sealed class SixteenthDevScenarioTests
{
    public static TheoryData<string> Dev => ScenarioRunner.Names(SixteenthDevScenarios.All);

    [Theory]
    [MemberData(nameof(Dev))]
    public Task Dev_scenario(string name) => ScenarioRunner.AssertPassesAsync(SixteenthDevScenarios.All, name);

    [Fact]
    public void The_dev_set_has_twenty_or_more_scenarios_half_in_chinese_with_unique_names()
    {
        var all = SixteenthDevScenarios.All;
        Assert.True(all.Count >= 20, $"{all.Count} scenarios");
        Assert.True(all.Count(s => s.IsChinese) * 2 >= all.Count, $"{all.Count(s => s.IsChinese)} of {all.Count} in Chinese");
        Assert.Equal(all.Count, all.Select(s => s.Name).Distinct().Count());
    }
}
