namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The guides' fourth dev set (<see cref="GuidesDev4Scenarios"/>) through the real bot, measured as one total with its
/// misses printed (the parts that were its dev material, the sixteenth and fifteenth held-out parts, are printed by
/// <see cref="SeventeenthDevScenarioTests"/> through the shared <see cref="DevPartPrinter"/>):
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "DisplayName~GuidesDev4Scenario" --logger "console;verbosity=detailed"</c>.
/// The total is measured as the row "GuidesDev4Scenario" of <see cref="DevScenarioSets"/>, where its floor and their history are;
/// the filter runs that row and this class.
/// </summary>
public sealed class GuidesDev4ScenarioTests
{
    [Fact]
    public void The_dev_set_has_twenty_or_more_scenarios_half_in_chinese_with_unique_names()
    {
        var all = GuidesDev4Scenarios.All;
        Assert.True(all.Count >= 20, $"{all.Count} scenarios");
        Assert.True(all.Count(s => s.IsChinese) * 2 >= all.Count, $"{all.Count(s => s.IsChinese)} of {all.Count} in Chinese");
        Assert.Equal(all.Count, all.Select(s => s.Name).Distinct().Count());
    }

    /// <summary>No longer message of this set is one of the sixteenth or fifteenth part's: new situations, not their phrases again.</summary>
    [Fact]
    public void The_dev_set_reuses_no_longer_message_of_the_dev_material_parts()
    {
        var parts = SixteenthHeldOutScenarios.All.Concat(FifteenthHeldOutScenarios.All).SelectMany(s => s.Turns).Select(t => t.Say)
            .Concat(SixteenthPromptReplyCases.All.Select(c => c.Reply)).Concat(FifteenthPromptReplyCases.All.Select(c => c.Reply))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var reused = GuidesDev4Scenarios.All.SelectMany(s => s.Turns).Select(t => t.Say)
            .Where(say => say.Length >= 8 && parts.Contains(say)).ToList();
        Assert.Empty(reused);
    }
}
