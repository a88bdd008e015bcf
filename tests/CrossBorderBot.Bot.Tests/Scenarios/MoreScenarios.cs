namespace CrossBorderBot.Tests.Scenarios;

/// <summary>Scenarios written after the first batch, while the behaviour was being built.</summary>
public static class MoreScenarios
{
    public static IReadOnlyList<ConversationScenario> All { get; } = [];
}
