namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The guides' fifteenth dev set (<see cref="GuidesDev15Scenarios"/>) through the real bot, measured as one total with its
/// misses printed:
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "DisplayName~GuidesDev15Scenario" --logger "console;verbosity=detailed"</c>.
/// The total is measured as the row "GuidesDev15Scenario" of <see cref="DevScenarioSets"/>, where its floor and their history are;
/// the filter runs that row and this class.
/// The twenty-seventh part it was written after is printed and held by <see cref="DevPartTests"/>.
/// </summary>
public sealed class GuidesDev15ScenarioTests
{
    [Fact]
    public void The_dev_set_has_twenty_four_or_more_scenarios_half_in_chinese_with_names_no_other_set_uses()
    {
        DevSetShape.HasTwentyOrMoreHalfInChineseWithUniqueNames(GuidesDev15Scenarios.All);
        Assert.True(GuidesDev15Scenarios.All.Count >= 24, $"{GuidesDev15Scenarios.All.Count} scenarios");
        var names = GuidesDev15Scenarios.All.Concat(GuidesDev14Scenarios.All).Concat(GuidesDev13Scenarios.All)
            .Concat(TwentySeventhHeldOutScenarios.All).Select(s => s.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    /// <summary>No longer message of this set is one of the twenty-seventh, twenty-sixth or twenty-fifth part's, or of the last dev set.</summary>
    [Fact]
    public void The_dev_set_reuses_no_longer_message_of_the_dev_material_parts() =>
        DevSetShape.ReusesNoLongerMessageOf(GuidesDev15Scenarios.All,
            TwentySeventhHeldOutScenarios.All.Concat(TwentySixthHeldOutScenarios.All).Concat(TwentyFifthHeldOutScenarios.All).Concat(GuidesDev14Scenarios.All)
                .SelectMany(s => s.Turns).Select(t => t.Say)
                .Concat(TwentySeventhPromptReplyCases.All.Select(c => c.Reply)).Concat(TwentySixthPromptReplyCases.All.Select(c => c.Reply))
                .Concat(TwentyFifthPromptReplyCases.All.Select(c => c.Reply))
                .Concat(TwentySeventhOpeningMessageCases.All.Select(c => c.Text)).Concat(TwentySixthOpeningMessageCases.All.Select(c => c.Text))
                .Concat(TwentyFifthOpeningMessageCases.All.Select(c => c.Text)));
}
