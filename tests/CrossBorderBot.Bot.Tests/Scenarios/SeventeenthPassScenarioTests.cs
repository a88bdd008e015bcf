namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The seventeenth pass's held-out scenarios (<see cref="SeventeenthHeldOutScenarios"/>) through the real bot. Its total is measured as
/// the row "seventeenth" of <see cref="OlderHeldOutScenarioParts"/>, where its floor and their history are
/// (<c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "FullyQualifiedName~OlderHeldOutScenarioMeasureTests&amp;DisplayName~seventeenth"</c>);
/// its shape checks are the row "seventeenth" of <see cref="OlderHeldOutShapes"/>.
/// Written blind before any behaviour change of the seventeenth pass and never tuned on: only the count that passes is
/// printed, not which scenarios fail, so the set stays unseen. The floor only ever goes up.
/// </summary>
public sealed class SeventeenthPassScenarioTests
{
    internal static IEnumerable<ConversationScenario> EarlierScenarios() =>
        SixteenthHeldOutScenarios.All.Concat(SixteenthDevScenarios.All).Concat(GuidesDevScenarios.All).Concat(GuidesDev2Scenarios.All)
            .Concat(GuidesDev3Scenarios.All).Concat(SixteenthPassScenarioTests.EarlierScenarios());
}
