using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The guides' thirteenth dev set (<see cref="GuidesDev13Scenarios"/>) through the real bot, measured as one total with its
/// misses printed:
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "FullyQualifiedName~GuidesDev13ScenarioTests" --logger "console;verbosity=detailed"</c>.
/// The twenty-fifth part it was written after is printed and held by <see cref="TwentyFifthPartDevTests"/>.
/// </summary>
public sealed class GuidesDev13ScenarioTests(ITestOutputHelper output)
{
    private readonly DevPartPrinter printer = new(output);

    // Measured when the set was written, on 55672fe before any change of the twenty-seventh pass to the guides: 9 of 26
    // (log guides27-dev13-before.log in the pass's notes; the activewear opening is routed to another guide — not the guides' part).
    // After that measure the two unreadable replies of A5 ("ehh depends who you ask", "看情况吧") were marked MayMiss, as
    // the set meant them (a "didn't understand" there is right; what is measured is the next turn); both failed there on the base.
    // After this pass's guide changes: 14 of 26 (guides27-floors.log); left: openings routed elsewhere, lunar holidays as
    // deadlines, a market corrected at a step, two replies the arbiter sends to the knowledge base before the guide reads them.
    // On the merged tree: 15 of 26; after the twenty-seventh pass's merge (session 28): 16 of 26.
    private const int PassFloor = 16;

    [Fact]
    public async Task Dev_scenarios_pass_in_total()
    {
        var passed = await printer.CountPassedAsync(GuidesDev13Scenarios.All, "guides dev13");
        Assert.True(passed >= PassFloor, $"{passed} of {GuidesDev13Scenarios.All.Count} passed, floor {PassFloor}");
    }

    [Fact]
    public void The_dev_set_has_twenty_four_or_more_scenarios_half_in_chinese_with_names_no_other_set_uses()
    {
        DevSetShape.HasTwentyOrMoreHalfInChineseWithUniqueNames(GuidesDev13Scenarios.All);
        Assert.True(GuidesDev13Scenarios.All.Count >= 24, $"{GuidesDev13Scenarios.All.Count} scenarios");
        var names = GuidesDev13Scenarios.All.Concat(GuidesDev12Scenarios.All).Concat(GuidesDev11Scenarios.All)
            .Concat(TwentyFifthHeldOutScenarios.All).Select(s => s.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    /// <summary>No longer message of this set is one of the twenty-fifth, twenty-fourth or twenty-third part's, or of the last dev set.</summary>
    [Fact]
    public void The_dev_set_reuses_no_longer_message_of_the_dev_material_parts() =>
        DevSetShape.ReusesNoLongerMessageOf(GuidesDev13Scenarios.All,
            TwentyFifthHeldOutScenarios.All.Concat(TwentyFourthHeldOutScenarios.All).Concat(TwentyThirdHeldOutScenarios.All).Concat(GuidesDev12Scenarios.All)
                .SelectMany(s => s.Turns).Select(t => t.Say)
                .Concat(TwentyFifthPromptReplyCases.All.Select(c => c.Reply)).Concat(TwentyFourthPromptReplyCases.All.Select(c => c.Reply))
                .Concat(TwentyThirdPromptReplyCases.All.Select(c => c.Reply))
                .Concat(TwentyFifthOpeningMessageCases.All.Select(c => c.Text)).Concat(TwentyFourthOpeningMessageCases.All.Select(c => c.Text))
                .Concat(TwentyThirdOpeningMessageCases.All.Select(c => c.Text)));
}
