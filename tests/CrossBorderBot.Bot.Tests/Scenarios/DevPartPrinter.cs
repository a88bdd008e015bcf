using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The one printer of dev material, shared by every dev set's tests: a set's total with each failing scenario's first
/// miss, a dev part's scenarios, prompt replies and openings with their misses, and every failing turn of a part played
/// on past the first failure (a later turn may fail for a reason of its own, which the first failure hides). Each
/// printing method checks the figures against the part's floor (<see cref="DevParts"/>), so a printer can fail. Never
/// for a held-out set: its misses must stay unseen (those print totals only, see the pass's measure tests).
/// </summary>
public sealed class DevPartPrinter(ITestOutputHelper output)
{
    /// <summary>How many of the scenarios pass; prints each failing one's first miss and the total.</summary>
    public async Task<int> CountPassedAsync(IReadOnlyList<ConversationScenario> all, string label)
    {
        var passed = await ScenarioRunner.CountPassingAsync(all, (scenario, failure) => output.WriteLine($"MISS {scenario.Name}: {failure}\n"));

        output.WriteLine($"{label} passed: {passed} of {all.Count} ({100.0 * passed / Math.Max(1, all.Count):F1} %)");
        return passed;
    }

    /// <summary>Prints the part's scenario, reply and opening misses and asserts the figures hold the part's floor.</summary>
    public async Task PrintMissesAndHoldFloorAsync(DevPart part)
    {
        var passed = await CountPassedAsync(part.Scenarios, part.Name + " scenarios");

        var notUnderstood = 0;
        var notTaken = 0;
        foreach (var reply in part.Replies)
        {
            var seen = await PromptReplyMeasureTests.ReplyToAsync(reply);
            var missed = Regex.IsMatch(seen, ScenarioPatterns.NotUnderstood) || Regex.IsMatch(seen, ScenarioPatterns.GaveUp);
            var retried = Regex.IsMatch(seen, ScenarioPatterns.Retried);
            notUnderstood += missed ? 1 : 0;
            notTaken += missed || retried ? 1 : 0;
            if (missed || retried)
            {
                output.WriteLine($"{(missed ? "MISS" : "RETRY")} reply {reply}\n    -> {OneLine(seen)}");
            }
        }

        output.WriteLine($"{part.Name} replies: didn't understand {notUnderstood}, not taken {notTaken} of {part.Replies.Count}");

        var right = 0;
        foreach (var opening in part.Openings)
        {
            var ok = await OpeningMessageTally.CountRightAsync([opening]) == 1;
            right += ok ? 1 : 0;
            if (!ok)
            {
                output.WriteLine($"MISS opening {opening.Text} (expected /{opening.Expect}/)");
            }
        }

        output.WriteLine($"{part.Name} openings read right: {right} of {part.Openings.Count}");

        var floor = part.Floor;
        Assert.True(passed >= floor.Scenarios, $"{part.Name}: {passed} of {part.Scenarios.Count} scenarios passed, floor {floor.Scenarios}");
        Assert.True(notUnderstood <= floor.NotUnderstood, $"{part.Name}: {notUnderstood} replies got didn't-understand, ceiling {floor.NotUnderstood}");
        Assert.True(notTaken <= floor.NotTaken, $"{part.Name}: {notTaken} replies not taken, ceiling {floor.NotTaken}");
        Assert.True(right >= floor.Openings, $"{part.Name}: {right} of {part.Openings.Count} openings read right, floor {floor.Openings}");
    }

    /// <summary>Prints every failing turn of the part's scenarios and asserts there are no more than its ceiling.</summary>
    public async Task PrintEveryFailingTurnAndHoldCeilingAsync(DevPart part)
    {
        var turns = 0;
        foreach (var scenario in part.Scenarios)
        {
            foreach (var failure in await ScenarioRunner.AllFailuresAsync(scenario))
            {
                turns++;
                output.WriteLine($"TURN {scenario.Name}: {OneLine(failure)}");
            }
        }

        output.WriteLine($"{part.Name} failing turns: {turns}");
        var ceiling = part.Floor.FailingTurns ?? throw new InvalidOperationException($"{part.Name}: no ceiling of failing turns measured yet");
        Assert.True(turns <= ceiling, $"{part.Name}: {turns} failing turns, ceiling {ceiling}");
    }

    private static string OneLine(string text) => Regex.Replace(text, @"\s+", " ") is var line && line.Length > 700 ? line[..700] + "…" : line;
}
