using System.Text.RegularExpressions;
using CrossBorderBot.Tests.TestUtilities;

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

    /// <summary>Each opening played once per test run: a dev part's measure and its printer read the same reply.</summary>
    private static readonly PlayedOnce<(string Locale, string Text), string> FirstReplies = new(FirstReplyAsync);

    private static async Task<string> FirstReplyAsync((string Locale, string Text) opening)
    {
        using var user = new GuideSession(opening.Locale);
        return (await user.SayAsync(opening.Text)).Text;
    }
}
