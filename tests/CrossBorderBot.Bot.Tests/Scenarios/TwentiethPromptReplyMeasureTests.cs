using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The twentieth pass's held-out prompt replies (<see cref="TwentiethPromptReplyCases"/>), measured apart from the
/// older sets (<c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "FullyQualifiedName~TwentiethPromptReplyMeasure"</c>).
/// Only the totals are printed, never which replies miss, so the set stays unseen. The ceilings only ever go down.
/// </summary>
public sealed class TwentiethPromptReplyMeasureTests(ITestOutputHelper output)
{
    // Measured once after the commit that added the batch (a3e96e9), before any twentieth-pass behaviour change: 4 of 60
    // (6.7 %) said "didn't understand"; 8 of 60 (13.3 %) were not taken at all.
    private const int MissCeiling = 4;
    private const int NotTakenCeiling = 8;

    [Fact]
    public async Task Held_out_natural_replies_at_guide_prompts_are_taken()
    {
        // Counts only: which replies miss is never printed, so the set stays unseen.
        var tally = await PromptReplyTally.MeasureAsync(TwentiethPromptReplyCases.All);
        var misses = tally.Misses.Count;
        var notTaken = tally.NotTaken.Count;

        var all = TwentiethPromptReplyCases.All.Count;
        output.WriteLine($"held-out 20 didn't-understand replies: {misses} of {all} ({100.0 * misses / all:F1} %)");
        output.WriteLine($"held-out 20 replies not taken: {notTaken} of {all} ({100.0 * notTaken / all:F1} %)");
        Assert.True(misses <= MissCeiling, $"{misses} of {all} got didn't-understand, ceiling {MissCeiling}");
        Assert.True(notTaken <= NotTakenCeiling, $"{notTaken} of {all} not taken, ceiling {NotTakenCeiling}");
    }

    [Fact]
    public void The_held_out_set_has_sixty_new_replies_and_half_are_in_chinese()
    {
        var all = TwentiethPromptReplyCases.All;
        Assert.True(all.Count >= 60, $"{all.Count} replies");
        Assert.True(all.Count(c => CrossBorderBot.Language.LocaleLanguage.IsChinese(c.Locale)) * 2 >= all.Count);
        var older = PromptReplyCases.All.Concat(FifthPromptReplyCases.All).Concat(SixthPromptReplyCases.All)
            .Concat(SeventhPromptReplyCases.All).Concat(EighthPromptReplyCases.All).Concat(NinthPromptReplyCases.All).Concat(TenthPromptReplyCases.All)
            .Concat(EleventhPromptReplyCases.All).Concat(TwelfthPromptReplyCases.All).Concat(ThirteenthPromptReplyCases.All)
            .Concat(FourteenthPromptReplyCases.All).Concat(FifteenthPromptReplyCases.All).Concat(SixteenthPromptReplyCases.All)
            .Concat(SeventeenthPromptReplyCases.All).Concat(EighteenthPromptReplyCases.All).Concat(NineteenthPromptReplyCases.All)
            .Select(c => c.Reply);
        Assert.Empty(all.Select(c => c.Reply).Intersect(older, StringComparer.OrdinalIgnoreCase));
    }
}
