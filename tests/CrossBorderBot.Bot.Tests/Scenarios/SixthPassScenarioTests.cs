namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The sixth pass's held-out scenarios (<see cref="SixthHeldOutScenarios"/>) and dev scenarios
/// (<see cref="SixthDevScenarios"/>, tuned on) through the real bot. Written before any
/// behaviour change of the sixth pass and never tuned on; a scenario the bot does not pass is skipped with the gap its
/// first failing turn shows (set CBB_RUN_GAPS=1 to run them anyway), and its entry is removed when it passes.
/// Its shape checks are the row "sixth" of <see cref="OlderHeldOutShapes"/>.
/// </summary>
public sealed class SixthPassScenarioTests
{
    // Measured at the commit that added the batch (before any sixth-pass behaviour change), CBB_RUN_GAPS=1: 17 of 27.
    // After the sixth pass's general fixes (tuned on SixthDevScenarios and the older batches' gaps only), 18 of 27: the
    // trademark complaint without a market passes and is unskipped; the other gaps' first failing turns are unchanged.
    // Only the first failing turn of each failure was read, to name its gap.
    // Seventh pass: the nine gaps were looked at (so the batch is dev material from then on) and fixed by mechanism;
    // all 27 pass and none is skipped any more. The skip stays for a scenario that regresses to a named gap.
    private static readonly Dictionary<string, string> HeldOutGaps = new(StringComparer.Ordinal);

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
}
