namespace CrossBorderBot.Tests.Scenarios;

/// <summary>Short builders for scenario tables: <c>Say.That("3 kg").Sees(AskDimensions)</c>.</summary>
public static class Say
{
    public static ScenarioTurn That(string text) => new(text, [], [], [], MissAllowed: false);

    /// <summary>Several answers whose replies are not checked beyond "understood" (the way to a result).</summary>
    public static IEnumerable<ScenarioTurn> Each(params string[] texts) => texts.Select(That);
}
