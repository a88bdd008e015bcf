namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The guides' twenty-first dev set (<see cref="GuidesDev21Scenarios"/>) through the real bot, measured as one total with its
/// misses printed:
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "DisplayName~GuidesDev21Scenario" --logger "console;verbosity=detailed"</c>.
/// The total is measured as the row "GuidesDev21Scenario" of <see cref="DevScenarioSets"/>, where its floor and their history are;
/// the filter runs that row and this class.
/// The thirty-third part it was written after is printed and held by <see cref="DevPartTests"/>.
/// </summary>
public sealed class GuidesDev21ScenarioTests
{
    [Fact]
    public void The_dev_set_has_twenty_six_or_more_scenarios_half_in_chinese_with_names_no_other_set_uses()
    {
        DevSetShape.HasTwentyOrMoreHalfInChineseWithUniqueNames(GuidesDev21Scenarios.All);
        Assert.True(GuidesDev21Scenarios.All.Count >= 26, $"{GuidesDev21Scenarios.All.Count} scenarios");
        var names = GuidesDev21Scenarios.All.Concat(GuidesDev20Scenarios.All).Concat(GuidesDev19Scenarios.All)
            .Concat(ThirtyThirdHeldOutScenarios.All).Select(s => s.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    /// <summary>No longer message of this set is one of the dev material parts' (thirty-third, thirty-second, thirty-first, thirtieth, twenty-ninth) or of the last dev set.</summary>
    [Fact]
    public void The_dev_set_reuses_no_longer_message_of_the_dev_material_parts() =>
        DevSetShape.ReusesNoLongerMessageOf(GuidesDev21Scenarios.All,
            ThirtyThirdHeldOutScenarios.All.Concat(ThirtySecondHeldOutScenarios.All).Concat(ThirtyFirstHeldOutScenarios.All).Concat(ThirtiethHeldOutScenarios.All)
                .Concat(TwentyNinthHeldOutScenarios.All).Concat(GuidesDev20Scenarios.All)
                .SelectMany(s => s.Turns).Select(t => t.Say)
                .Concat(ThirtyThirdPromptReplyCases.All.Select(c => c.Reply)).Concat(ThirtySecondPromptReplyCases.All.Select(c => c.Reply)).Concat(ThirtyFirstPromptReplyCases.All.Select(c => c.Reply))
                .Concat(ThirtiethPromptReplyCases.All.Select(c => c.Reply)).Concat(TwentyNinthPromptReplyCases.All.Select(c => c.Reply))
                .Concat(ThirtyThirdOpeningMessageCases.All.Select(c => c.Text)).Concat(ThirtySecondOpeningMessageCases.All.Select(c => c.Text)).Concat(ThirtyFirstOpeningMessageCases.All.Select(c => c.Text))
                .Concat(ThirtiethOpeningMessageCases.All.Select(c => c.Text)).Concat(TwentyNinthOpeningMessageCases.All.Select(c => c.Text)));
}
