using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The guides' dev set (<see cref="GuidesDevScenarios"/>) through the real bot, measured as one total with its misses
/// printed (it is dev material: the misses are read and tuned on):
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "FullyQualifiedName~GuidesDevScenarioTests" --logger "console;verbosity=detailed"</c>.
/// The floor only ever goes up.
/// </summary>
public sealed class GuidesDevScenarioTests(ITestOutputHelper output)
{
    // Measured once when the set was written, before any change of the fourteenth pass to the guides: 11 of 29.
    // After the fourteenth pass's guide changes (tuned on this set; the assumed-currency pattern widened to ISO codes): 27 of 29.
    // On 1b9c07e (main as merged last pass, measured at the start of the twenty-first): 28.
    private const int PassFloor = 28;

    [Fact]
    public async Task Dev_scenarios_pass_in_total()
    {
        var all = GuidesDevScenarios.All;
        var passed = await ScenarioRunner.CountPassingAsync(all, (scenario, failure) => output.WriteLine($"MISS {scenario.Name}: {failure}\n"));

        output.WriteLine($"guides dev scenarios passed: {passed} of {all.Count} ({100.0 * passed / all.Count:F1} %)");
        Assert.True(passed >= PassFloor, $"{passed} of {all.Count} passed, floor {PassFloor}");
    }

    [Fact]
    public void The_dev_set_has_twenty_four_or_more_scenarios_half_in_chinese_with_unique_names()
    {
        var all = GuidesDevScenarios.All;
        Assert.True(all.Count >= 24, $"{all.Count} scenarios");
        Assert.True(all.Count(s => s.IsChinese) * 2 >= all.Count - 1, $"{all.Count(s => s.IsChinese)} of {all.Count} in Chinese");
        Assert.Equal(all.Count, all.Select(s => s.Name).Distinct().Count());
    }
}
