namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The fifth pass's held-out scenarios (<see cref="FifthHeldOutScenarios"/>) and dev scenarios
/// (<see cref="FifthDevScenarios"/>, tuned on) through the real bot. Written before any
/// behaviour change of the fifth pass and never tuned on; a scenario the bot does not pass is skipped with the gap its
/// first failing turn shows (set CBB_RUN_GAPS=1 to run them anyway), and its entry is removed when it passes.
/// </summary>
public sealed class FifthPassScenarioTests
{
    // Measured at the commit that added the batch (before any fifth-pass behaviour change), CBB_RUN_GAPS=1: 12 of 24.
    // Only the first failing turn of each failure was read, to name its gap. After the fifth pass's general fixes
    // (tuned on FifthDevScenarios only), CBB_RUN_GAPS=1: 13 of 24 (the Chinese platform-plan recall passes and is unskipped).
    private static readonly Dictionary<string, string> HeldOutGaps = new(StringComparer.Ordinal)
    {
        ["held5-en-logistics-four-facts-with-typos-then-unknown-size-and-cheapest"] = "'no idea, havent measured it' at the size question does not move on to the speed question.",
        ["held5-en-logistics-what-ifs-canada-heavier-and-a-battery"] = "'hmm and if there's a battery inside?' after a result does not give a new result.",
        ["held5-en-logistics-two-products-in-one-request"] = "'phone cases and also some power banks' in one request: the reply does not name both products.",
        ["held5-en-readiness-shorthand-skip-and-a-switch-to-chinese"] = "'kinda unique, we hold 2 design patents' is not read at the differentiation question.",
        ["held5-en-fix-issue-side-question-before-the-market"] = "'i need help with a customs problem, our goods are stuck' does not reach the fix-an-issue guide's market question.",
        ["held5-en-plan-recall-in-new-words"] = "'no' at the result prompt (the opening's 'cheapest' had already set the speed, so the result came a turn earlier) gets didn't-understand.",
        ["held5-zh-logistics-many-facts-battery-and-a-wish-for-tracking"] = "'退货不考虑' (returns not considered) is not read at the returns question.",
        ["held5-zh-logistics-odd-units-and-a-weight-correction"] = "'帮忙算一下运费' (work out the shipping cost) does not start the logistics guide.",
        ["held5-zh-platform-wholesale-unsure-budget-and-skip"] = "'说不好' (can't say) at the budget question does not say which default was used.",
        ["held5-zh-readiness-own-designs-and-a-side-question"] = "'出货前我们自己QC全检' (we QC everything ourselves before shipping) is not read at the quality question.",
        ["held5-zh-logistics-unclear-replies-and-a-switch-to-english"] = "'sorry can we continue in english' does not ask the waiting size question in English.",
    };

    public static TheoryData<string> HeldOut => ScenarioRunner.Names(FifthHeldOutScenarios.All);

    public static TheoryData<string> Dev => ScenarioRunner.Names(FifthDevScenarios.All);

    [SkippableTheory]
    [MemberData(nameof(HeldOut))]
    public Task Held_out_scenario(string name)
    {
        Skip.If(HeldOutGaps.TryGetValue(name, out var gap) && Environment.GetEnvironmentVariable("CBB_RUN_GAPS") != "1", gap);
        return ScenarioRunner.AssertPassesAsync(FifthHeldOutScenarios.All, name);
    }

    [Theory]
    [MemberData(nameof(Dev))]
    public Task Dev_scenario(string name) => ScenarioRunner.AssertPassesAsync(FifthDevScenarios.All, name);

    [Fact]
    public void The_held_out_batch_has_twenty_four_or_more_scenarios_half_in_chinese_with_unique_names()
    {
        var all = FifthHeldOutScenarios.All;
        Assert.True(all.Count >= 24, $"{all.Count} scenarios");
        Assert.True(all.Count(s => s.IsChinese) * 2 >= all.Count, $"{all.Count(s => s.IsChinese)} of {all.Count} in Chinese");
        var names = all.Concat(FifthDevScenarios.All).Concat(FourthHeldOutScenarios.All).Concat(FourthDevScenarios.All).Concat(ThirdHeldOutScenarios.All)
            .Concat(ThirdDevScenarios.All).Concat(SecondHeldOutScenarios.All).Concat(SecondDevScenarios.All)
            .Concat(HeldOutScenarios.All).Concat(MoreScenarios.All).Select(s => s.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }
}
