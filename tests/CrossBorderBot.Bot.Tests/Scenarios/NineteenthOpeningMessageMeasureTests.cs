using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The nineteenth pass's held-out opening messages (<see cref="NineteenthOpeningMessageCases"/>), measured apart from the
/// older sets (<c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "FullyQualifiedName~NineteenthOpeningMessageMeasure"</c>).
/// Only the total is printed, never which messages are read wrong, so the set stays unseen. The floor only ever goes up.
/// </summary>
public sealed class NineteenthOpeningMessageMeasureTests(ITestOutputHelper output)
{
    // Measured once after the rewording commit 569eae4 (messages that echoed the tuners' example phrases), on 124e23a's
    // production code, before any nineteenth-pass behaviour change: 15 of 16. The first measurement, before rewording
    // (6db33b7): 15 of 16.
    private const int RightFloor = 15;

    [Fact]
    public async Task Held_out_opening_messages_are_read_as_the_task_question_or_problem_they_are()
    {
        var right = await OpeningMessageTally.CountRightAsync(NineteenthOpeningMessageCases.All);

        var all = NineteenthOpeningMessageCases.All.Count;
        output.WriteLine($"held-out 19 opening messages read right: {right} of {all} ({100.0 * right / all:F1} %)");
        Assert.True(right >= RightFloor, $"{right} of {all} right, floor {RightFloor}");
    }

    [Fact]
    public void The_held_out_set_has_sixteen_or_more_new_messages_in_both_languages()
    {
        var all = NineteenthOpeningMessageCases.All;
        Assert.True(all.Count >= 16, $"{all.Count} messages");
        Assert.True(all.Count(c => CrossBorderBot.Language.LocaleLanguage.IsChinese(c.Locale)) * 2 >= all.Count);
        var older = OpeningMessageCases.All.Select(c => c.Text).Concat(FifthOpeningMessageCases.All.Select(c => c.Text))
            .Concat(SixthOpeningMessageCases.All.Select(c => c.Text)).Concat(SeventhOpeningMessageCases.All.Select(c => c.Text))
            .Concat(EighthOpeningMessageCases.All.Select(c => c.Text)).Concat(NinthOpeningMessageCases.All.Select(c => c.Text))
            .Concat(TenthOpeningMessageCases.All.Select(c => c.Text)).Concat(EleventhOpeningMessageCases.All.Select(c => c.Text))
            .Concat(TwelfthOpeningMessageCases.All.Select(c => c.Text))
            .Concat(ThirteenthOpeningMessageCases.All.Select(c => c.Text))
            .Concat(FourteenthOpeningMessageCases.All.Select(c => c.Text))
            .Concat(FifteenthOpeningMessageCases.All.Select(c => c.Text))
            .Concat(SixteenthOpeningMessageCases.All.Select(c => c.Text))
            .Concat(SeventeenthOpeningMessageCases.All.Select(c => c.Text))
            .Concat(EighteenthOpeningMessageCases.All.Select(c => c.Text));
        Assert.Empty(all.Select(c => c.Text).Intersect(older, StringComparer.OrdinalIgnoreCase));
    }
}
