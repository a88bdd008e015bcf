using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The nineteenth pass's dev material for what a message is FOR, with every miss printed so each can be read and sorted
/// by the kind of mechanism that failed: the eighteenth part (held out in its own pass, dev material now: its scenarios,
/// prompt replies and openings), the eighteenth pass's own dev set, and this pass's own dev set
/// (<see cref="NineteenthDevScenarios"/>, measured as one total with a floor). The printers assert only that they ran.
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "DisplayName~UnderstandDev19" --logger "console;verbosity=detailed"</c>.
/// The total is measured as the row "UnderstandDev19" of <see cref="DevScenarioSets"/>, where its floor and their history are;
/// the filter runs that row and this class.
/// </summary>
public sealed class UnderstandDev19Tests(ITestOutputHelper output)
{
    private readonly DevPartPrinter printer = new(output);

    public static TheoryData<string> DevParts => new() { "eighteenth", "dev18", "dev19" };

    [Fact]
    public void The_dev_set_has_twenty_or_more_scenarios_half_in_chinese_with_unique_names()
        => DevSetShape.HasTwentyOrMoreHalfInChineseWithUniqueNames(NineteenthDevScenarios.All);

    /// <summary>No message longer than a plain answer is one of the eighteenth part's or the earlier dev sets': new situations, not their phrases again.</summary>
    [Fact]
    public void The_dev_set_reuses_no_longer_message_of_the_eighteenth_part()
        => DevSetShape.ReusesNoLongerMessageOf(NineteenthDevScenarios.All,
            EighteenthHeldOutScenarios.All.Concat(EighteenthDevScenarios.All).Concat(SeventeenthHeldOutScenarios.All).SelectMany(s => s.Turns).Select(t => t.Say)
            .Concat(EighteenthPromptReplyCases.All.Select(c => c.Reply)).Concat(EighteenthOpeningMessageCases.All.Select(c => c.Text)));

    [Theory]
    [MemberData(nameof(DevParts))]
    public async Task Dev_material_part_misses_are_printed(string part)
    {
        var (scenarios, replies, openings) = Part(part);
        await printer.PrintMissesAsync(part, scenarios, replies, openings);
        Assert.True(scenarios.Count > 0);
    }

    /// <summary>Every failing turn of a dev part's scenarios, the conversation going on after each (a later turn may fail for a reason of its own).</summary>
    [Theory]
    [MemberData(nameof(DevParts))]
    public async Task Dev_material_part_every_failing_turn_is_printed(string part)
    {
        var scenarios = Part(part).Scenarios;
        await printer.PrintEveryFailingTurnAsync(part, scenarios);
        Assert.True(scenarios.Count > 0);
    }

    private static (IReadOnlyList<ConversationScenario> Scenarios, IReadOnlyList<PromptReplyCase> Replies, IReadOnlyList<(string Locale, string Text, string Expect)> Openings) Part(string part) => part switch
    {
        "eighteenth" => (EighteenthHeldOutScenarios.All, EighteenthPromptReplyCases.All, EighteenthOpeningMessageCases.All),
        "dev18" => (EighteenthDevScenarios.All, [], []),
        _ => (NineteenthDevScenarios.All, [], []),
    };
}
