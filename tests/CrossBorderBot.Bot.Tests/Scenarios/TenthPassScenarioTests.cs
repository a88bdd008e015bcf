namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The tenth pass's held-out scenarios (<see cref="TenthHeldOutScenarios"/>) through the real bot. Its total is measured as
/// the row "tenth" of <see cref="OlderHeldOutScenarioParts"/>, where its floor and their history are
/// (<c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "FullyQualifiedName~OlderHeldOutScenarioMeasureTests&amp;DisplayName~tenth"</c>);
/// its shape checks are the row "tenth" of <see cref="OlderHeldOutShapes"/>.
/// Written before any behaviour change of the tenth pass and never tuned on: only the count that passes is printed, not
/// which scenarios fail, so the set stays unseen. The floor only ever goes up.
/// </summary>
public sealed class TenthPassScenarioTests
{
    // Eleventh pass: the batch was measured and reported (17 of 30 after the tenth pass) and became dev material of the
    // eleventh pass: its failing turns were read and the mechanisms behind them fixed. A scenario still failing is
    // skipped with its gap named (set CBB_RUN_GAPS=1 to run it anyway), and its entry is removed when it passes.
    // Measured with CBB_RUN_GAPS=1 after the eleventh pass's changes: 22 of 30; after the twelfth pass's: 27 of 30 (six
    // gaps closed and their entries removed).
    private static readonly Dictionary<string, string> HeldOutGaps = new(StringComparer.Ordinal)
    {
        ["held10-en-platform-five-facts-with-typos-then-budget-what-if"] = "'consumer sales' (the customer type in other words) is not read, so the customer type is asked",
        ["held10-en-logistics-region-nordic-countries"] = "the knowledge base has no Nordic region, so 'the nordic countries' is dropped",
    };

    public static TheoryData<string> HeldOut => ScenarioRunner.Names(TenthHeldOutScenarios.All);

    [SkippableTheory]
    [MemberData(nameof(HeldOut))]
    public Task Held_out_scenario(string name)
    {
        Skip.If(HeldOutGaps.TryGetValue(name, out var gap) && Environment.GetEnvironmentVariable("CBB_RUN_GAPS") != "1", gap);
        return ScenarioRunner.AssertPassesAsync(TenthHeldOutScenarios.All, name);
    }

    public static TheoryData<string> Dev => ScenarioRunner.Names(TenthDevScenarios.All);

    [Theory]
    [MemberData(nameof(Dev))]
    public Task Dev_scenario(string name) => ScenarioRunner.AssertPassesAsync(TenthDevScenarios.All, name);

    internal static IEnumerable<ConversationScenario> EarlierScenarios() =>
        NinthHeldOutScenarios.All.Concat(NinthDevScenarios.All).Concat(NinthPassScenarioTests.EarlierScenarios());
}
