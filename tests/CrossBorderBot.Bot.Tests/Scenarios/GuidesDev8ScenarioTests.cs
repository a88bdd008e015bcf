namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The guides' eighth dev set (<see cref="GuidesDev8Scenarios"/>) through the real bot, measured as one total with its
/// misses printed:
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "DisplayName~GuidesDev8Scenario" --logger "console;verbosity=detailed"</c>.
/// The twentieth part it was written after is printed and held by <see cref="DevPartTests"/>.
/// The total is measured as the row "GuidesDev8Scenario" of <see cref="DevScenarioSets"/>, where its floor and their history are;
/// the filter runs that row and this class.
/// </summary>
public sealed class GuidesDev8ScenarioTests
{
    [Fact]
    public void The_dev_set_has_twenty_four_or_more_scenarios_half_in_chinese_with_names_no_other_set_uses()
    {
        DevSetShape.HasTwentyOrMoreHalfInChineseWithUniqueNames(GuidesDev8Scenarios.All);
        Assert.True(GuidesDev8Scenarios.All.Count >= 24, $"{GuidesDev8Scenarios.All.Count} scenarios");
        var names = GuidesDev8Scenarios.All.Concat(GuidesDev7Scenarios.All).Concat(GuidesDev6Scenarios.All)
            .Concat(TwentiethHeldOutScenarios.All).Select(s => s.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    /// <summary>No longer message of this set is one of the twentieth, nineteenth or eighteenth part's, or of the last dev set.</summary>
    [Fact]
    public void The_dev_set_reuses_no_longer_message_of_the_dev_material_parts() =>
        DevSetShape.ReusesNoLongerMessageOf(GuidesDev8Scenarios.All,
            TwentiethHeldOutScenarios.All.Concat(NineteenthHeldOutScenarios.All).Concat(EighteenthHeldOutScenarios.All).Concat(GuidesDev7Scenarios.All)
                .SelectMany(s => s.Turns).Select(t => t.Say)
                .Concat(TwentiethPromptReplyCases.All.Select(c => c.Reply)).Concat(NineteenthPromptReplyCases.All.Select(c => c.Reply))
                .Concat(EighteenthPromptReplyCases.All.Select(c => c.Reply))
                .Concat(TwentiethOpeningMessageCases.All.Select(c => c.Text)).Concat(NineteenthOpeningMessageCases.All.Select(c => c.Text))
                .Concat(EighteenthOpeningMessageCases.All.Select(c => c.Text)));
}
