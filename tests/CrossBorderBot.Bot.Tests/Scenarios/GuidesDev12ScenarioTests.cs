namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The guides' twelfth dev set (<see cref="GuidesDev12Scenarios"/>) through the real bot, measured as one total with its
/// misses printed:
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "DisplayName~GuidesDev12Scenario" --logger "console;verbosity=detailed"</c>.
/// The twenty-fourth part it was written after is printed and held by <see cref="DevPartTests"/>.
/// The total is measured as the row "GuidesDev12Scenario" of <see cref="DevScenarioSets"/>, where its floor and their history are;
/// the filter runs that row and this class.
/// </summary>
public sealed class GuidesDev12ScenarioTests
{
    [Fact]
    public void The_dev_set_has_twenty_four_or_more_scenarios_half_in_chinese_with_names_no_other_set_uses()
    {
        DevSetShape.HasTwentyOrMoreHalfInChineseWithUniqueNames(GuidesDev12Scenarios.All);
        Assert.True(GuidesDev12Scenarios.All.Count >= 24, $"{GuidesDev12Scenarios.All.Count} scenarios");
        var names = GuidesDev12Scenarios.All.Concat(GuidesDev11Scenarios.All).Concat(GuidesDev10Scenarios.All)
            .Concat(TwentyFourthHeldOutScenarios.All).Select(s => s.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    /// <summary>No longer message of this set is one of the twenty-fourth, twenty-third or twenty-second part's, or of the last dev set.</summary>
    [Fact]
    public void The_dev_set_reuses_no_longer_message_of_the_dev_material_parts() =>
        DevSetShape.ReusesNoLongerMessageOf(GuidesDev12Scenarios.All,
            TwentyFourthHeldOutScenarios.All.Concat(TwentyThirdHeldOutScenarios.All).Concat(TwentySecondHeldOutScenarios.All).Concat(GuidesDev11Scenarios.All)
                .SelectMany(s => s.Turns).Select(t => t.Say)
                .Concat(TwentyFourthPromptReplyCases.All.Select(c => c.Reply)).Concat(TwentyThirdPromptReplyCases.All.Select(c => c.Reply))
                .Concat(TwentySecondPromptReplyCases.All.Select(c => c.Reply))
                .Concat(TwentyFourthOpeningMessageCases.All.Select(c => c.Text)).Concat(TwentyThirdOpeningMessageCases.All.Select(c => c.Text))
                .Concat(TwentySecondOpeningMessageCases.All.Select(c => c.Text)));
}
