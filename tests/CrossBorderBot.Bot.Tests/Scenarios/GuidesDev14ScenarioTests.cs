using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The guides' fourteenth dev set (<see cref="GuidesDev14Scenarios"/>) through the real bot, measured as one total with its
/// misses printed:
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "FullyQualifiedName~GuidesDev14ScenarioTests" --logger "console;verbosity=detailed"</c>.
/// The twenty-sixth part it was written after is printed and held by <see cref="DevPartTests"/>.
/// </summary>
public sealed class GuidesDev14ScenarioTests(ITestOutputHelper output)
{
    private readonly DevPartPrinter printer = new(output);

    // Measured when the set was written, on d9f37be before any change of the twenty-eighth session to the guides: 10 of 26
    // (misses: sameness and degree words at the differentiation question, own source or label, weeks at the financing
    // question, "skip" at the fix-an-issue market question, long-term prevention, a market corrected at a step, vague
    // values, stock shipped the same day, a readiness opening in own words).
    // After the session's guide changes: 19 of 26 (left: readiness openings in own words, routed elsewhere — not the
    // guides' part; "original blends" as own design; "这个先不管" at the market question and long-term prevention at a
    // playbook step, which do not reach the guide's reader; a market corrected at a step; "两个都没办" at the tax question).
    private const int PassFloor = 19;

    [Fact]
    public async Task Dev_scenarios_pass_in_total()
    {
        var passed = await printer.CountPassedAsync(GuidesDev14Scenarios.All, "guides dev14");
        Assert.True(passed >= PassFloor, $"{passed} of {GuidesDev14Scenarios.All.Count} passed, floor {PassFloor}");
    }

    [Fact]
    public void The_dev_set_has_twenty_four_or_more_scenarios_half_in_chinese_with_names_no_other_set_uses()
    {
        DevSetShape.HasTwentyOrMoreHalfInChineseWithUniqueNames(GuidesDev14Scenarios.All);
        Assert.True(GuidesDev14Scenarios.All.Count >= 24, $"{GuidesDev14Scenarios.All.Count} scenarios");
        var names = GuidesDev14Scenarios.All.Concat(GuidesDev13Scenarios.All).Concat(GuidesDev12Scenarios.All)
            .Concat(TwentySixthHeldOutScenarios.All).Select(s => s.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    /// <summary>No longer message of this set is one of the twenty-sixth, twenty-fifth or twenty-fourth part's, or of the last dev set.</summary>
    [Fact]
    public void The_dev_set_reuses_no_longer_message_of_the_dev_material_parts() =>
        DevSetShape.ReusesNoLongerMessageOf(GuidesDev14Scenarios.All,
            TwentySixthHeldOutScenarios.All.Concat(TwentyFifthHeldOutScenarios.All).Concat(TwentyFourthHeldOutScenarios.All).Concat(GuidesDev13Scenarios.All)
                .SelectMany(s => s.Turns).Select(t => t.Say)
                .Concat(TwentySixthPromptReplyCases.All.Select(c => c.Reply)).Concat(TwentyFifthPromptReplyCases.All.Select(c => c.Reply))
                .Concat(TwentyFourthPromptReplyCases.All.Select(c => c.Reply))
                .Concat(TwentySixthOpeningMessageCases.All.Select(c => c.Text)).Concat(TwentyFifthOpeningMessageCases.All.Select(c => c.Text))
                .Concat(TwentyFourthOpeningMessageCases.All.Select(c => c.Text)));
}
