using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The seventeenth pass's held-out opening messages (<see cref="SeventeenthOpeningMessageCases"/>), measured apart from the
/// older sets (<c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "FullyQualifiedName~SeventeenthOpeningMessageMeasure"</c>).
/// Only the total is printed, never which messages are read wrong, so the set stays unseen. The floor only ever goes up.
/// </summary>
public sealed class SeventeenthOpeningMessageMeasureTests(ITestOutputHelper output)
{
    // Measured once after the commit that added the set (0e61675), before any seventeenth-pass behaviour change: 16 of 16.
    // After the pass's merge (every helper branch): 15 of 16. The answers branch's change of the lead sentence lost one
    // opening (bisected by branch on totals alone; which one was not looked at): the floor follows, the loss is reported.
    // Eighteenth pass (the set is development material now): the lost opening was "卖到欧洲的充电宝需要哪些认证" — the new
    // product-requirements reply did not read "欧洲" (a region, not a market) and asked back with no sources. A region now
    // names its markets and a reply that asks back cites the marks it lists: 16 of 16 again.
    private const int RightFloor = 16;

    [Fact]
    public async Task Held_out_opening_messages_are_read_as_the_task_question_or_problem_they_are()
    {
        var right = await OpeningMessageTally.CountRightAsync(SeventeenthOpeningMessageCases.All);

        var all = SeventeenthOpeningMessageCases.All.Count;
        output.WriteLine($"held-out 17 opening messages read right: {right} of {all} ({100.0 * right / all:F1} %)");
        Assert.True(right >= RightFloor, $"{right} of {all} right, floor {RightFloor}");
    }

    [Fact]
    public void The_held_out_set_has_sixteen_or_more_new_messages_in_both_languages()
    {
        var all = SeventeenthOpeningMessageCases.All;
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
            .Concat(SixteenthOpeningMessageCases.All.Select(c => c.Text));
        Assert.Empty(all.Select(c => c.Text).Intersect(older, StringComparer.OrdinalIgnoreCase));
    }
}
