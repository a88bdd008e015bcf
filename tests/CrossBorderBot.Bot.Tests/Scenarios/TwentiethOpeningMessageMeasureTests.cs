using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The twentieth pass's held-out opening messages (<see cref="TwentiethOpeningMessageCases"/>), measured apart from the
/// older sets (<c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "FullyQualifiedName~TwentiethOpeningMessageMeasure"</c>).
/// Only the total is printed, never which messages are read wrong, so the set stays unseen. The floor only ever goes up.
/// </summary>
public sealed class TwentiethOpeningMessageMeasureTests(ITestOutputHelper output)
{
    // Measured once after the commit that added the batch (a3e96e9), before any twentieth-pass behaviour change: 16 of 16.
    private const int RightFloor = 16;

    [Fact]
    public async Task Held_out_opening_messages_are_read_as_the_task_question_or_problem_they_are()
    {
        var right = await OpeningMessageTally.CountRightAsync(TwentiethOpeningMessageCases.All);

        var all = TwentiethOpeningMessageCases.All.Count;
        output.WriteLine($"held-out 20 opening messages read right: {right} of {all} ({100.0 * right / all:F1} %)");
        Assert.True(right >= RightFloor, $"{right} of {all} right, floor {RightFloor}");
    }

    [Fact]
    public void The_held_out_set_has_sixteen_or_more_new_messages_in_both_languages()
    {
        var all = TwentiethOpeningMessageCases.All;
        Assert.True(all.Count >= 16, $"{all.Count} messages");
        Assert.True(all.Count(c => CrossBorderBot.Language.LocaleLanguage.IsChinese(c.Locale)) * 2 >= all.Count);
        var older = OpeningMessageCases.All.Concat(FifthOpeningMessageCases.All).Concat(SixthOpeningMessageCases.All)
            .Concat(SeventhOpeningMessageCases.All).Concat(EighthOpeningMessageCases.All).Concat(NinthOpeningMessageCases.All)
            .Concat(TenthOpeningMessageCases.All).Concat(EleventhOpeningMessageCases.All).Concat(TwelfthOpeningMessageCases.All)
            .Concat(ThirteenthOpeningMessageCases.All).Concat(FourteenthOpeningMessageCases.All).Concat(FifteenthOpeningMessageCases.All)
            .Concat(SixteenthOpeningMessageCases.All).Concat(SeventeenthOpeningMessageCases.All).Concat(EighteenthOpeningMessageCases.All)
            .Concat(NineteenthOpeningMessageCases.All)
            .Select(c => c.Text);
        Assert.Empty(all.Select(c => c.Text).Intersect(older, StringComparer.OrdinalIgnoreCase));
    }
}
