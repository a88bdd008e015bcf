namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The sixteenth pass's held-out scenarios (<see cref="SixteenthHeldOutScenarios"/>) through the real bot. Its total is measured as
/// the row "sixteenth" of <see cref="OlderHeldOutScenarioParts"/>, where its floor and their history are
/// (<c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "FullyQualifiedName~OlderHeldOutScenarioMeasureTests&amp;DisplayName~sixteenth"</c>);
/// its shape checks are the row "sixteenth" of <see cref="OlderHeldOutShapes"/>.
/// Written blind before any behaviour change of the sixteenth pass and never tuned on: only the count that passes is
/// printed, not which scenarios fail, so the set stays unseen. The floor only ever goes up.
/// </summary>
public sealed class SixteenthPassScenarioTests
{
    internal static IEnumerable<ConversationScenario> EarlierScenarios() =>
        FifteenthHeldOutScenarios.All.Concat(FifteenthDevScenarios.All).Concat(FifteenthPassScenarioTests.EarlierScenarios());
}
