namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The guides' twentieth dev set (<see cref="GuidesDev20Scenarios"/>) through the real bot, measured as one total with its
/// misses printed:
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "DisplayName~GuidesDev20Scenario" --logger "console;verbosity=detailed"</c>.
/// The total is measured as the row "GuidesDev20Scenario" of <see cref="DevScenarioSets"/>, where its floor and their history are;
/// the filter runs that row and this class.
/// The thirty-second part it was written after is printed and held by <see cref="DevPartTests"/>.
/// </summary>
public sealed class GuidesDev20ScenarioTests
{
    [Fact]
    public void The_dev_set_has_twenty_six_or_more_scenarios_half_in_chinese_with_names_no_other_set_uses()
    {
        DevSetShape.HasTwentyOrMoreHalfInChineseWithUniqueNames(GuidesDev20Scenarios.All);
        Assert.True(GuidesDev20Scenarios.All.Count >= 26, $"{GuidesDev20Scenarios.All.Count} scenarios");
        var names = GuidesDev20Scenarios.All.Concat(GuidesDev19Scenarios.All).Concat(GuidesDev18Scenarios.All)
            .Concat(ThirtySecondHeldOutScenarios.All).Select(s => s.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    /// <summary>No longer message of this set is one of the dev material parts' (thirty-second, thirty-first, thirtieth, twenty-ninth) or of the last dev set.</summary>
    [Fact]
    public void The_dev_set_reuses_no_longer_message_of_the_dev_material_parts() =>
        DevSetShape.ReusesNoLongerMessageOf(GuidesDev20Scenarios.All,
            ThirtySecondHeldOutScenarios.All.Concat(ThirtyFirstHeldOutScenarios.All).Concat(ThirtiethHeldOutScenarios.All)
                .Concat(TwentyNinthHeldOutScenarios.All).Concat(GuidesDev19Scenarios.All)
                .SelectMany(s => s.Turns).Select(t => t.Say)
                .Concat(ThirtySecondPromptReplyCases.All.Select(c => c.Reply)).Concat(ThirtyFirstPromptReplyCases.All.Select(c => c.Reply))
                .Concat(ThirtiethPromptReplyCases.All.Select(c => c.Reply)).Concat(TwentyNinthPromptReplyCases.All.Select(c => c.Reply))
                .Concat(ThirtySecondOpeningMessageCases.All.Select(c => c.Text)).Concat(ThirtyFirstOpeningMessageCases.All.Select(c => c.Text))
                .Concat(ThirtiethOpeningMessageCases.All.Select(c => c.Text)).Concat(TwentyNinthOpeningMessageCases.All.Select(c => c.Text)));
}
