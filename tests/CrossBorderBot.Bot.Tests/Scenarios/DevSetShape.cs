namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The shape every understanding dev set is held to, written once for the dev tests that share it: twenty or more
/// conversations, half in Chinese, each with its own name, and no message longer than a plain answer taken from the
/// material the set was written after (new situations, not their phrases again).
/// </summary>
public static class DevSetShape
{
    public static void HasTwentyOrMoreHalfInChineseWithUniqueNames(IReadOnlyList<ConversationScenario> all)
    {
        Assert.True(all.Count >= 20, $"{all.Count} scenarios");
        Assert.True(all.Count(s => s.IsChinese) * 2 >= all.Count, $"{all.Count(s => s.IsChinese)} of {all.Count} in Chinese");
        Assert.Equal(all.Count, all.Select(s => s.Name).Distinct().Count());
    }

    public static void ReusesNoLongerMessageOf(IReadOnlyList<ConversationScenario> all, IEnumerable<string> earlierMessages)
    {
        var earlier = earlierMessages.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var reused = all.SelectMany(s => s.Turns).Select(t => t.Say)
            .Where(say => say.Length > 8 && earlier.Contains(say)).ToList();
        Assert.Empty(reused);
    }
}
