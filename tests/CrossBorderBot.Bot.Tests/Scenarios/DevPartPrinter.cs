using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The one printer of dev material, shared by every dev set's tests: a set's total with each failing scenario's first
/// miss, a dev part's scenarios, prompt replies and openings with their misses, and every failing turn of a part played
/// on past the first failure (a later turn may fail for a reason of its own, which the first failure hides). The
/// "Hold" methods check the figures against the part's floor (<see cref="DevParts"/>), so a printer can fail; the plain
/// ones return the figures to a caller that holds its own. Never for a held-out set: its misses must stay unseen (those
/// print totals only, see the pass's measure tests).
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
        var (passed, notUnderstood, notTaken, right) = await PrintMissesAsync(part.Name, part.Scenarios, part.Replies, part.Openings);

        var floor = part.Floor;
        Assert.True(passed >= floor.Scenarios, $"{part.Name}: {passed} of {part.Scenarios.Count} scenarios passed, floor {floor.Scenarios}");
        Assert.True(notUnderstood <= floor.NotUnderstood, $"{part.Name}: {notUnderstood} replies got didn't-understand, ceiling {floor.NotUnderstood}");
        Assert.True(notTaken <= floor.NotTaken, $"{part.Name}: {notTaken} replies not taken, ceiling {floor.NotTaken}");
        Assert.True(right >= floor.Openings, $"{part.Name}: {right} of {part.Openings.Count} openings read right, floor {floor.Openings}");
    }

    /// <summary>
    /// Prints a part's scenario, reply and opening misses with its totals, and returns the totals: scenarios passed,
    /// replies answered "didn't understand", replies not taken (those and the retried ones), openings read right.
    /// </summary>
    public async Task<(int Passed, int NotUnderstood, int NotTaken, int OpeningsRight)> PrintMissesAsync(
        string name,
        IReadOnlyList<ConversationScenario> scenarios,
        IReadOnlyList<PromptReplyCase> replies,
        IReadOnlyList<(string Locale, string Text, string Expect)> openings)
    {
        var passed = await CountPassedAsync(scenarios, name + " scenarios");

        var notUnderstood = 0;
        var notTaken = 0;
        foreach (var reply in replies)
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

        output.WriteLine($"{name} replies: didn't understand {notUnderstood}, not taken {notTaken} of {replies.Count}");

        var right = 0;
        foreach (var opening in openings)
        {
            var ok = await OpeningMessageTally.CountRightAsync([opening]) == 1;
            right += ok ? 1 : 0;
            if (!ok)
            {
                output.WriteLine($"MISS opening {opening.Text} (expected /{opening.Expect}/)");
            }
        }

        output.WriteLine($"{name} openings read right: {right} of {openings.Count}");
        return (passed, notUnderstood, notTaken, right);
    }

    /// <summary>Prints every failing turn of the part's scenarios and asserts there are no more than its ceiling.</summary>
    public async Task PrintEveryFailingTurnAndHoldCeilingAsync(DevPart part)
    {
        var turns = await PrintEveryFailingTurnAsync(part.Name, part.Scenarios);
        var ceiling = part.Floor.FailingTurns ?? throw new InvalidOperationException($"{part.Name}: no ceiling of failing turns measured yet");
        Assert.True(turns <= ceiling, $"{part.Name}: {turns} failing turns, ceiling {ceiling}");
    }

    /// <summary>Prints every failing turn of the scenarios, each played on past its first failure, and returns how many.</summary>
    public async Task<int> PrintEveryFailingTurnAsync(string name, IReadOnlyList<ConversationScenario> scenarios)
    {
        var turns = 0;
        foreach (var scenario in scenarios)
        {
            foreach (var failure in await ScenarioRunner.AllFailuresAsync(scenario))
            {
                turns++;
                output.WriteLine($"TURN {scenario.Name}: {OneLine(failure)}");
            }
        }

        output.WriteLine($"{name} failing turns: {turns}");
        return turns;
    }

    private static string OneLine(string text) => Regex.Replace(text, @"\s+", " ") is var line && line.Length > 700 ? line[..700] + "…" : line;
}
