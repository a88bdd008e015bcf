namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The guides' fourteenth dev set (<see cref="GuidesDev14Scenarios"/>) through the real bot, measured as one total with its
/// misses printed:
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "DisplayName~GuidesDev14Scenario" --logger "console;verbosity=detailed"</c>.
/// The twenty-sixth part it was written after is printed and held by <see cref="DevPartTests"/>.
/// The total is measured as the row "GuidesDev14Scenario" of <see cref="DevScenarioSets"/>, where its floor and their history are;
/// the filter runs that row and this class.
/// </summary>
public sealed class GuidesDev14ScenarioTests
{
    [Fact]
    public void The_dev_set_has_twenty_four_or_more_scenarios_half_in_chinese_with_names_no_other_set_uses()
    {
        DevSetShape.HasTwentyOrMoreHalfInChineseWithUniqueNames(GuidesDev14Scenarios.All);
        Assert.True(GuidesDev14Scenarios.All.Count >= 24, $"{GuidesDev14Scenarios.All.Count} scenarios");
        var names = GuidesDev14Scenarios.All.Concat(GuidesDev13Scenarios.All).Concat(GuidesDev12Scenarios.All)
            .Concat(TwentySixthHeldOutScenarios.All).Select(s => s.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    /// <summary>No longer message of this set is one of the twenty-sixth, twenty-fifth or twenty-fourth part's, or of the last dev set.</summary>
    [Fact]
    public void The_dev_set_reuses_no_longer_message_of_the_dev_material_parts() =>
        DevSetShape.ReusesNoLongerMessageOf(GuidesDev14Scenarios.All,
            TwentySixthHeldOutScenarios.All.Concat(TwentyFifthHeldOutScenarios.All).Concat(TwentyFourthHeldOutScenarios.All).Concat(GuidesDev13Scenarios.All)
                .SelectMany(s => s.Turns).Select(t => t.Say)
                .Concat(TwentySixthPromptReplyCases.All.Select(c => c.Reply)).Concat(TwentyFifthPromptReplyCases.All.Select(c => c.Reply))
                .Concat(TwentyFourthPromptReplyCases.All.Select(c => c.Reply))
                .Concat(TwentySixthOpeningMessageCases.All.Select(c => c.Text)).Concat(TwentyFifthOpeningMessageCases.All.Select(c => c.Text))
                .Concat(TwentyFourthOpeningMessageCases.All.Select(c => c.Text)));
}
