namespace CrossBorderBot.Understanding;

/// <summary>
/// Words a message names only to deny them: "no batteries", "without liquids", "没电池", "不含液体". A product named
/// that way is not one of the products sent ("mugs … no batteries" is one product, not two), in either language.
/// </summary>
public static partial class NegatedMention
{
    /// <summary>True when every place <paramref name="words"/> stands in <paramref name="text"/> follows a negation.</summary>
    public static bool OnlyNegated(string text, string words) =>
        MentionPlaces.EveryPlaceFollows(text, words, NegationBefore());

    /// <summary>True when a negation stands right before <paramref name="index"/> ("不退货", "no returns").</summary>
    public static bool FollowsANegation(string text, int index) => index > 0 && NegationBefore().IsMatch(text[..index]);

    // A negation right before the words: "no ", "without ", "not any ", "no … or " ("no batteries or liquids"), "没",
    // "没有", "不含", "不带", "无", "也没", "不" and "不支持" ("不退货").
    [GeneratedRegex(@"(?:\b(?:no|without|not\s+any|zero|nor)\s+(?:\w+\s+(?:or|and|nor)\s+)?|(?:没有|没|不含|不带|无|也没|并无|不(?:要|用|做|支持|接受|需要|提供)?)(?:\S{1,4}(?:或|和|、))?)$", RegexOptions.IgnoreCase)]
    private static partial Regex NegationBefore();
}
