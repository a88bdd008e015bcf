namespace CrossBorderBot.Understanding;

/// <summary>
/// Words a message names as a part of something else: "earbuds with a lithium battery", "蓝牙耳机，有锂电池", "toys that
/// contain batteries". Next to another product such a mention says what the product holds (its goods), not a second
/// product sent.
/// </summary>
public static partial class ContainedMention
{
    /// <summary>True when every place <paramref name="words"/> stands in <paramref name="text"/> follows a "has / with / 含" word.</summary>
    public static bool OnlyContained(string text, string words) =>
        MentionPlaces.EveryPlaceFollows(text, words, HoldingWordBefore());

    // Right before the words: "with (a|some) (small) ", "contain(s|ing) ", "has/have ", "built-in ", "有", "带", "含",
    // "内置", "装有", "自带" (with at most one short word between: "有一块锂电池" reads "有" + "一块").
    [GeneratedRegex(@"(?:\b(?:with|contains?|containing|has|have|built-in|powered\s+by)\s+(?:(?:a|an|some|one|two|its|their)\s+)?(?:\w+\s+)?|(?:有|带|带有|含|含有|内置|内含|装有|自带)(?:一块|一个|一节|两节|\S{0,2})?)$", RegexOptions.IgnoreCase)]
    private static partial Regex HoldingWordBefore();
}
