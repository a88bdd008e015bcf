using System.Text.RegularExpressions;
using CrossBorderBot.Tests.TestUtilities;
using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// How many opening messages the real bot reads right, each as the first message of a new conversation: one reading
/// for every pass's measure (only the count, so a held-out set's misses stay unseen).
/// </summary>
internal static class OpeningMessageTally
{
    public static async Task<int> CountRightAsync(IEnumerable<(string Locale, string Text, string Expect)> openings)
    {
        var right = 0;
        foreach (var (locale, text, expect) in openings)
        {
            right += Regex.IsMatch(await FirstReplies.ResultOf((locale, text)), expect) ? 1 : 0;
        }

        return right;
    }

    /// <summary>
    /// Measures a held-out set and holds it to its floor, printing the total only (which messages are read wrong is never
    /// printed, so the set stays unseen): the one measure of every part's table.
    /// </summary>
    public static async Task AssertRightAtLeastAsync(
        ITestOutputHelper output, string number, IReadOnlyList<(string Locale, string Text, string Expect)> openings, int rightFloor)
    {
        var right = await CountRightAsync(openings);

        var all = openings.Count;
        output.WriteLine($"held-out {number} opening messages read right: {right} of {all} ({100.0 * right / all:F1} %)");
        Assert.True(right >= rightFloor, $"{right} of {all} right, floor {rightFloor}");
    }

    /// <summary>Each opening played once per test run: a dev part's measure and its printer read the same reply.</summary>
    private static readonly PlayedOnce<(string Locale, string Text), string> FirstReplies = new(FirstReplyAsync);

    private static async Task<string> FirstReplyAsync((string Locale, string Text) opening)
    {
        using var user = new GuideSession(opening.Locale);
        return (await user.SayAsync(opening.Text)).Text;
    }
}
