namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The nineteenth pass's held-out scenarios (<see cref="NineteenthHeldOutScenarios"/>) through the real bot. Its total is measured as
/// the row "nineteenth" of <see cref="OlderHeldOutScenarioParts"/>, where its floor and their history are
/// (<c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "FullyQualifiedName~OlderHeldOutScenarioMeasureTests&amp;DisplayName~nineteenth"</c>);
/// its shape checks are the row "nineteenth" of <see cref="OlderHeldOutShapes"/>.
/// Written blind before any behaviour change of the nineteenth pass and never tuned on: only the count that passes is
/// printed, not which scenarios fail, so the set stays unseen. The floor only ever goes up.
/// </summary>
public sealed class NineteenthPassScenarioTests
{
    internal static IEnumerable<ConversationScenario> EarlierScenarios() =>
        EighteenthHeldOutScenarios.All.Concat(EighteenthDevScenarios.All).Concat(GuidesDev5Scenarios.All)
            .Concat(EighteenthPassScenarioTests.EarlierScenarios());
}
