using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Each held-out part's prompt replies (<see cref="HeldOutParts"/>, a theory row a part), measured apart from the older
/// sets: only the totals are printed, never which replies miss, so the set stays unseen. And the set's shape: sixty or
/// more new replies, half in Chinese. One part:
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "FullyQualifiedName~HeldOutPromptReplyMeasureTests&amp;DisplayName~twentyFifth"</c>.
/// </summary>
public sealed class HeldOutPromptReplyMeasureTests(ITestOutputHelper output)
{
    public static TheoryData<string> Parts => HeldOutParts.Names();

    [Theory]
    [MemberData(nameof(Parts))]
    public Task Held_out_natural_replies_at_guide_prompts_are_taken(string part)
    {
        var row = HeldOutParts.Named(part);
        return PromptReplyTally.AssertTotalsWithinAsync(output, row.Number, row.Replies, row.MissCeiling, row.NotTakenCeiling);
    }

    [Theory]
    [MemberData(nameof(Parts))]
    public void The_held_out_set_has_sixty_new_replies_and_half_are_in_chinese(string part)
    {
        var all = HeldOutParts.Named(part).Replies;
        Assert.True(all.Count >= 60, $"{all.Count} replies");
        Assert.True(all.Count(c => CrossBorderBot.Language.LocaleLanguage.IsChinese(c.Locale)) * 2 >= all.Count);
        var earlier = HeldOutParts.EarlierReplies(part).Concat(HeldOutParts.EarlierScenarios(part).SelectMany(s => s.Turns).Select(t => t.Say))
            .Concat(HeldOutParts.EarlierOpenings(part)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var reused = all.Select(c => c.Reply).Where(reply => reply.Length >= 4 && earlier.Contains(reply)).ToList();
        Assert.Empty(reused);
        Assert.Equal(all.Count, all.Select(c => c.Reply).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }
}
