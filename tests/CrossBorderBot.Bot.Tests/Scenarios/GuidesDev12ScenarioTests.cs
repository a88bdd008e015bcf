using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The guides' twelfth dev set (<see cref="GuidesDev12Scenarios"/>) through the real bot, measured as one total with its
/// misses printed:
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "FullyQualifiedName~GuidesDev12ScenarioTests" --logger "console;verbosity=detailed"</c>.
/// The twenty-fourth part it was written after is printed and held by <see cref="DevPartTests"/>.
/// </summary>
public sealed class GuidesDev12ScenarioTests(ITestOutputHelper output)
{
    private readonly DevPartPrinter printer = new(output);

    // Measured when the set was written, on 1cd9d42 before any change of the twenty-sixth pass to the guides: 5 of 26
    // (two readiness openings and a Lazada problem are routed or triaged elsewhere — not the guides' part). After this pass's
    // guide changes: 19 of 26; of the seven left, those three, "no idea, what would EPR even cover for us?" (a question about
    // the question read as a no), a correction of the market at a step, and two the guides' readers take but the arbiter does not
    // pass on at its question.
    private const int PassFloor = 19;

    [Fact]
    public async Task Dev_scenarios_pass_in_total()
    {
        var passed = await printer.CountPassedAsync(GuidesDev12Scenarios.All, "guides dev12");
        Assert.True(passed >= PassFloor, $"{passed} of {GuidesDev12Scenarios.All.Count} passed, floor {PassFloor}");
    }

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
