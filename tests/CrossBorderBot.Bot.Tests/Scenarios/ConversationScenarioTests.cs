namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The conversation-scenario suite: every scenario of <see cref="HeldOutScenarios"/> (written before the arbiter and
/// slot filling were built, never tuned on) and <see cref="MoreScenarios"/> through the real bot.
/// </summary>
public sealed class ConversationScenarioTests
{
    public static TheoryData<string> HeldOut => ScenarioRunner.Names(HeldOutScenarios.All);

    public static TheoryData<string> More => ScenarioRunner.Names(MoreScenarios.All);

    [Theory]
    [MemberData(nameof(HeldOut))]
    public Task Held_out_scenario(string name) => ScenarioRunner.AssertPassesAsync(HeldOutScenarios.All, name);

    [Theory]
    [MemberData(nameof(More))]
    public Task Scenario(string name) => ScenarioRunner.AssertPassesAsync(MoreScenarios.All, name);

    [Fact]
    public void The_suite_has_at_least_forty_scenarios_and_forty_percent_are_in_chinese()
    {
        var all = HeldOutScenarios.All.Concat(MoreScenarios.All).ToList();
        Assert.True(all.Count >= 40, $"{all.Count} scenarios");
        Assert.True(all.Count(s => s.IsChinese) * 10 >= all.Count * 4, $"{all.Count(s => s.IsChinese)} of {all.Count} in Chinese");
        Assert.Equal(all.Count, all.Select(s => s.Name).Distinct().Count());
    }
}
