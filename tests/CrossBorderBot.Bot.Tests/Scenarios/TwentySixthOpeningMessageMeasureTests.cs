using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The twenty-sixth pass's held-out opening messages (<see cref="TwentySixthOpeningMessageCases"/>), measured apart from
/// the older sets (<c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "FullyQualifiedName~TwentySixthOpeningMessageMeasure"</c>).
/// Only the total is printed, never which messages are read wrong, so the set stays unseen. The floor only ever goes up.
/// </summary>
public sealed class TwentySixthOpeningMessageMeasureTests(ITestOutputHelper output)
{
    // Measured once on the base 55672fe plus only this batch's test files (f5acae3, the commit that added them), before
    // any behaviour change of this pass (session 27): 15 of 16.
    private const int RightFloor = 15;

    [Fact]
    public async Task Held_out_opening_messages_are_read_as_the_task_question_or_problem_they_are()
    {
        var right = await OpeningMessageTally.CountRightAsync(TwentySixthOpeningMessageCases.All);

        var all = TwentySixthOpeningMessageCases.All.Count;
        output.WriteLine($"held-out 26 opening messages read right: {right} of {all} ({100.0 * right / all:F1} %)");
        Assert.True(right >= RightFloor, $"{right} of {all} right, floor {RightFloor}");
    }

    [Fact]
    public void The_held_out_set_has_sixteen_or_more_new_messages_in_both_languages()
    {
        var all = TwentySixthOpeningMessageCases.All;
        Assert.True(all.Count >= 16, $"{all.Count} messages");
        Assert.True(all.Count(c => CrossBorderBot.Language.LocaleLanguage.IsChinese(c.Locale)) * 2 >= all.Count);
        var earlier = EarlierOpenings().Concat(TwentySixthPromptReplyMeasureTests.EarlierReplies())
            .Concat(TwentySixthPassScenarioTests.EarlierScenarios().SelectMany(s => s.Turns).Select(t => t.Say))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var reused = all.Select(c => c.Text).Where(earlier.Contains).ToList();
        Assert.Empty(reused);
    }

    /// <summary>Every earlier opening-message set, the twenty-fourth included.</summary>
    internal static IEnumerable<string> EarlierOpenings() =>
        TwentyFourthOpeningMessageCases.All.Select(c => c.Text).Concat(TwentyFourthOpeningMessageMeasureTests.EarlierOpenings());
}
