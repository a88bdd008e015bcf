using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Each held-out part's scenarios (<see cref="HeldOutParts"/>, a theory row a part) through the real bot, measured as
/// totals: only the counts are printed, not which scenarios or turns fail, so the set stays unseen. Besides whole goals
/// it counts every failing turn, each conversation played on past its first failure, so a pass that mends one turn of
/// a long conversation shows. And the shape each part was written to: forty or more conversations, half in Chinese, of
/// six to fourteen turns, with new names and no longer message of an earlier batch. One part:
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "FullyQualifiedName~HeldOutPassScenarioTests&amp;DisplayName~twentyFifth"</c>.
/// </summary>
public sealed class HeldOutPassScenarioTests(ITestOutputHelper output)
{
    public static TheoryData<string> Parts => HeldOutParts.Names();

    [Theory]
    [MemberData(nameof(Parts))]
    public async Task Held_out_scenarios_pass_in_total(string part)
    {
        var row = HeldOutParts.Named(part);
        var all = row.Scenarios;
        var passed = await ScenarioRunner.CountPassingAsync(all);

        // Totals only: which turns fail is never printed, so the set stays unseen.
        var failingTurns = 0;
        foreach (var scenario in all)
        {
            failingTurns += (await ScenarioRunner.AllFailuresAsync(scenario)).Count;
        }

        var turns = all.Sum(s => s.Turns.Count);
        output.WriteLine($"held-out {row.Number} scenarios passed: {passed} of {all.Count} ({100.0 * passed / all.Count:F1} %)");
        output.WriteLine($"held-out {row.Number} failing turns (each conversation played on): {failingTurns} of {turns} ({100.0 * failingTurns / turns:F1} %)");
        Assert.True(passed >= row.PassFloor, $"{passed} of {all.Count} passed, floor {row.PassFloor}");
        Assert.True(failingTurns <= row.FailingTurnCeiling, $"{failingTurns} of {turns} turns failed, ceiling {row.FailingTurnCeiling}");
    }

    [Theory]
    [MemberData(nameof(Parts))]
    public void The_held_out_batch_has_forty_scenarios_half_in_chinese_with_unique_names(string part)
    {
        var all = HeldOutParts.Named(part).Scenarios;
        Assert.True(all.Count >= 40, $"{all.Count} scenarios");
        Assert.True(all.Count(s => s.IsChinese) * 2 >= all.Count, $"{all.Count(s => s.IsChinese)} of {all.Count} in Chinese");
        var names = all.Concat(HeldOutParts.EarlierScenarios(part)).Select(s => s.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    /// <summary>Each conversation is a whole goal of realistic length, so a goal is not lost only by sheer length.</summary>
    [Theory]
    [MemberData(nameof(Parts))]
    public void Each_held_out_conversation_has_six_to_fourteen_turns(string part)
    {
        var outside = HeldOutParts.Named(part).Scenarios.Where(s => s.Turns.Count is < 6 or > 14).Select(s => $"{s.Name}: {s.Turns.Count}").ToList();
        Assert.Empty(outside);
    }

    /// <summary>
    /// Each longer message is new wording: none appears in an earlier batch's conversations, prompt replies or openings
    /// (short answers and commands like "yes" or "cancel" may repeat).
    /// </summary>
    [Theory]
    [MemberData(nameof(Parts))]
    public void The_held_out_batch_reuses_no_longer_message_of_an_earlier_batch(string part)
    {
        var earlier = HeldOutParts.EarlierScenarios(part).SelectMany(s => s.Turns).Select(t => t.Say)
            .Concat(HeldOutParts.EarlierReplies(part)).Concat(HeldOutParts.EarlierOpenings(part))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var reused = HeldOutParts.Named(part).Scenarios.SelectMany(s => s.Turns).Select(t => t.Say)
            .Where(say => say.Length >= 8 && earlier.Contains(say)).ToList();
        Assert.Empty(reused);
    }
}
