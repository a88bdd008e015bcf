namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The guides' seventeenth dev set (<see cref="GuidesDev17Scenarios"/>) through the real bot, measured as one total with its
/// misses printed:
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "DisplayName~GuidesDev17Scenario" --logger "console;verbosity=detailed"</c>.
/// The total is measured as the row "GuidesDev17Scenario" of <see cref="DevScenarioSets"/>, where its floor and their history are;
/// the filter runs that row and this class.
/// The twenty-ninth part it was written after is printed and held by <see cref="DevPartTests"/>.
/// </summary>
public sealed class GuidesDev17ScenarioTests
{
    [Fact]
    public void The_dev_set_has_twenty_four_or_more_scenarios_half_in_chinese_with_names_no_other_set_uses()
    {
        DevSetShape.HasTwentyOrMoreHalfInChineseWithUniqueNames(GuidesDev17Scenarios.All);
        Assert.True(GuidesDev17Scenarios.All.Count >= 24, $"{GuidesDev17Scenarios.All.Count} scenarios");
        var names = GuidesDev17Scenarios.All.Concat(GuidesDev16Scenarios.All).Concat(GuidesDev15Scenarios.All)
            .Concat(TwentyNinthHeldOutScenarios.All).Select(s => s.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    /// <summary>No longer message of this set is one of the dev material parts' (twenty-ninth, twenty-eighth, twenty-seventh) or of the last dev set.</summary>
    [Fact]
    public void The_dev_set_reuses_no_longer_message_of_the_dev_material_parts() =>
        DevSetShape.ReusesNoLongerMessageOf(GuidesDev17Scenarios.All,
            TwentyNinthHeldOutScenarios.All.Concat(TwentyEighthHeldOutScenarios.All).Concat(TwentySeventhHeldOutScenarios.All)
                .Concat(GuidesDev16Scenarios.All)
                .SelectMany(s => s.Turns).Select(t => t.Say)
                .Concat(TwentyNinthPromptReplyCases.All.Select(c => c.Reply)).Concat(TwentyEighthPromptReplyCases.All.Select(c => c.Reply))
                .Concat(TwentySeventhPromptReplyCases.All.Select(c => c.Reply))
                .Concat(TwentyNinthOpeningMessageCases.All.Select(c => c.Text)).Concat(TwentyEighthOpeningMessageCases.All.Select(c => c.Text))
                .Concat(TwentySeventhOpeningMessageCases.All.Select(c => c.Text)));
}
