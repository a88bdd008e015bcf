namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The third pass's scenarios through the real bot: <see cref="ThirdHeldOutScenarios"/> (written first, never tuned
/// on) and <see cref="ThirdDevScenarios"/> (tuned on). Held-out scenarios the bot does not pass yet are skipped with the gap they show (set CBB_RUN_GAPS=1 to run
/// them anyway); an entry is removed when its scenario passes.
/// Its shape checks are the row "third" of <see cref="OlderHeldOutShapes"/>.
/// </summary>
/// <remarks>
/// Measured before any behaviour change of the third pass (the commit that added the batch): 9 of 19 passed. To name
/// the gaps, the first failing turn of each of the ten failures was looked at (all ten are listed below), so those
/// ten are less than blind; fixes made after that are general mechanisms measured on the dev scenarios, never
/// wording taken from these transcripts.
/// </remarks>
public sealed class ThirdPassScenarioTests
{
    // After the third pass's general fixes (the commits after b9f3b70), run with CBB_RUN_GAPS=1: 13 of 19 pass. After
    // the fourth pass's fixes, tuned on these six gaps as dev material (commits b1f9e96 and dc7d71b): 18 of 19; the five that
    // pass are unskipped.
    private static readonly Dictionary<string, string> HeldOutGaps = new(StringComparer.Ordinal)
    {
        ["held3-en-unknown-question-inside-platform-is-honest-and-the-guide-goes-on"] = "A question the knowledge base cannot answer (a Shopify developer's hourly rate in Poland) is answered with the nearest entry (Shopify's pricing) instead of an honest 'don't know'.",
    };

    public static TheoryData<string> HeldOut => ScenarioRunner.Names(ThirdHeldOutScenarios.All);

    public static TheoryData<string> Dev => ScenarioRunner.Names(ThirdDevScenarios.All);

    [SkippableTheory]
    [MemberData(nameof(HeldOut))]
    public Task Held_out_scenario(string name)
    {
        Skip.If(HeldOutGaps.TryGetValue(name, out var gap) && Environment.GetEnvironmentVariable("CBB_RUN_GAPS") != "1", gap);
        return ScenarioRunner.AssertPassesAsync(ThirdHeldOutScenarios.All, name);
    }

    [Theory]
    [MemberData(nameof(Dev))]
    public Task Dev_scenario(string name) => ScenarioRunner.AssertPassesAsync(ThirdDevScenarios.All, name);
}
