using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The guides' eleventh dev set (<see cref="GuidesDev11Scenarios"/>) through the real bot, measured as one total with its
/// misses printed:
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "FullyQualifiedName~GuidesDev11ScenarioTests" --logger "console;verbosity=detailed"</c>.
/// The twenty-third part it was written after is printed and held by <see cref="DevPartTests"/>.
/// </summary>
public sealed class GuidesDev11ScenarioTests(ITestOutputHelper output)
{
    private readonly DevPartPrinter printer = new(output);

    // Measured when the set was written, on b679186 before any change of the twenty-fifth pass to the guides: 4 of 26 as
    // first run; two of its checks were wrong (a result's own "Sources" line matched the side-answer pattern), corrected
    // to the knowledge base's "I don't know that yet" and run again on the same base before any change: 6 of 26.
    // After this pass's guide changes (c03d0cb…): 22 of 26, then 23 with "说的就是这事" as a confirmation; of the three left, a
    // Rakuten warning and a raincoat (雨衣) the triage and the category reading do not know, and a date as the speed
    // ("月底前要送到") that no reader takes yet.
    private const int PassFloor = 22;

    [Fact]
    public async Task Dev_scenarios_pass_in_total()
    {
        var passed = await printer.CountPassedAsync(GuidesDev11Scenarios.All, "guides dev11");
        Assert.True(passed >= PassFloor, $"{passed} of {GuidesDev11Scenarios.All.Count} passed, floor {PassFloor}");
    }

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
