using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Development scenarios of the second pass: written while building (so tuned on, unlike
/// <see cref="SecondHeldOutScenarios"/>), in wording different from the held-out batch.
/// </summary>
public static class SecondDevScenarios
{
    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        En("problem-report-inside-logistics-resumes-after-cancel",
            Say.That("choose logistics").Sees(AskWeight),
            Say.That("4kg").Sees(AskDimensions),
            Say.That("our parcel to Spain was lost by the courier, what should I do?").Sees(BestMatch).Never(AskProblem),
            Say.That("cancel").Sees(AskDimensions).Never(AskWeight)),
        Zh("new-task-inside-logistics-resumes-after-cancel",
            Say.That("帮我选物流").Sees(AskWeight),
            Say.That("2公斤").Sees(AskDimensions),
            Say.That("等一下，我想先选一个合适的电商平台").Sees(AskModel).Never(AskDimensions),
            Say.That("取消").Sees(AskDimensions).Never(AskWeight)),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("dev2-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("dev2-zh-" + name, "zh-CN", turns);
}
