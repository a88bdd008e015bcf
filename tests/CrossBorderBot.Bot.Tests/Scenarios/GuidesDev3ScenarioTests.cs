using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The guides' third dev set (<see cref="GuidesDev3Scenarios"/>) through the real bot, measured as one total with its
/// misses printed, and the oldest parts that are dev material (the thirteenth and twelfth held-out parts) with
/// their misses printed too, so each miss can be read and sorted by the kind of mechanism that failed:
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "DisplayName~GuidesDev3Scenario" --logger "console;verbosity=detailed"</c>.
/// The floor only ever goes up.
/// The total is measured as the row "GuidesDev3Scenario" of <see cref="DevScenarioSets"/>, where its floor and their history are;
/// the filter runs that row and this class.
/// </summary>
public sealed class GuidesDev3ScenarioTests(ITestOutputHelper output)
{
    private readonly DevPartPrinter printer = new(output);

    [Fact]
    public void The_dev_set_has_twenty_or_more_scenarios_half_in_chinese_with_unique_names()
    {
        var all = GuidesDev3Scenarios.All;
        Assert.True(all.Count >= 20, $"{all.Count} scenarios");
        Assert.True(all.Count(s => s.IsChinese) * 2 >= all.Count, $"{all.Count(s => s.IsChinese)} of {all.Count} in Chinese");
        Assert.Equal(all.Count, all.Select(s => s.Name).Distinct().Count());
    }

    /// <summary>No longer message of this set is one of the fifteenth part's: new situations, not its phrases again.</summary>
    [Fact]
    public void The_dev_set_reuses_no_longer_message_of_the_fifteenth_part()
    {
        var fifteenth = FifteenthHeldOutScenarios.All.SelectMany(s => s.Turns).Select(t => t.Say)
            .Concat(FifteenthPromptReplyCases.All.Select(c => c.Reply)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var reused = GuidesDev3Scenarios.All.SelectMany(s => s.Turns).Select(t => t.Say)
            .Where(say => say.Length >= 8 && fifteenth.Contains(say)).ToList();
        Assert.Empty(reused);
    }

    /// <summary>The older parts no later dev set prints (the fifteenth and fourteenth: <see cref="SeventeenthDevScenarioTests"/>).</summary>
    public static TheoryData<string> PrintedParts => new() { "thirteenth", "twelfth" };

    /// <summary>
    /// A part that was held out in its own pass and is dev material now: its scenarios, prompt replies and openings,
    /// with every miss printed (the bot's words for the failing turn or reply), held to the part's floor.
    /// </summary>
    [Theory]
    [MemberData(nameof(PrintedParts))]
    public Task Dev_material_part_misses_are_printed(string part) => printer.PrintMissesAndHoldFloorAsync(DevParts.Named(part));
}
