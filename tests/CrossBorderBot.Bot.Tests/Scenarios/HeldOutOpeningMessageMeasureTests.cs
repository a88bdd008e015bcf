using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Each held-out part's opening messages (<see cref="HeldOutParts"/>, a theory row a part), measured apart from the older
/// sets: only the total is printed, never which messages are read wrong, so the set stays unseen. And the set's shape:
/// sixteen or more new messages in both languages. One part:
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "FullyQualifiedName~HeldOutOpeningMessageMeasureTests&amp;DisplayName~twentyFifth"</c>.
/// </summary>
public sealed class HeldOutOpeningMessageMeasureTests(ITestOutputHelper output)
{
    public static TheoryData<string> Parts => HeldOutParts.Names();

    [Theory]
    [MemberData(nameof(Parts))]
    public Task Held_out_opening_messages_are_read_as_the_task_question_or_problem_they_are(string part)
    {
        var row = HeldOutParts.Named(part);
        return OpeningMessageTally.AssertRightAtLeastAsync(output, row.Number, row.Openings, row.OpeningFloor);
    }

    [Theory]
    [MemberData(nameof(Parts))]
    public void The_held_out_set_has_sixteen_or_more_new_messages_in_both_languages(string part)
    {
        var all = HeldOutParts.Named(part).Openings;
        Assert.True(all.Count >= 16, $"{all.Count} messages");
        Assert.True(all.Count(c => CrossBorderBot.Language.LocaleLanguage.IsChinese(c.Locale)) * 2 >= all.Count);
        var earlier = HeldOutParts.EarlierOpenings(part).Concat(HeldOutParts.EarlierReplies(part))
            .Concat(HeldOutParts.EarlierScenarios(part).SelectMany(s => s.Turns).Select(t => t.Say))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var reused = all.Select(c => c.Text).Where(earlier.Contains).ToList();
        Assert.Empty(reused);
    }
}
