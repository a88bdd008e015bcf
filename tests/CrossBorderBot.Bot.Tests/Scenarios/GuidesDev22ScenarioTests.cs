namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The guides' twenty-second dev set (<see cref="GuidesDev22Scenarios"/>) through the real bot, measured as one total with its
/// misses printed:
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "DisplayName~GuidesDev22Scenario" --logger "console;verbosity=detailed"</c>.
/// The total is measured as the row "GuidesDev22Scenario" of <see cref="DevScenarioSets"/>, where its floor and their history are;
/// the filter runs that row and this class.
/// The thirty-fourth part it was written after is printed and held by <see cref="DevPartTests"/>.
/// </summary>
public sealed class GuidesDev22ScenarioTests
{
    [Fact]
    public void The_dev_set_has_twenty_six_or_more_scenarios_half_in_chinese_with_names_no_other_set_uses()
    {
        DevSetShape.HasTwentyOrMoreHalfInChineseWithUniqueNames(GuidesDev22Scenarios.All);
        Assert.True(GuidesDev22Scenarios.All.Count >= 26, $"{GuidesDev22Scenarios.All.Count} scenarios");
        var names = GuidesDev22Scenarios.All.Concat(GuidesDev21Scenarios.All).Concat(GuidesDev20Scenarios.All)
            .Concat(ThirtyFourthHeldOutScenarios.All).Select(s => s.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    /// <summary>No longer message of this set is one of the dev material parts' (thirty-fourth, thirty-third) or of the last dev set.</summary>
    [Fact]
    public void The_dev_set_reuses_no_longer_message_of_the_dev_material_parts() =>
        DevSetShape.ReusesNoLongerMessageOf(GuidesDev22Scenarios.All,
            ThirtyFourthHeldOutScenarios.All.Concat(ThirtyThirdHeldOutScenarios.All).Concat(GuidesDev21Scenarios.All)
                .SelectMany(s => s.Turns).Select(t => t.Say)
                .Concat(ThirtyFourthPromptReplyCases.All.Select(c => c.Reply)).Concat(ThirtyThirdPromptReplyCases.All.Select(c => c.Reply))
                .Concat(ThirtyFourthOpeningMessageCases.All.Select(c => c.Text)).Concat(ThirtyThirdOpeningMessageCases.All.Select(c => c.Text)));
}
