using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// What a set of prompt replies got when played through the real bot one by one: the replies answered with "didn't
/// understand" (or with the guide giving up), and the wider set not taken at all (also the question asked again with
/// its retry hint, which typed prompts give instead). One reading of a reply for every pass's measure.
/// </summary>
internal sealed record PromptReplyTally(IReadOnlyList<string> Misses, IReadOnlyList<string> NotTaken)
{
    public static async Task<PromptReplyTally> MeasureAsync(IEnumerable<PromptReplyCase> replies)
    {
        var misses = new List<string>();
        var notTaken = new List<string>();
        foreach (var reply in replies)
        {
            var seen = await PromptReplyMeasureTests.ReplyToAsync(reply);
            var notUnderstood = Regex.IsMatch(seen, ScenarioPatterns.NotUnderstood);
            if (notUnderstood || Regex.IsMatch(seen, ScenarioPatterns.GaveUp))
            {
                misses.Add(reply.ToString());
            }

            if (notUnderstood || Regex.IsMatch(seen, ScenarioPatterns.Retried))
            {
                notTaken.Add(reply.ToString());
            }
        }

        return new PromptReplyTally(misses, notTaken);
    }

    /// <summary>
    /// Measures a held-out set and holds it to its ceilings, printing the totals only (which replies miss is never
    /// printed, so the set stays unseen): the one measure of every part's table.
    /// </summary>
    public static async Task AssertTotalsWithinAsync(
        ITestOutputHelper output, string number, IReadOnlyList<PromptReplyCase> replies, int missCeiling, int notTakenCeiling)
    {
        var tally = await MeasureAsync(replies);
        var misses = tally.Misses.Count;
        var notTaken = tally.NotTaken.Count;

        var all = replies.Count;
        output.WriteLine($"held-out {number} didn't-understand replies: {misses} of {all} ({100.0 * misses / all:F1} %)");
        output.WriteLine($"held-out {number} replies not taken: {notTaken} of {all} ({100.0 * notTaken / all:F1} %)");
        Assert.True(misses <= missCeiling, $"{misses} of {all} got didn't-understand, ceiling {missCeiling}");
        Assert.True(notTaken <= notTakenCeiling, $"{notTaken} of {all} not taken, ceiling {notTakenCeiling}");
    }
}
