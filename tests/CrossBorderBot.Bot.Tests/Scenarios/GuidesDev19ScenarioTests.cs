namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The guides' nineteenth dev set (<see cref="GuidesDev19Scenarios"/>) through the real bot, measured as one total with its
/// misses printed:
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "DisplayName~GuidesDev19Scenario" --logger "console;verbosity=detailed"</c>.
/// The total is measured as the row "GuidesDev19Scenario" of <see cref="DevScenarioSets"/>, where its floor and their history are;
/// the filter runs that row and this class.
/// The thirty-first part it was written after is printed and held by <see cref="DevPartTests"/>.
/// </summary>
public sealed class GuidesDev19ScenarioTests
{
    [Fact]
    public void The_dev_set_has_twenty_four_or_more_scenarios_half_in_chinese_with_names_no_other_set_uses()
    {
        DevSetShape.HasTwentyOrMoreHalfInChineseWithUniqueNames(GuidesDev19Scenarios.All);
        Assert.True(GuidesDev19Scenarios.All.Count >= 24, $"{GuidesDev19Scenarios.All.Count} scenarios");
        var names = GuidesDev19Scenarios.All.Concat(GuidesDev18Scenarios.All).Concat(GuidesDev17Scenarios.All)
            .Concat(ThirtyFirstHeldOutScenarios.All).Select(s => s.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    /// <summary>No longer message of this set is one of the dev material parts' (thirty-first, thirtieth, twenty-ninth, twenty-fourth) or of the last dev set.</summary>
    [Fact]
    public void The_dev_set_reuses_no_longer_message_of_the_dev_material_parts() =>
        DevSetShape.ReusesNoLongerMessageOf(GuidesDev19Scenarios.All,
            ThirtyFirstHeldOutScenarios.All.Concat(ThirtiethHeldOutScenarios.All).Concat(TwentyNinthHeldOutScenarios.All)
                .Concat(TwentyFourthHeldOutScenarios.All).Concat(GuidesDev18Scenarios.All)
                .SelectMany(s => s.Turns).Select(t => t.Say)
                .Concat(ThirtyFirstPromptReplyCases.All.Select(c => c.Reply)).Concat(ThirtiethPromptReplyCases.All.Select(c => c.Reply))
                .Concat(TwentyNinthPromptReplyCases.All.Select(c => c.Reply)).Concat(TwentyFourthPromptReplyCases.All.Select(c => c.Reply))
                .Concat(ThirtyFirstOpeningMessageCases.All.Select(c => c.Text)).Concat(ThirtiethOpeningMessageCases.All.Select(c => c.Text))
                .Concat(TwentyNinthOpeningMessageCases.All.Select(c => c.Text)).Concat(TwentyFourthOpeningMessageCases.All.Select(c => c.Text)));
}
