namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The fourth pass's held-out scenarios (<see cref="FourthHeldOutScenarios"/>) and dev scenarios
/// (<see cref="FourthDevScenarios"/>, tuned on) through the real bot. Written before
/// any behaviour change of the fourth pass and never tuned on; a scenario the bot does not pass is skipped with the gap
/// its first failing turn shows (set CBB_RUN_GAPS=1 to run them anyway), and its entry is removed when it passes.
/// </summary>
public sealed class FourthPassScenarioTests
{
    // Measured at the commit that added these gaps (before any fourth-pass behaviour change), CBB_RUN_GAPS=1: 15 of 24.
    // Only the first failing turn of each failure was read, to name its gap. After the fourth pass's general fixes
    // (commit b1f9e96 and later), CBB_RUN_GAPS=1: 16 of 24 (the Chinese units scenario passes and is unskipped).
    private static readonly Dictionary<string, string> HeldOutGaps = new(StringComparer.Ordinal)
    {
        ["held4-zh-stated-problem-is-not-asked-again"] = "A Chinese opening that reports an IP complaint and a forced delisting does not reach the fix-an-issue guide's market question.",
        ["held4-en-readiness-natural-answers-a-side-question-and-a-switch-to-chinese"] = "'Similar to everyone else' is not read at the differentiation question.",
        ["held4-en-platform-typos-and-not-sure"] = "A misspelt customer type ('retail custmers') is not read at the customer question.",
        ["held4-en-plan-recall-in-own-words"] = "'what was the shipping plan you gave me earlier?' does not recall the saved plan.",
        ["held4-zh-plan-recall-in-own-words"] = "'之前给我的物流方案发我看看' does not recall the saved plan.",
        ["held4-en-logistics-side-question-is-answered-and-the-guide-resumes"] = "'half a kilo' is not read as a weight.",
        ["held4-en-logistics-several-facts-then-dont-know-and-cheapest"] = "'tracking would be nice' is not read at the tracking question.",
        ["held4-zh-readiness-natural-answers"] = "'跟别人差不多' (same as the others) is not read at the differentiation question.",
    };

    public static TheoryData<string> HeldOut => ScenarioRunner.Names(FourthHeldOutScenarios.All);

    public static TheoryData<string> Dev => ScenarioRunner.Names(FourthDevScenarios.All);

    [SkippableTheory]
    [MemberData(nameof(HeldOut))]
    public Task Held_out_scenario(string name)
    {
        Skip.If(HeldOutGaps.TryGetValue(name, out var gap) && Environment.GetEnvironmentVariable("CBB_RUN_GAPS") != "1", gap);
        return ScenarioRunner.AssertPassesAsync(FourthHeldOutScenarios.All, name);
    }

    [Theory]
    [MemberData(nameof(Dev))]
    public Task Dev_scenario(string name) => ScenarioRunner.AssertPassesAsync(FourthDevScenarios.All, name);

    [Fact]
    public void The_held_out_batch_has_twenty_or_more_scenarios_half_in_chinese_with_unique_names()
    {
        var all = FourthHeldOutScenarios.All;
        Assert.True(all.Count >= 20, $"{all.Count} scenarios");
        Assert.True(all.Count(s => s.IsChinese) * 2 >= all.Count, $"{all.Count(s => s.IsChinese)} of {all.Count} in Chinese");
        var names = all.Concat(FourthDevScenarios.All).Concat(ThirdHeldOutScenarios.All).Concat(ThirdDevScenarios.All).Concat(SecondHeldOutScenarios.All)
            .Concat(SecondDevScenarios.All).Concat(HeldOutScenarios.All).Concat(MoreScenarios.All).Select(s => s.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }
}
