using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The twentieth pass's dev material for what a message is FOR, with every miss printed so each can be read and sorted
/// by the kind of rule the bot lacks: the nineteenth part (held out in its own pass, dev material now: its scenarios,
/// prompt replies and openings, held to its floor in <see cref="DevParts"/>), the nineteenth pass's own dev set, and this
/// pass's own dev set (<see cref="TwentiethDevScenarios"/>, measured as one total with a floor).
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "DisplayName~UnderstandDev20" --logger "console;verbosity=detailed"</c>.
/// The total is measured as the row "UnderstandDev20" of <see cref="DevScenarioSets"/>, where its floor and their history are;
/// the filter runs that row and this class.
/// </summary>
public sealed class UnderstandDev20Tests(ITestOutputHelper output)
{
    private readonly DevPartPrinter printer = new(output);

    [Fact]
    public void The_dev_set_has_twenty_or_more_scenarios_half_in_chinese_with_unique_names()
        => DevSetShape.HasTwentyOrMoreHalfInChineseWithUniqueNames(TwentiethDevScenarios.All);

    /// <summary>No message longer than a plain answer is one of the nineteenth part's or the earlier dev sets': new situations, not their phrases again.</summary>
    [Fact]
    public void The_dev_set_reuses_no_longer_message_of_the_nineteenth_part()
        => DevSetShape.ReusesNoLongerMessageOf(TwentiethDevScenarios.All,
            NineteenthHeldOutScenarios.All.Concat(NineteenthDevScenarios.All).Concat(EighteenthDevScenarios.All).SelectMany(s => s.Turns).Select(t => t.Say)
            .Concat(NineteenthPromptReplyCases.All.Select(c => c.Reply)).Concat(NineteenthOpeningMessageCases.All.Select(c => c.Text)));

    /// <summary>Every failing turn of this pass's own dev set, the conversation going on after each.</summary>
    [Fact]
    public async Task Dev_set_every_failing_turn_is_printed()
    {
        var turns = await printer.PrintEveryFailingTurnAsync("dev20", TwentiethDevScenarios.All);
        Assert.True(TwentiethDevScenarios.All.Count > 0, $"{turns} failing turns");
    }

    /// <summary>The nineteenth part's scenario, reply and opening misses, held to the part's floor.</summary>
    [Fact]
    public Task Nineteenth_part_misses_are_printed() => printer.PrintMissesAndHoldFloorAsync(DevParts.Named("nineteenth"));

    /// <summary>Every failing turn of the nineteenth part's scenarios, played on past the first failure; held to the part's ceiling.</summary>
    [Fact]
    public Task Nineteenth_part_every_failing_turn_is_printed() => printer.PrintEveryFailingTurnAndHoldCeilingAsync(DevParts.Named("nineteenth"));

    /// <summary>Every failing turn of the nineteenth pass's own dev set (35 of 37 after that pass).</summary>
    [Fact]
    public async Task Nineteenth_dev_set_every_failing_turn_is_printed()
    {
        var turns = await printer.PrintEveryFailingTurnAsync("dev19", NineteenthDevScenarios.All);
        Assert.True(NineteenthDevScenarios.All.Count > 0, $"{turns} failing turns");
    }
}
