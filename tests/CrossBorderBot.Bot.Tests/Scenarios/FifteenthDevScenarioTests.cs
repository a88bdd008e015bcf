namespace CrossBorderBot.Tests.Scenarios;

/// <summary>The fifteenth pass's dev scenarios (<see cref="FifteenthDevScenarios"/>) through the real bot, one by one.</summary>
public sealed class FifteenthDevScenarioTests
{
    public static TheoryData<string> Dev => ScenarioRunner.Names(FifteenthDevScenarios.All);

    // Dev scenarios whose reading is right but whose reply depends on a part of the bot this pass did not change: each
    // names its gap (set CBB_RUN_GAPS=1 to run them anyway).
    private static readonly Dictionary<string, string> DevGaps = new(StringComparer.Ordinal)
    {
    };

    [SkippableTheory]
    [MemberData(nameof(Dev))]
    public Task Dev_scenario(string name)
    {
        Skip.If(DevGaps.TryGetValue(name, out var gap) && Environment.GetEnvironmentVariable("CBB_RUN_GAPS") != "1", gap);
        return ScenarioRunner.AssertPassesAsync(FifteenthDevScenarios.All, name);
    }
}
