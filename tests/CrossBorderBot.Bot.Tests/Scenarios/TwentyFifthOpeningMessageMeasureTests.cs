using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The twenty-fifth pass's held-out opening messages (<see cref="TwentyFifthOpeningMessageCases"/>), measured apart from
/// the older sets (<c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "FullyQualifiedName~TwentyFifthOpeningMessageMeasure"</c>).
/// Only the total is printed, never which messages are read wrong, so the set stays unseen. The floor only ever goes up.
/// </summary>
public sealed class TwentyFifthOpeningMessageMeasureTests(ITestOutputHelper output)
{
    // Measured once on the base 1cd9d42 plus only this batch's test files (386efe0, the commit that added them), before
    // any twenty-fifth-pass behaviour change: 14 of 16.
    private const int RightFloor = 14;

    [Fact]
    public async Task Held_out_opening_messages_are_read_as_the_task_question_or_problem_they_are()
    {
        var right = await OpeningMessageTally.CountRightAsync(TwentyFifthOpeningMessageCases.All);

        var all = TwentyFifthOpeningMessageCases.All.Count;
        output.WriteLine($"held-out 25 opening messages read right: {right} of {all} ({100.0 * right / all:F1} %)");
        Assert.True(right >= RightFloor, $"{right} of {all} right, floor {RightFloor}");
    }

    [Fact]
    public void The_held_out_set_has_sixteen_or_more_new_messages_in_both_languages()
    {
        var all = TwentyFifthOpeningMessageCases.All;
        Assert.True(all.Count >= 16, $"{all.Count} messages");
        Assert.True(all.Count(c => CrossBorderBot.Language.LocaleLanguage.IsChinese(c.Locale)) * 2 >= all.Count);
        var earlier = EarlierOpenings().Concat(TwentyFifthPromptReplyMeasureTests.EarlierReplies())
            .Concat(TwentyFifthPassScenarioTests.EarlierScenarios().SelectMany(s => s.Turns).Select(t => t.Say))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var reused = all.Select(c => c.Text).Where(earlier.Contains).ToList();
        Assert.Empty(reused);
    }

    /// <summary>Every earlier opening-message set, the twenty-fourth included.</summary>
    internal static IEnumerable<string> EarlierOpenings() =>
        TwentyFourthOpeningMessageCases.All.Select(c => c.Text).Concat(TwentyFourthOpeningMessageMeasureTests.EarlierOpenings());
}
