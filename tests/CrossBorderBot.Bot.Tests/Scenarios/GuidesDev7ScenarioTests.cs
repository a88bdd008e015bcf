using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The guides' seventh dev set (<see cref="GuidesDev7Scenarios"/>) through the real bot, measured as one total with its
/// misses printed, and the nineteenth part (held out in the nineteenth pass, dev material in the twentieth) with every
/// miss and every failing turn printed, so each miss can be read and sorted by the kind of mechanism that failed:
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "DisplayName~GuidesDev7Scenario" --logger "console;verbosity=detailed"</c>.
/// The nineteenth part's floors are held by its entry in <see cref="DevParts"/> (the understanding helper's printer);
/// this printer only shows it.
/// The total is measured as the row "GuidesDev7Scenario" of <see cref="DevScenarioSets"/>, where its floor and their history are;
/// the filter runs that row and this class.
/// </summary>
public sealed class GuidesDev7ScenarioTests(ITestOutputHelper output)
{
    private readonly DevPartPrinter printer = new(output);

    [Fact]
    public void The_dev_set_has_twenty_or_more_scenarios_half_in_chinese_with_unique_names()
    {
        var all = GuidesDev7Scenarios.All;
        Assert.True(all.Count >= 20, $"{all.Count} scenarios");
        Assert.True(all.Count(s => s.IsChinese) * 2 >= all.Count, $"{all.Count(s => s.IsChinese)} of {all.Count} in Chinese");
        var names = all.Concat(NineteenthHeldOutScenarios.All).Concat(NineteenthPassScenarioTests.EarlierScenarios())
            .Concat(GuidesDev6Scenarios.All).Select(s => s.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    /// <summary>No longer message of this set is one of the nineteenth or eighteenth part's: new situations, not their phrases again.</summary>
    [Fact]
    public void The_dev_set_reuses_no_longer_message_of_the_dev_material_parts()
    {
        var parts = NineteenthHeldOutScenarios.All.Concat(EighteenthHeldOutScenarios.All).SelectMany(s => s.Turns).Select(t => t.Say)
            .Concat(NineteenthPromptReplyCases.All.Select(c => c.Reply)).Concat(EighteenthPromptReplyCases.All.Select(c => c.Reply))
            .Concat(NineteenthOpeningMessageCases.All.Select(c => c.Text)).Concat(EighteenthOpeningMessageCases.All.Select(c => c.Text))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var reused = GuidesDev7Scenarios.All.SelectMany(s => s.Turns).Select(t => t.Say)
            .Where(say => say.Length >= 8 && parts.Contains(say)).ToList();
        Assert.Empty(reused);
    }

    /// <summary>The nineteenth part's scenario, reply and opening misses, printed (its floors are held in <see cref="DevParts"/>).</summary>
    [Fact]
    public Task Nineteenth_part_misses_are_printed() =>
        printer.PrintMissesAsync("nineteenth", NineteenthHeldOutScenarios.All, NineteenthPromptReplyCases.All, NineteenthOpeningMessageCases.All);

    /// <summary>Every failing turn of the nineteenth part's scenarios, played on past the first failure.</summary>
    [Fact]
    public Task Nineteenth_part_every_failing_turn_is_printed() =>
        printer.PrintEveryFailingTurnAsync("nineteenth", NineteenthHeldOutScenarios.All);
}
