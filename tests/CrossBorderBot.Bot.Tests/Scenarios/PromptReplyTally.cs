using System.Text.RegularExpressions;

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
}
