namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The guides' tenth dev set (<see cref="GuidesDev10Scenarios"/>) through the real bot, measured as one total with its
/// misses printed:
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "DisplayName~GuidesDev10Scenario" --logger "console;verbosity=detailed"</c>.
/// The twenty-second part it was written after is printed and held by <see cref="DevPartTests"/>.
/// The total is measured as the row "GuidesDev10Scenario" of <see cref="DevScenarioSets"/>, where its floor and their history are;
/// the filter runs that row and this class.
/// </summary>
public sealed class GuidesDev10ScenarioTests
{
    [Fact]
    public void The_dev_set_has_twenty_four_or_more_scenarios_half_in_chinese_with_names_no_other_set_uses()
    {
        DevSetShape.HasTwentyOrMoreHalfInChineseWithUniqueNames(GuidesDev10Scenarios.All);
        Assert.True(GuidesDev10Scenarios.All.Count >= 24, $"{GuidesDev10Scenarios.All.Count} scenarios");
        var names = GuidesDev10Scenarios.All.Concat(GuidesDev9Scenarios.All).Concat(GuidesDev8Scenarios.All)
            .Concat(TwentySecondHeldOutScenarios.All).Select(s => s.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    /// <summary>No longer message of this set is one of the twenty-second, twenty-first or twentieth part's, or of the last dev set.</summary>
    [Fact]
    public void The_dev_set_reuses_no_longer_message_of_the_dev_material_parts() =>
        DevSetShape.ReusesNoLongerMessageOf(GuidesDev10Scenarios.All,
            TwentySecondHeldOutScenarios.All.Concat(TwentyFirstHeldOutScenarios.All).Concat(TwentiethHeldOutScenarios.All).Concat(GuidesDev9Scenarios.All)
                .SelectMany(s => s.Turns).Select(t => t.Say)
                .Concat(TwentySecondPromptReplyCases.All.Select(c => c.Reply)).Concat(TwentyFirstPromptReplyCases.All.Select(c => c.Reply))
                .Concat(TwentiethPromptReplyCases.All.Select(c => c.Reply))
                .Concat(TwentySecondOpeningMessageCases.All.Select(c => c.Text)).Concat(TwentyFirstOpeningMessageCases.All.Select(c => c.Text))
                .Concat(TwentiethOpeningMessageCases.All.Select(c => c.Text)));
}
