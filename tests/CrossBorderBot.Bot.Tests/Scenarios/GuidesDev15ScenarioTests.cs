using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The guides' fifteenth dev set (<see cref="GuidesDev15Scenarios"/>) through the real bot, measured as one total with its
/// misses printed:
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "FullyQualifiedName~GuidesDev15ScenarioTests" --logger "console;verbosity=detailed"</c>.
/// The twenty-seventh part it was written after is printed and held by <see cref="DevPartTests"/>.
/// </summary>
public sealed class GuidesDev15ScenarioTests(ITestOutputHelper output)
{
    private readonly DevPartPrinter printer = new(output);

    // Measured when the set was written, on 8a4c7e0c before any change of the twenty-ninth session to the guides: 15 of 26
    // (misses: "no clue which ones apply" and "完全不知道要办哪些证" at the certifications question, "both done" and "办了IOSS"
    // at the tax question, an improvement and "配方是自己的" at the differentiation question, "看情况，一般都可以" at the
    // small-batches question, couples and siblings at the staff question, no experience beyond China taken as the market
    // China, a readiness opening in own words routed elsewhere). Four filler replies were reworded after that run so no
    // message repeats an earlier part's; none of them was a miss.
    // After the session's guide changes: 22 of 26 (left: a licence named beside "生产" read as the lead time's topic, "BIFMA
    // for the US ones" at the certifications question, "nothing beyond china so far" still taken as the market China,
    // the financing months after an opening that gave the team).
    private const int PassFloor = 22;

    [Fact]
    public async Task Dev_scenarios_pass_in_total()
    {
        var passed = await printer.CountPassedAsync(GuidesDev15Scenarios.All, "guides dev15");
        Assert.True(passed >= PassFloor, $"{passed} of {GuidesDev15Scenarios.All.Count} passed, floor {PassFloor}");
    }

    [Fact]
    public void The_dev_set_has_twenty_four_or_more_scenarios_half_in_chinese_with_names_no_other_set_uses()
    {
        DevSetShape.HasTwentyOrMoreHalfInChineseWithUniqueNames(GuidesDev15Scenarios.All);
        Assert.True(GuidesDev15Scenarios.All.Count >= 24, $"{GuidesDev15Scenarios.All.Count} scenarios");
        var names = GuidesDev15Scenarios.All.Concat(GuidesDev14Scenarios.All).Concat(GuidesDev13Scenarios.All)
            .Concat(TwentySeventhHeldOutScenarios.All).Select(s => s.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    /// <summary>No longer message of this set is one of the twenty-seventh, twenty-sixth or twenty-fifth part's, or of the last dev set.</summary>
    [Fact]
    public void The_dev_set_reuses_no_longer_message_of_the_dev_material_parts() =>
        DevSetShape.ReusesNoLongerMessageOf(GuidesDev15Scenarios.All,
            TwentySeventhHeldOutScenarios.All.Concat(TwentySixthHeldOutScenarios.All).Concat(TwentyFifthHeldOutScenarios.All).Concat(GuidesDev14Scenarios.All)
                .SelectMany(s => s.Turns).Select(t => t.Say)
                .Concat(TwentySeventhPromptReplyCases.All.Select(c => c.Reply)).Concat(TwentySixthPromptReplyCases.All.Select(c => c.Reply))
                .Concat(TwentyFifthPromptReplyCases.All.Select(c => c.Reply))
                .Concat(TwentySeventhOpeningMessageCases.All.Select(c => c.Text)).Concat(TwentySixthOpeningMessageCases.All.Select(c => c.Text))
                .Concat(TwentyFifthOpeningMessageCases.All.Select(c => c.Text)));
}
