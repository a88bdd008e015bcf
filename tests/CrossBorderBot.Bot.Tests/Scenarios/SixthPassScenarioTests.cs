namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The sixth pass's held-out scenarios (<see cref="SixthHeldOutScenarios"/>) and dev scenarios
/// (<see cref="SixthDevScenarios"/>, tuned on) through the real bot. Written before any
/// behaviour change of the sixth pass and never tuned on; a scenario the bot does not pass is skipped with the gap its
/// first failing turn shows (set CBB_RUN_GAPS=1 to run them anyway), and its entry is removed when it passes.
/// </summary>
public sealed class SixthPassScenarioTests
{
    // Measured at the commit that added the batch (before any sixth-pass behaviour change), CBB_RUN_GAPS=1: 17 of 27.
    // After the sixth pass's general fixes (tuned on SixthDevScenarios and the older batches' gaps only), 18 of 27: the
    // trademark complaint without a market passes and is unskipped; the other gaps' first failing turns are unchanged.
    // Only the first failing turn of each failure was read, to name its gap.
    private static readonly Dictionary<string, string> HeldOutGaps = new(StringComparer.Ordinal)
    {
        ["held6-en-logistics-lamps-with-battery-to-nz-most-facts-at-once"] = "'fast as possible pls' at the speed question gets didn't-understand.",
        ["held6-en-logistics-what-ifs-sweden-three-days-and-why"] = "'standard is fine' at the speed question gets didn't-understand.",
        ["held6-en-plan-recall-what-did-you-suggest"] = "'hey what did you suggest for my shipping earlier?' does not recall the shipping plan.",
        ["held6-en-platform-six-facts-why-and-a-bigger-budget"] = "'where should i sell online' does not start the platform guide.",
        ["held6-en-platform-wholesale-undecided-market-and-trade-fair-experience"] = "'not decided yet' at the markets question does not move on to the category question.",
        ["held6-en-logistics-switch-to-chinese-mid-guide"] = "'can you help with logistics' does not start the logistics guide.",
        ["held6-zh-logistics-destination-correction"] = "'不对，目的地是葡萄牙' (no, the destination is Portugal) does not keep the speed question waiting.",
        ["held6-zh-logistics-two-products-to-malaysia"] = "'手机壳和数据线…' (phone cases and cables) in one request: the reply does not name both products.",
        ["held6-zh-platform-two-facts-in-the-opening-and-lowest-budget"] = "'越少越好' (as little as possible) at the budget question does not move on to the experience question.",
    };

    public static TheoryData<string> HeldOut => ScenarioRunner.Names(SixthHeldOutScenarios.All);

    public static TheoryData<string> Dev => ScenarioRunner.Names(SixthDevScenarios.All);

    [SkippableTheory]
    [MemberData(nameof(HeldOut))]
    public Task Held_out_scenario(string name)
    {
        Skip.If(HeldOutGaps.TryGetValue(name, out var gap) && Environment.GetEnvironmentVariable("CBB_RUN_GAPS") != "1", gap);
        return ScenarioRunner.AssertPassesAsync(SixthHeldOutScenarios.All, name);
    }

    [Theory]
    [MemberData(nameof(Dev))]
    public Task Dev_scenario(string name) => ScenarioRunner.AssertPassesAsync(SixthDevScenarios.All, name);

    [Fact]
    public void The_held_out_batch_has_twenty_four_or_more_scenarios_half_in_chinese_with_unique_names()
    {
        var all = SixthHeldOutScenarios.All;
        Assert.True(all.Count >= 24, $"{all.Count} scenarios");
        Assert.True(all.Count(s => s.IsChinese) * 2 >= all.Count, $"{all.Count(s => s.IsChinese)} of {all.Count} in Chinese");
        var names = all.Concat(SixthDevScenarios.All).Concat(FifthHeldOutScenarios.All).Concat(FifthDevScenarios.All).Concat(FourthHeldOutScenarios.All)
            .Concat(FourthDevScenarios.All).Concat(ThirdHeldOutScenarios.All).Concat(ThirdDevScenarios.All)
            .Concat(SecondHeldOutScenarios.All).Concat(SecondDevScenarios.All).Concat(HeldOutScenarios.All)
            .Concat(MoreScenarios.All).Select(s => s.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }
}
