using System.Text.RegularExpressions;
using CrossBorderBot.Tests.TestUtilities;
using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The sixth pass's held-out opening messages (<see cref="SixthOpeningMessageCases"/>), measured apart from the older
/// sets (<c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "FullyQualifiedName~SixthOpeningMessageMeasure"
/// --logger "console;verbosity=detailed"</c>). The floor only ever goes up.
/// </summary>
public sealed class SixthOpeningMessageMeasureTests(ITestOutputHelper output)
{
    // At the commit that added the set (before any sixth-pass behaviour change): 15 of 16.
    private const int RightFloor = 15;

    [Fact]
    public async Task Held_out_opening_messages_are_read_as_the_task_question_or_problem_they_are()
    {
        var wrong = new List<string>();
        foreach (var (locale, text, expect) in SixthOpeningMessageCases.All)
        {
            using var user = new GuideSession(locale);
            var seen = (await user.SayAsync(text)).Text;
            if (!Regex.IsMatch(seen, expect))
            {
                wrong.Add($"{text} (expected /{expect}/)");
            }
        }

        var all = SixthOpeningMessageCases.All.Count;
        var right = all - wrong.Count;
        output.WriteLine($"held-out 6 opening messages read right: {right} of {all} ({100.0 * right / all:F1} %)");
        foreach (var miss in wrong)
        {
            output.WriteLine("  wrong: " + miss);
        }

        Assert.True(right >= RightFloor, $"{right} of {all} right, floor {RightFloor}");
    }

    [Fact]
    public void The_held_out_set_has_fifteen_or_more_new_messages_in_both_languages()
    {
        var all = SixthOpeningMessageCases.All;
        Assert.True(all.Count >= 15, $"{all.Count} messages");
        Assert.True(all.Count(c => CrossBorderBot.Language.LocaleLanguage.IsChinese(c.Locale)) * 2 >= all.Count);
        var older = OpeningMessageCases.All.Select(c => c.Text).Concat(FifthOpeningMessageCases.All.Select(c => c.Text));
        Assert.Empty(all.Select(c => c.Text).Intersect(older));
    }
}
