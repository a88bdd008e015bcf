using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// One row of a guide test table: what the user says (or clicks) and the fragments the bot's reply must contain — the
/// BotBuilder samples' utterance → expected reply, over a whole turn of the real bot.
/// </summary>
public sealed record GuideExchange(string Input, bool IsClick, IReadOnlyList<GuideExpectation> Expected)
{
    public static GuideExchange Say(string text, string? expected = null, GuideTurnPart part = GuideTurnPart.Text) =>
        new(text, false, expected is null ? [] : [new GuideExpectation(expected, part)]);

    public static GuideExchange Click(string title, string? expected = null, GuideTurnPart part = GuideTurnPart.Text) =>
        new(title, true, expected is null ? [] : [new GuideExpectation(expected, part)]);

    /// <summary>This row with one more fragment the same turn must show.</summary>
    public GuideExchange And(string expected, GuideTurnPart part = GuideTurnPart.Text) => this with { Expected = [.. Expected, new GuideExpectation(expected, part)] };

    /// <summary>Plays the rows in order, checking each row's fragments; returns the last turn for the assertions on the result.</summary>
    public static async Task<GuideTurn> PlayAsync(GuideSession user, params GuideExchange[] rows)
    {
        var turn = user.Last;
        foreach (var row in rows)
        {
            turn = row.IsClick ? await user.ClickAsync(row.Input) : await user.SayAsync(row.Input);
            foreach (var expected in row.Expected)
            {
                expected.Check(row.Input, turn);
            }
        }

        return turn;
    }
}
