namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The guides' eleventh dev set (<see cref="GuidesDev11Scenarios"/>) through the real bot, measured as one total with its
/// misses printed:
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "DisplayName~GuidesDev11Scenario" --logger "console;verbosity=detailed"</c>.
/// The twenty-third part it was written after is printed and held by <see cref="DevPartTests"/>.
/// The total is measured as the row "GuidesDev11Scenario" of <see cref="DevScenarioSets"/>, where its floor and their history are;
/// the filter runs that row and this class.
/// </summary>
public sealed class GuidesDev11ScenarioTests
{
    [Fact]
    public void The_dev_set_has_twenty_four_or_more_scenarios_half_in_chinese_with_names_no_other_set_uses()
    {
        DevSetShape.HasTwentyOrMoreHalfInChineseWithUniqueNames(GuidesDev11Scenarios.All);
        Assert.True(GuidesDev11Scenarios.All.Count >= 24, $"{GuidesDev11Scenarios.All.Count} scenarios");
        var names = GuidesDev11Scenarios.All.Concat(GuidesDev10Scenarios.All).Concat(GuidesDev9Scenarios.All)
            .Concat(TwentyThirdHeldOutScenarios.All).Select(s => s.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    /// <summary>No longer message of this set is one of the twenty-third, twenty-second or twenty-first part's, or of the last dev set.</summary>
    [Fact]
    public void The_dev_set_reuses_no_longer_message_of_the_dev_material_parts() =>
        DevSetShape.ReusesNoLongerMessageOf(GuidesDev11Scenarios.All,
            TwentyThirdHeldOutScenarios.All.Concat(TwentySecondHeldOutScenarios.All).Concat(TwentyFirstHeldOutScenarios.All).Concat(GuidesDev10Scenarios.All)
                .SelectMany(s => s.Turns).Select(t => t.Say)
                .Concat(TwentyThirdPromptReplyCases.All.Select(c => c.Reply)).Concat(TwentySecondPromptReplyCases.All.Select(c => c.Reply))
                .Concat(TwentyFirstPromptReplyCases.All.Select(c => c.Reply))
                .Concat(TwentyThirdOpeningMessageCases.All.Select(c => c.Text)).Concat(TwentySecondOpeningMessageCases.All.Select(c => c.Text))
                .Concat(TwentyFirstOpeningMessageCases.All.Select(c => c.Text)));
}
