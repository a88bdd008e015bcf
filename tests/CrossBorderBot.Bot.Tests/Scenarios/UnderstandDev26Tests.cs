using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The twenty-sixth pass's "other wording" set for what a message is FOR (<see cref="TwentySixthUnderstandDevScenarios"/>),
/// measured as one total with a floor, every failing turn printed so each can be read by its kind (W1…W5).
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "FullyQualifiedName~UnderstandDev26Tests" --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class UnderstandDev26Tests(ITestOutputHelper output)
{
    private readonly DevPartPrinter printer = new(output);

    // Measured once when the set was written, on 1cd9d42, before any change of this pass: 21 of 37 (19 failing turns;
    // by kind, passing: W1 7 of 10, W2 4 of 7, W3 7 of 7, W4 3 of 8, W5 0 of 5). After this pass's readings: 29 of 37
    // (W1 7, W2 6, W3 7, W4 4, W5 5); the 8 left need the guides' part (a brand or a platform read at the result, prevention
    // in other words, the result asked for early, a store corrected at a step).
    private const int PassFloor = 29;

    [Fact]
    public async Task Dev_scenarios_pass_in_total()
    {
        var all = TwentySixthUnderstandDevScenarios.All;
        var passed = await printer.CountPassedAsync(all, "dev26u scenarios");
        Assert.True(passed >= PassFloor, $"{passed} of {all.Count} passed, floor {PassFloor}");
    }

    [Fact]
    public void The_dev_set_has_twenty_or_more_scenarios_half_in_chinese_with_unique_names()
    {
        DevSetShape.HasTwentyOrMoreHalfInChineseWithUniqueNames(TwentySixthUnderstandDevScenarios.All);
        Assert.True(TwentySixthUnderstandDevScenarios.All.Count >= 30, $"{TwentySixthUnderstandDevScenarios.All.Count} scenarios");
    }

    /// <summary>No message longer than a plain answer is the twenty-fourth part's (the material the kinds were sorted from): other wording, not its phrases again.</summary>
    [Fact]
    public void The_dev_set_reuses_no_longer_message_of_the_twenty_fourth_part()
        => DevSetShape.ReusesNoLongerMessageOf(TwentySixthUnderstandDevScenarios.All,
            TwentyFourthHeldOutScenarios.All.SelectMany(s => s.Turns).Select(t => t.Say)
                .Concat(TwentyFourthPromptReplyCases.All.Select(c => c.Reply)).Concat(TwentyFourthOpeningMessageCases.All.Select(c => c.Text)));

    /// <summary>Every failing turn of the set, the conversation going on after each.</summary>
    [Fact]
    public async Task Dev_set_every_failing_turn_is_printed()
    {
        var turns = await printer.PrintEveryFailingTurnAsync("dev26u", TwentySixthUnderstandDevScenarios.All);
        Assert.True(TwentySixthUnderstandDevScenarios.All.Count > 0, $"{turns} failing turns");
    }
}
