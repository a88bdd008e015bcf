using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The seventh pass's held-out prompt replies (<see cref="SeventhPromptReplyCases"/>), measured apart from the older sets
/// (<c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "FullyQualifiedName~SeventhPromptReplyMeasure"</c>). Only
/// the totals are printed, never which replies miss, so the set stays unseen. The ceilings only ever go down.
/// </summary>
public sealed class SeventhPromptReplyMeasureTests(ITestOutputHelper output)
{
    // Measured once after the commit that added the set, before any seventh-pass behaviour change: 3 of 52 (5.8 %) said
    // "didn't understand"; 4 of 52 (7.7 %) were not taken at all.
    // Still held out in the eighth pass (only the seventh's scenarios became dev material): 2 of 52 and 3 of 52 after it.
    private const int MissCeiling = 2;
    private const int NotTakenCeiling = 3;

    [Fact]
    public async Task Held_out_natural_replies_at_guide_prompts_are_taken()
    {
        // Counts only: which replies miss is never printed, so the set stays unseen.
        var tally = await PromptReplyTally.MeasureAsync(SeventhPromptReplyCases.All);
        var misses = tally.Misses.Count;
        var notTaken = tally.NotTaken.Count;

        var all = SeventhPromptReplyCases.All.Count;
        output.WriteLine($"held-out 7 didn't-understand replies: {misses} of {all} ({100.0 * misses / all:F1} %)");
        output.WriteLine($"held-out 7 replies not taken: {notTaken} of {all} ({100.0 * notTaken / all:F1} %)");
        Assert.True(misses <= MissCeiling, $"{misses} of {all} got didn't-understand, ceiling {MissCeiling}");
        Assert.True(notTaken <= NotTakenCeiling, $"{notTaken} of {all} not taken, ceiling {NotTakenCeiling}");
    }

    [Fact]
    public void The_held_out_set_has_fifty_or_more_new_replies_and_two_fifths_are_in_chinese()
    {
        var all = SeventhPromptReplyCases.All;
        Assert.True(all.Count >= 50, $"{all.Count} replies");
        Assert.True(all.Count(c => CrossBorderBot.Language.LocaleLanguage.IsChinese(c.Locale)) * 5 >= all.Count * 2);
        var older = PromptReplyCases.All.Concat(FifthPromptReplyCases.All).Concat(SixthPromptReplyCases.All).Select(c => c.Reply);
        Assert.Empty(all.Select(c => c.Reply).Intersect(older, StringComparer.OrdinalIgnoreCase));
    }
}
