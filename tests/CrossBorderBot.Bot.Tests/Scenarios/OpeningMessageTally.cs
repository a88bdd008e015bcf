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
            using var user = new GuideSession(locale);
            right += Regex.IsMatch((await user.SayAsync(text)).Text, expect) ? 1 : 0;
        }

        return right;
    }
}
