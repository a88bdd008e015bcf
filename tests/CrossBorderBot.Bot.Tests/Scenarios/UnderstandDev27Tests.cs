using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The twenty-seventh pass's "other wording" set for what a message is FOR (<see cref="TwentySeventhUnderstandDevScenarios"/>),
/// measured as one total with a floor, every failing turn printed so each can be read by its kind (K1…K4).
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "FullyQualifiedName~UnderstandDev27Tests" --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class UnderstandDev27Tests(ITestOutputHelper output)
{
    private readonly DevPartPrinter printer = new(output);

    // Measured once when the set was written, on 55672fe, before any change of this pass: 13 of 32 (19 failing turns; by
    // kind, passing: K1 openings 5 of 8, K2 side questions at a step 4 of 8, K3 the result asked early 2 of 6, K4 what a
    // message refers to 2 of 10). Log: understand27-dev27-base.log. After this pass's readings: 20 of 32, 12 failing turns
    // (K1 8, K2 6, K3 2, K4 4); the 12 left need the guides' readers (the result asked early read by ResultNowCues, "its" and
    // a platform named at the platform result by ResultQuestions, prevention in other words, an earlier answer corrected
    // by its topic) but one setup ("santiago" is no market). On the merged tree, with the guides' readers: 26 of 32 (6
    // failing turns).
    private const int PassFloor = 26;

    [Fact]
    public async Task Dev_scenarios_pass_in_total()
    {
        var all = TwentySeventhUnderstandDevScenarios.All;
        var passed = await printer.CountPassedAsync(all, "dev27u scenarios");
        Assert.True(passed >= PassFloor, $"{passed} of {all.Count} passed, floor {PassFloor}");
    }

    [Fact]
    public void The_dev_set_has_twenty_or_more_scenarios_half_in_chinese_with_unique_names()
    {
        DevSetShape.HasTwentyOrMoreHalfInChineseWithUniqueNames(TwentySeventhUnderstandDevScenarios.All);
        Assert.True(TwentySeventhUnderstandDevScenarios.All.Count >= 30, $"{TwentySeventhUnderstandDevScenarios.All.Count} scenarios");
    }

    /// <summary>No message longer than a plain answer is the twenty-fifth part's (the material the kinds were sorted from): other wording, not its phrases again.</summary>
    [Fact]
    public void The_dev_set_reuses_no_longer_message_of_the_twenty_fifth_part()
        => DevSetShape.ReusesNoLongerMessageOf(TwentySeventhUnderstandDevScenarios.All,
            TwentyFifthHeldOutScenarios.All.SelectMany(s => s.Turns).Select(t => t.Say)
                .Concat(TwentyFifthPromptReplyCases.All.Select(c => c.Reply)).Concat(TwentyFifthOpeningMessageCases.All.Select(c => c.Text)));

    /// <summary>Every failing turn of the set, the conversation going on after each.</summary>
    [Fact]
    public async Task Dev_set_every_failing_turn_is_printed()
    {
        var turns = await printer.PrintEveryFailingTurnAsync("dev27u", TwentySeventhUnderstandDevScenarios.All);
        Assert.True(TwentySeventhUnderstandDevScenarios.All.Count > 0, $"{turns} failing turns");
    }
}
