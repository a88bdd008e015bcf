using System.Text.RegularExpressions;
using CrossBorderBot.Tests.TestUtilities;
using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// How often the bot reads an opening message for what it is (a task stated, or a question asked), on
/// <see cref="OpeningMessageCases"/>; prints each miss (<c>dotnet test tests/CrossBorderBot.Bot.Tests --filter
/// "FullyQualifiedName~OpeningMessageMeasure" --logger "console;verbosity=detailed"</c>). The floor only ever goes up.
/// </summary>
public sealed class OpeningMessageMeasureTests(ITestOutputHelper output)
{
    // Before the fourth pass changed the arbiter: 27 of 30 (the two English stated needs to ship and the Chinese "不知道上哪个网站" were wrong).
    // After the fourth pass's arbiter change (a question asking which option fits, with a guide's facts): 28 of 30.
    // Measured 30 of 30 after the sixth pass and again after the seventh; the floor follows.
    private const int RightFloor = 30;

    [Fact]
    public async Task Opening_messages_are_read_as_the_task_or_the_question_they_are()
    {
        var wrong = new List<string>();
        foreach (var (locale, text, expect) in OpeningMessageCases.All)
        {
            using var user = new GuideSession(locale);
            var seen = (await user.SayAsync(text)).Text;
            if (!Regex.IsMatch(seen, expect))
            {
                wrong.Add($"{text} (expected /{expect}/)");
            }
        }

        var all = OpeningMessageCases.All.Count;
        var right = all - wrong.Count;
        output.WriteLine($"opening messages read right: {right} of {all} ({100.0 * right / all:F1} %)");
        foreach (var miss in wrong)
        {
            output.WriteLine("  wrong: " + miss);
        }

        Assert.True(right >= RightFloor, $"{right} of {all} right, floor {RightFloor}");
    }
}
