using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The thirty-sixth pass's "other wording" set for what a message is FOR (<see cref="ThirtySixthUnderstandDevScenarios"/>),
/// measured as one total with a floor, every failing turn printed so each can be read by its kind (A to G).
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "DisplayName~UnderstandDev36" --logger "console;verbosity=detailed"</c>.
/// The total is measured as the row "UnderstandDev36" of <see cref="DevScenarioSets"/>, where its floor and their history are;
/// the filter runs that row and this class.
/// </summary>
public sealed class UnderstandDev36Tests(ITestOutputHelper output)
{
    private readonly DevPartPrinter printer = new(output);

    [Fact]
    public void The_dev_set_has_twenty_or_more_scenarios_half_in_chinese_with_unique_names()
    {
        DevSetShape.HasTwentyOrMoreHalfInChineseWithUniqueNames(ThirtySixthUnderstandDevScenarios.All);
        Assert.True(ThirtySixthUnderstandDevScenarios.All.Count >= 30, $"{ThirtySixthUnderstandDevScenarios.All.Count} scenarios");
    }

    /// <summary>No message longer than a plain answer is the thirty-fourth part's (the material the kinds were sorted from): other wording, not its phrases again.</summary>
    [Fact]
    public void The_dev_set_reuses_no_longer_message_of_the_thirty_fourth_part()
        => DevSetShape.ReusesNoLongerMessageOf(ThirtySixthUnderstandDevScenarios.All,
            ThirtyFourthHeldOutScenarios.All.SelectMany(s => s.Turns).Select(t => t.Say)
                .Concat(ThirtyFourthPromptReplyCases.All.Select(c => c.Reply)).Concat(ThirtyFourthOpeningMessageCases.All.Select(c => c.Text)));

    /// <summary>Every failing turn of the set, the conversation going on after each.</summary>
    [Fact]
    public async Task Dev_set_every_failing_turn_is_printed()
    {
        var turns = await printer.PrintEveryFailingTurnAsync("dev36u", ThirtySixthUnderstandDevScenarios.All);
        Assert.True(ThirtySixthUnderstandDevScenarios.All.Count > 0, $"{turns} failing turns");
    }
}
