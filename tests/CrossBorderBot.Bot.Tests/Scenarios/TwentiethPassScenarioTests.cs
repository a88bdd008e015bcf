namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The twentieth pass's held-out scenarios (<see cref="TwentiethHeldOutScenarios"/>) through the real bot. Its total is measured as
/// the row "twentieth" of <see cref="OlderHeldOutScenarioParts"/>, where its floor and their history are
/// (<c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "FullyQualifiedName~OlderHeldOutScenarioMeasureTests&amp;DisplayName~twentieth"</c>);
/// its shape checks are the row "twentieth" of <see cref="OlderHeldOutShapes"/>.
/// Written blind before any behaviour change of the twentieth pass and never tuned on: only the counts are printed, not
/// which scenarios or turns fail, so the set stays unseen. Besides whole goals it counts every failing turn, each
/// conversation played on past its first failure: most blind goals of the last passes were lost at one turn of a long
/// conversation, which the goal count alone cannot show moving. The floor only ever goes up, the ceiling only down.
/// </summary>
public sealed class TwentiethPassScenarioTests
{
    internal static IEnumerable<ConversationScenario> EarlierScenarios() =>
        NineteenthHeldOutScenarios.All.Concat(NineteenthDevScenarios.All).Concat(GuidesDev6Scenarios.All)
            .Concat(NineteenthPassScenarioTests.EarlierScenarios());
}
