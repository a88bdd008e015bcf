using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The guides' sixth dev set (<see cref="GuidesDev6Scenarios"/>) through the real bot, measured as one total with its
/// misses printed, and the parts that are dev material in the nineteenth pass (the eighteenth and seventeenth held-out
/// parts) with every miss printed, so each miss can be read and sorted by the kind of mechanism that failed:
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "DisplayName~GuidesDev6Scenario" --logger "console;verbosity=detailed"</c>.
/// The total is measured as the row "GuidesDev6Scenario" of <see cref="DevScenarioSets"/>, where its floor and their history are;
/// the filter runs that row and this class.
/// </summary>
public sealed class GuidesDev6ScenarioTests(ITestOutputHelper output)
{
    private readonly DevPartPrinter printer = new(output);

    [Fact]
    public void The_dev_set_has_twenty_or_more_scenarios_half_in_chinese_with_unique_names()
    {
        var all = GuidesDev6Scenarios.All;
        Assert.True(all.Count >= 20, $"{all.Count} scenarios");
        Assert.True(all.Count(s => s.IsChinese) * 2 >= all.Count, $"{all.Count(s => s.IsChinese)} of {all.Count} in Chinese");
        var names = all.Concat(EighteenthHeldOutScenarios.All).Concat(EighteenthPassScenarioTests.EarlierScenarios())
            .Concat(GuidesDev5Scenarios.All).Select(s => s.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    /// <summary>No longer message of this set is one of the eighteenth or seventeenth part's: new situations, not their phrases again.</summary>
    [Fact]
    public void The_dev_set_reuses_no_longer_message_of_the_dev_material_parts()
    {
        var parts = EighteenthHeldOutScenarios.All.Concat(SeventeenthHeldOutScenarios.All).SelectMany(s => s.Turns).Select(t => t.Say)
            .Concat(EighteenthPromptReplyCases.All.Select(c => c.Reply)).Concat(SeventeenthPromptReplyCases.All.Select(c => c.Reply))
            .Concat(EighteenthOpeningMessageCases.All.Select(c => c.Text)).Concat(SeventeenthOpeningMessageCases.All.Select(c => c.Text))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var reused = GuidesDev6Scenarios.All.SelectMany(s => s.Turns).Select(t => t.Say)
            .Where(say => say.Length >= 8 && parts.Contains(say)).ToList();
        Assert.Empty(reused);
    }

    public static TheoryData<string> PrintedParts => new() { "eighteenth", "seventeenth" };

    /// <summary>
    /// A part that was held out in its own pass and is dev material now: its scenarios, prompt replies and openings,
    /// with every miss printed (the bot's words for the failing turn or reply), held to the part's floor.
    /// </summary>
    [Theory]
    [MemberData(nameof(PrintedParts))]
    public Task Dev_material_part_misses_are_printed(string part) => printer.PrintMissesAndHoldFloorAsync(DevParts.Named(part));

    /// <summary>Every failing turn of a dev part's scenarios, played on past the first failure; held to the part's ceiling.</summary>
    [Theory]
    [MemberData(nameof(PrintedParts))]
    public Task Dev_material_part_every_failing_turn_is_printed(string part) => printer.PrintEveryFailingTurnAndHoldCeilingAsync(DevParts.Named(part));
}
