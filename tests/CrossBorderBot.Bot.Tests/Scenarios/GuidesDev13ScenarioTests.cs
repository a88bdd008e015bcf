namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The guides' thirteenth dev set (<see cref="GuidesDev13Scenarios"/>) through the real bot, measured as one total with its
/// misses printed:
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "DisplayName~GuidesDev13Scenario" --logger "console;verbosity=detailed"</c>.
/// The twenty-fifth part it was written after is printed and held by <see cref="TwentyFifthPartDevTests"/>.
/// The total is measured as the row "GuidesDev13Scenario" of <see cref="DevScenarioSets"/>, where its floor and their history are;
/// the filter runs that row and this class.
/// </summary>
public sealed class GuidesDev13ScenarioTests
{
    [Fact]
    public void The_dev_set_has_twenty_four_or_more_scenarios_half_in_chinese_with_names_no_other_set_uses()
    {
        DevSetShape.HasTwentyOrMoreHalfInChineseWithUniqueNames(GuidesDev13Scenarios.All);
        Assert.True(GuidesDev13Scenarios.All.Count >= 24, $"{GuidesDev13Scenarios.All.Count} scenarios");
        var names = GuidesDev13Scenarios.All.Concat(GuidesDev12Scenarios.All).Concat(GuidesDev11Scenarios.All)
            .Concat(TwentyFifthHeldOutScenarios.All).Select(s => s.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    /// <summary>No longer message of this set is one of the twenty-fifth, twenty-fourth or twenty-third part's, or of the last dev set.</summary>
    [Fact]
    public void The_dev_set_reuses_no_longer_message_of_the_dev_material_parts() =>
        DevSetShape.ReusesNoLongerMessageOf(GuidesDev13Scenarios.All,
            TwentyFifthHeldOutScenarios.All.Concat(TwentyFourthHeldOutScenarios.All).Concat(TwentyThirdHeldOutScenarios.All).Concat(GuidesDev12Scenarios.All)
                .SelectMany(s => s.Turns).Select(t => t.Say)
                .Concat(TwentyFifthPromptReplyCases.All.Select(c => c.Reply)).Concat(TwentyFourthPromptReplyCases.All.Select(c => c.Reply))
                .Concat(TwentyThirdPromptReplyCases.All.Select(c => c.Reply))
                .Concat(TwentyFifthOpeningMessageCases.All.Select(c => c.Text)).Concat(TwentyFourthOpeningMessageCases.All.Select(c => c.Text))
                .Concat(TwentyThirdOpeningMessageCases.All.Select(c => c.Text)));
}
