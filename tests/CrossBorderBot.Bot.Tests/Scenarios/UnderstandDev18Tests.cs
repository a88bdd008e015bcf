using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The eighteenth pass's dev material for what a message is FOR, with every miss printed so each can be read and sorted
/// by the kind of mechanism that failed: the seventeenth part (held out in its own pass, dev material now: its
/// scenarios, prompt replies and openings), the seventeenth pass's own dev set, and this pass's own dev set
/// (<see cref="EighteenthDevScenarios"/>, measured as one total with a floor). The printers assert only that they ran.
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "DisplayName~UnderstandDev18" --logger "console;verbosity=detailed"</c>.
/// The total is measured as the row "UnderstandDev18" of <see cref="DevScenarioSets"/>, where its floor and their history are;
/// the filter runs that row and this class.
/// </summary>
public sealed class UnderstandDev18Tests(ITestOutputHelper output)
{
    private readonly DevPartPrinter printer = new(output);

    public static TheoryData<string> DevParts => new() { "seventeenth", "dev17", "dev18" };

    [Fact]
    public void The_dev_set_has_twenty_or_more_scenarios_half_in_chinese_with_unique_names()
        => DevSetShape.HasTwentyOrMoreHalfInChineseWithUniqueNames(EighteenthDevScenarios.All);

    /// <summary>No message longer than a plain answer is one of the seventeenth part's or its dev set's: new situations, not their phrases again.</summary>
    [Fact]
    public void The_dev_set_reuses_no_longer_message_of_the_seventeenth_part()
        => DevSetShape.ReusesNoLongerMessageOf(EighteenthDevScenarios.All,
            SeventeenthHeldOutScenarios.All.Concat(SeventeenthDevScenarios.All).SelectMany(s => s.Turns).Select(t => t.Say)
            .Concat(SeventeenthPromptReplyCases.All.Select(c => c.Reply)).Concat(SeventeenthOpeningMessageCases.All.Select(c => c.Text)));

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
        "seventeenth" => (SeventeenthHeldOutScenarios.All, SeventeenthPromptReplyCases.All, SeventeenthOpeningMessageCases.All),
        "dev17" => (SeventeenthDevScenarios.All, [], []),
        _ => (EighteenthDevScenarios.All, [], []),
    };
}
