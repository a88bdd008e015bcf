using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The twenty-eighth pass's "other wording" set for what a message is FOR (<see cref="TwentyEighthUnderstandDevScenarios"/>),
/// measured as one total with a floor, every failing turn printed so each can be read by its kind (A, B, C, D, G, L, M and the leftovers).
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "FullyQualifiedName~UnderstandDev28Tests" --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class UnderstandDev28Tests(ITestOutputHelper output)
{
    private readonly DevPartPrinter printer = new(output);

    // Measured once when the set was written, on d9f37be, before any change of this pass: 23 of 34 (11 failing turns; by
    // kind, failing: A readiness in own words 2 of 5, B an answer in own words 1 of 4 (the reader's side), C currency names
    // 2 of 8, D 0 of 3, G 2 of 3, L 1 of 2, M 0 of 3, leftovers 3 of 6: the detour at a step in Chinese, the seller's own
    // country store twice). Log: understand-dev28-base.log. After this pass's changes: 32 of 34 (2 failing turns: "our
    // supplier handles that side" at the quality question now reaches the prompt, whose reader does not take it yet, and a
    // shipment given whole at a playbook step in Chinese is read as the step's answer).
    private const int PassFloor = 32;

    [Fact]
    public async Task Dev_scenarios_pass_in_total()
    {
        var all = TwentyEighthUnderstandDevScenarios.All;
        var passed = await printer.CountPassedAsync(all, "dev28u scenarios");
        Assert.True(passed >= PassFloor, $"{passed} of {all.Count} passed, floor {PassFloor}");
    }

    [Fact]
    public void The_dev_set_has_twenty_or_more_scenarios_half_in_chinese_with_unique_names()
    {
        DevSetShape.HasTwentyOrMoreHalfInChineseWithUniqueNames(TwentyEighthUnderstandDevScenarios.All);
        Assert.True(TwentyEighthUnderstandDevScenarios.All.Count >= 24, $"{TwentyEighthUnderstandDevScenarios.All.Count} scenarios");
    }

    /// <summary>No message longer than a plain answer is the twenty-sixth part's (the material the kinds were sorted from): other wording, not its phrases again.</summary>
    [Fact]
    public void The_dev_set_reuses_no_longer_message_of_the_twenty_sixth_part()
        => DevSetShape.ReusesNoLongerMessageOf(TwentyEighthUnderstandDevScenarios.All,
            TwentySixthHeldOutScenarios.All.SelectMany(s => s.Turns).Select(t => t.Say)
                .Concat(TwentySixthPromptReplyCases.All.Select(c => c.Reply)).Concat(TwentySixthOpeningMessageCases.All.Select(c => c.Text)));

    /// <summary>Every failing turn of the set, the conversation going on after each.</summary>
    [Fact]
    public async Task Dev_set_every_failing_turn_is_printed()
    {
        var turns = await printer.PrintEveryFailingTurnAsync("dev28u", TwentyEighthUnderstandDevScenarios.All);
        Assert.True(TwentyEighthUnderstandDevScenarios.All.Count > 0, $"{turns} failing turns");
    }
}
