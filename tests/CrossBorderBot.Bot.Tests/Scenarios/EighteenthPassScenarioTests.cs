namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The eighteenth pass's held-out scenarios (<see cref="EighteenthHeldOutScenarios"/>) through the real bot. Its total is measured as
/// the row "eighteenth" of <see cref="OlderHeldOutScenarioParts"/>, where its floor and their history are
/// (<c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "FullyQualifiedName~OlderHeldOutScenarioMeasureTests&amp;DisplayName~eighteenth"</c>);
/// its shape checks are the row "eighteenth" of <see cref="OlderHeldOutShapes"/>.
/// Written blind before any behaviour change of the eighteenth pass and never tuned on: only the count that passes is
/// printed, not which scenarios fail, so the set stays unseen. The floor only ever goes up.
/// </summary>
public sealed class EighteenthPassScenarioTests
{
    internal static IEnumerable<ConversationScenario> EarlierScenarios() =>
        SeventeenthHeldOutScenarios.All.Concat(SeventeenthDevScenarios.All).Concat(GuidesDev4Scenarios.All).Concat(ResultQuestionsDevScenarios.All)
            .Concat(SeventeenthPassScenarioTests.EarlierScenarios());
}
