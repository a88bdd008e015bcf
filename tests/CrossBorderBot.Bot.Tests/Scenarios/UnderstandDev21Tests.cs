using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The twenty-first pass's dev material for what a message is FOR, with every miss printed so each can be read and
/// sorted by the kind of rule the bot lacks: this pass's own dev set (<see cref="TwentyFirstDevScenarios"/>, measured as
/// one total with a floor); the twentieth part's misses are printed by <see cref="DevPartTests"/>.
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "DisplayName~UnderstandDev21" --logger "console;verbosity=detailed"</c>.
/// The total is measured as the row "UnderstandDev21" of <see cref="DevScenarioSets"/>, where its floor and their history are;
/// the filter runs that row and this class.
/// </summary>
public sealed class UnderstandDev21Tests(ITestOutputHelper output)
{
    private readonly DevPartPrinter printer = new(output);

    [Fact]
    public void The_dev_set_has_twenty_or_more_scenarios_half_in_chinese_with_unique_names()
    {
        DevSetShape.HasTwentyOrMoreHalfInChineseWithUniqueNames(TwentyFirstDevScenarios.All);
        Assert.True(TwentyFirstDevScenarios.All.Count >= 24, $"{TwentyFirstDevScenarios.All.Count} scenarios");
    }

    /// <summary>No message longer than a plain answer is one of the twentieth part's or the earlier dev sets': new situations, not their phrases again.</summary>
    [Fact]
    public void The_dev_set_reuses_no_longer_message_of_the_twentieth_part_or_earlier_dev_sets()
        => DevSetShape.ReusesNoLongerMessageOf(TwentyFirstDevScenarios.All,
            TwentiethHeldOutScenarios.All.Concat(TwentiethDevScenarios.All).Concat(NineteenthHeldOutScenarios.All).Concat(NineteenthDevScenarios.All)
                .Concat(EighteenthDevScenarios.All).SelectMany(s => s.Turns).Select(t => t.Say)
            .Concat(TwentiethPromptReplyCases.All.Select(c => c.Reply)).Concat(TwentiethOpeningMessageCases.All.Select(c => c.Text))
            .Concat(NineteenthPromptReplyCases.All.Select(c => c.Reply)).Concat(NineteenthOpeningMessageCases.All.Select(c => c.Text)));

    /// <summary>Every failing turn of this pass's own dev set, the conversation going on after each.</summary>
    [Fact]
    public async Task Dev_set_every_failing_turn_is_printed()
    {
        var turns = await printer.PrintEveryFailingTurnAsync("dev21", TwentyFirstDevScenarios.All);
        Assert.True(TwentyFirstDevScenarios.All.Count > 0, $"{turns} failing turns");
    }
}
