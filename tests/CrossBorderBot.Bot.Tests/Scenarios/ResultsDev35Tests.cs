using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The thirty-fifth pass's "other wording" set for questions about the bot's own result (<see cref="ResultsDev35Scenarios"/>),
/// measured as one total with a floor, every failing turn printed so each can be read by its kind (R, W, F, P, K).
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "DisplayName~ResultsDev35" --logger "console;verbosity=detailed"</c>.
/// The total is measured as the row "ResultsDev35" of <see cref="DevScenarioSets"/>, where its floor and their history are;
/// the filter runs that row and this class.
/// </summary>
public sealed class ResultsDev35Tests(ITestOutputHelper output)
{
    private readonly DevPartPrinter printer = new(output);

    [Fact]
    public void The_dev_set_has_twenty_or_more_scenarios_half_in_chinese_with_unique_names()
    {
        DevSetShape.HasTwentyOrMoreHalfInChineseWithUniqueNames(ResultsDev35Scenarios.All);
        Assert.True(ResultsDev35Scenarios.All.Count >= 24, $"{ResultsDev35Scenarios.All.Count} scenarios");
    }

    /// <summary>No message longer than a plain answer is the twenty-ninth to thirty-third part's (the material the kinds were sorted from): other wording, not its phrases again.</summary>
    [Fact]
    public void The_dev_set_reuses_no_longer_message_of_the_twenty_ninth_to_thirty_third_part()
        => DevSetShape.ReusesNoLongerMessageOf(ResultsDev35Scenarios.All,
            ThirtyThirdHeldOutScenarios.All.SelectMany(s => s.Turns).Select(t => t.Say)
                .Concat(ThirtyThirdPromptReplyCases.All.Select(c => c.Reply)).Concat(ThirtyThirdOpeningMessageCases.All.Select(c => c.Text))
                .Concat(ThirtySecondHeldOutScenarios.All.SelectMany(s => s.Turns).Select(t => t.Say))
                .Concat(ThirtySecondPromptReplyCases.All.Select(c => c.Reply)).Concat(ThirtySecondOpeningMessageCases.All.Select(c => c.Text))
                .Concat(ThirtyFirstHeldOutScenarios.All.SelectMany(s => s.Turns).Select(t => t.Say))
                .Concat(ThirtyFirstPromptReplyCases.All.Select(c => c.Reply)).Concat(ThirtyFirstOpeningMessageCases.All.Select(c => c.Text))
                .Concat(ThirtiethHeldOutScenarios.All.SelectMany(s => s.Turns).Select(t => t.Say))
                .Concat(ThirtiethPromptReplyCases.All.Select(c => c.Reply)).Concat(ThirtiethOpeningMessageCases.All.Select(c => c.Text))
                .Concat(TwentyNinthHeldOutScenarios.All.SelectMany(s => s.Turns).Select(t => t.Say))
                .Concat(TwentyNinthPromptReplyCases.All.Select(c => c.Reply)).Concat(TwentyNinthOpeningMessageCases.All.Select(c => c.Text)));

    /// <summary>Every failing turn of the set, the conversation going on after each.</summary>
    [Fact]
    public async Task Dev_set_every_failing_turn_is_printed()
    {
        var turns = await printer.PrintEveryFailingTurnAsync("dev35r", ResultsDev35Scenarios.All);
        Assert.True(ResultsDev35Scenarios.All.Count > 0, $"{turns} failing turns");
    }
}
