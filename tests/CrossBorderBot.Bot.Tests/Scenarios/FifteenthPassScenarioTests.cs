namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The fifteenth pass's held-out scenarios (<see cref="FifteenthHeldOutScenarios"/>) through the real bot. Its total is measured as
/// the row "fifteenth" of <see cref="OlderHeldOutScenarioParts"/>, where its floor and their history are
/// (<c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "FullyQualifiedName~OlderHeldOutScenarioMeasureTests&amp;DisplayName~fifteenth"</c>);
/// its shape checks are the row "fifteenth" of <see cref="OlderHeldOutShapes"/>.
/// Written blind before any behaviour change of the fifteenth pass and never tuned on: only the count that passes is
/// printed, not which scenarios fail, so the set stays unseen. The floor only ever goes up.
/// </summary>
public sealed class FifteenthPassScenarioTests
{
    internal static IEnumerable<ConversationScenario> EarlierScenarios() =>
        FourteenthHeldOutScenarios.All.Concat(FourteenthDevScenarios.All).Concat(FourteenthPassScenarioTests.EarlierScenarios());
}
