using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The seventeenth pass's dev scenarios for what a message is FOR (<see cref="SeventeenthDevScenarios"/>), measured as
/// one total with its misses printed, and the parts that were held out in earlier passes and are dev
/// material now (the sixteenth, fifteenth and fourteenth parts, and <see cref="SixteenthDevScenarios"/>) run with every
/// miss printed, so each miss can be read and sorted by the kind of mechanism that failed:
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "DisplayName~SeventeenthDevScenario" --logger "console;verbosity=detailed"</c>.
/// The total is measured as the row "SeventeenthDevScenario" of <see cref="DevScenarioSets"/>, where its floor and their history are;
/// the filter runs that row and this class.
/// </summary>
public sealed class SeventeenthDevScenarioTests(ITestOutputHelper output)
{
    private readonly DevPartPrinter printer = new(output);

    [Fact]
    public void The_dev_set_has_twenty_or_more_scenarios_half_in_chinese_with_unique_names()
    {
        var all = SeventeenthDevScenarios.All;
        Assert.True(all.Count >= 20, $"{all.Count} scenarios");
        Assert.True(all.Count(s => s.IsChinese) * 2 >= all.Count, $"{all.Count(s => s.IsChinese)} of {all.Count} in Chinese");
        Assert.Equal(all.Count, all.Select(s => s.Name).Distinct().Count());
    }

    /// <summary>No message longer than a plain answer ("standard") is one of the sixteenth part's or its dev set's: new situations, not their phrases again.</summary>
    [Fact]
    public void The_dev_set_reuses_no_longer_message_of_the_sixteenth_part()
    {
        var sixteenth = SixteenthHeldOutScenarios.All.Concat(SixteenthDevScenarios.All).SelectMany(s => s.Turns).Select(t => t.Say)
            .Concat(SixteenthPromptReplyCases.All.Select(c => c.Reply)).Concat(SixteenthOpeningMessageCases.All.Select(c => c.Text))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var reused = SeventeenthDevScenarios.All.SelectMany(s => s.Turns).Select(t => t.Say)
            .Where(say => say.Length > 8 && sixteenth.Contains(say)).ToList();
        Assert.Empty(reused);
    }

    public static TheoryData<string> PrintedParts => new() { "sixteenth", "fifteenth", "fourteenth", "dev16" };

    /// <summary>
    /// A part that was held out in its own pass and is dev material now: its scenarios, prompt replies and openings,
    /// with every miss printed (the bot's words for the failing turn or reply), held to the part's floor.
    /// </summary>
    [Theory]
    [MemberData(nameof(PrintedParts))]
    public Task Dev_material_part_misses_are_printed(string part) => printer.PrintMissesAndHoldFloorAsync(DevParts.Named(part));

    /// <summary>
    /// Every failing turn of a dev part's scenarios, not only the first: a whole goal that fails at turn 3 may fail
    /// again at turn 9 for another reason. Prints the turns with the bot's words, shortened; held to the part's ceiling.
    /// </summary>
    [Theory]
    [MemberData(nameof(PrintedParts))]
    public Task Dev_material_part_every_failing_turn_is_printed(string part) => printer.PrintEveryFailingTurnAndHoldCeilingAsync(DevParts.Named(part));
}
