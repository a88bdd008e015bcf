using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The tenth pass's held-out opening messages (<see cref="TenthOpeningMessageCases"/>), measured apart from the
/// older sets (<c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "FullyQualifiedName~TenthOpeningMessageMeasure"</c>).
/// Only the total is printed, never which messages are read wrong, so the set stays unseen. The floor only ever goes up.
/// </summary>
public sealed class TenthOpeningMessageMeasureTests(ITestOutputHelper output)
{
    // Measured once after the commit that added the set (e00017b), before any tenth-pass behaviour change: 14 of 16.
    private const int RightFloor = 14;

    [Fact]
    public async Task Held_out_opening_messages_are_read_as_the_task_question_or_problem_they_are()
    {
        var right = await OpeningMessageTally.CountRightAsync(TenthOpeningMessageCases.All);

        var all = TenthOpeningMessageCases.All.Count;
        output.WriteLine($"held-out 10 opening messages read right: {right} of {all} ({100.0 * right / all:F1} %)");
        Assert.True(right >= RightFloor, $"{right} of {all} right, floor {RightFloor}");
    }

    [Fact]
    public void The_held_out_set_has_sixteen_or_more_new_messages_in_both_languages()
    {
        var all = TenthOpeningMessageCases.All;
        Assert.True(all.Count >= 16, $"{all.Count} messages");
        Assert.True(all.Count(c => CrossBorderBot.Language.LocaleLanguage.IsChinese(c.Locale)) * 5 >= all.Count * 2);
        var older = OpeningMessageCases.All.Select(c => c.Text).Concat(FifthOpeningMessageCases.All.Select(c => c.Text))
            .Concat(SixthOpeningMessageCases.All.Select(c => c.Text)).Concat(SeventhOpeningMessageCases.All.Select(c => c.Text))
            .Concat(EighthOpeningMessageCases.All.Select(c => c.Text)).Concat(NinthOpeningMessageCases.All.Select(c => c.Text));
        Assert.Empty(all.Select(c => c.Text).Intersect(older, StringComparer.OrdinalIgnoreCase));
    }
}
