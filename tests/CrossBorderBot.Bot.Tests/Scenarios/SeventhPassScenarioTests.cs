namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The seventh pass's held-out scenarios (<see cref="SeventhHeldOutScenarios"/>) through the real bot. Its total is measured as
/// the row "seventh" of <see cref="OlderHeldOutScenarioParts"/>, where its floor and their history are
/// (<c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "FullyQualifiedName~OlderHeldOutScenarioMeasureTests&amp;DisplayName~seventh"</c>);
/// its shape checks are the row "seventh" of <see cref="OlderHeldOutShapes"/>. Written
/// before any behaviour change of the seventh pass and never tuned on: only the count that passes is printed, not which
/// scenarios fail, so the set stays unseen. The floor only ever goes up.
/// </summary>
public sealed class SeventhPassScenarioTests
{
    // Eighth pass: the batch was measured and reported (14 of 27) and became dev material of the eighth pass: its failing
    // turns were read and the mechanisms behind them fixed. A scenario still failing is skipped with its gap named
    // (set CBB_RUN_GAPS=1 to run it anyway), and its entry is removed when it passes.
    // Measured with CBB_RUN_GAPS=1 after the eighth pass's changes: 25 of 27. After the ninth pass's (a misspelt product
    // by a one-slip match, a marketplace's country site as its market): 27 of 27.
    private static readonly Dictionary<string, string> HeldOutGaps = new(StringComparer.Ordinal)
    {
    };

    public static TheoryData<string> HeldOut => ScenarioRunner.Names(SeventhHeldOutScenarios.All);

    public static TheoryData<string> Dev => ScenarioRunner.Names(SeventhDevScenarios.All);

    [SkippableTheory]
    [MemberData(nameof(HeldOut))]
    public Task Held_out_scenario(string name)
    {
        Skip.If(HeldOutGaps.TryGetValue(name, out var gap) && Environment.GetEnvironmentVariable("CBB_RUN_GAPS") != "1", gap);
        return ScenarioRunner.AssertPassesAsync(SeventhHeldOutScenarios.All, name);
    }

    [Theory]
    [MemberData(nameof(Dev))]
    public Task Dev_scenario(string name) => ScenarioRunner.AssertPassesAsync(SeventhDevScenarios.All, name);

    internal static IEnumerable<ConversationScenario> EarlierScenarios() =>
        SixthHeldOutScenarios.All.Concat(SixthDevScenarios.All).Concat(FifthHeldOutScenarios.All).Concat(FifthDevScenarios.All)
            .Concat(FourthHeldOutScenarios.All).Concat(FourthDevScenarios.All).Concat(ThirdHeldOutScenarios.All)
            .Concat(ThirdDevScenarios.All).Concat(SecondHeldOutScenarios.All).Concat(SecondDevScenarios.All)
            .Concat(HeldOutScenarios.All).Concat(MoreScenarios.All);
}
