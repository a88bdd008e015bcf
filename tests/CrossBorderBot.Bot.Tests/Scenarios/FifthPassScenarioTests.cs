namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The fifth pass's held-out scenarios (<see cref="FifthHeldOutScenarios"/>) and dev scenarios
/// (<see cref="FifthDevScenarios"/>, tuned on) through the real bot. Written before any
/// behaviour change of the fifth pass and never tuned on; a scenario the bot does not pass is skipped with the gap its
/// first failing turn shows (set CBB_RUN_GAPS=1 to run them anyway), and its entry is removed when it passes.
/// Its shape checks are the row "fifth" of <see cref="OlderHeldOutShapes"/>.
/// </summary>
public sealed class FifthPassScenarioTests
{
    // Measured at the commit that added the batch (before any fifth-pass behaviour change), CBB_RUN_GAPS=1: 12 of 24.
    // Only the first failing turn of each failure was read, to name its gap. After the fifth pass's general fixes
    // (tuned on FifthDevScenarios only), CBB_RUN_GAPS=1: 13 of 24 (the Chinese platform-plan recall passes and is unskipped).
    // After the sixth pass's general fixes (its dev material was these gaps, tuned through SixthDevScenarios), 23 of 24.
    // Seventh pass: the plan-recall scenario was built wrong (one answer too many before the result) and is fixed.
    private static readonly Dictionary<string, string> HeldOutGaps = new(StringComparer.Ordinal);

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
}
