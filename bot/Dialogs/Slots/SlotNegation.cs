using System.Text.RegularExpressions;

namespace CrossBorderBot.Dialogs.Slots;

/// <summary>
/// Negation in a reply, English and Chinese: "haven't registered a brand yet", "no trademark so far", "还没注册品牌",
/// "none of those" say no even when none of the slot's own words is there, and "we don't have our own brand" says no
/// although it contains "own brand". Hedges ("not much", "no problem", "不太", "没问题") are not negations.
/// </summary>
internal static partial class SlotNegation
{
    /// <summary>True when the first clause of the normalized reply is a plain negation.</summary>
    public static bool IsNegation(string normalized)
    {
        var first = Separators().Split(normalized).FirstOrDefault(part => part.Trim().Length > 0)?.Trim() ?? string.Empty;
        return first.Length > 0 && !Hedge().IsMatch(first) && (EnglishNegationStart().IsMatch(first) || ChineseNegationStart().IsMatch(first));
    }

    /// <summary>True when a negation stands before <paramref name="start"/> in the same clause ("we don't have our own brand").</summary>
    public static bool NegatesAt(string normalized, int start)
    {
        var before = normalized[..Math.Clamp(start, 0, normalized.Length)];
        var clauseStart = Separators().Matches(before).LastOrDefault() is { } separator ? separator.Index + separator.Length : 0;
        var clause = before[clauseStart..];
        return !Hedge().IsMatch(clause) && NegationWord().IsMatch(clause);
    }

    [GeneratedRegex(@"^(?:(?:we|i|we've|weve|i've|ive|our company|currently|so far|right now|at the moment|honestly|actually|well|um+|hmm+)\s+)*(?:no|not|none|nothing|never|nope|nah|haven't|havent|have not|hasn't|hasnt|has not|don't|dont|do not|doesn't|doesnt|does not|didn't|didnt|did not|can't|cant|cannot|aren't|arent|are not|isn't|isnt|is not|without)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishNegationStart();

    [GeneratedRegex(@"^(?:我们|我|公司|目前|现在|暂时|当前|之前|以前|还|也|都|其实|嗯)*(?:还没|没|未|尚未|暂未|从没|从未|从来没|无|不)")]
    private static partial Regex ChineseNegationStart();

    [GeneratedRegex(@"\b(?:no|not|never|haven't|havent|hasn't|hasnt|don't|dont|doesn't|doesnt|didn't|didnt|without|nor)\b|没|未|无|不", RegexOptions.CultureInvariant)]
    private static partial Regex NegationWord();

    [GeneratedRegex(@"\bnot\s+(?:much|many|a lot|very|too|that|so|sure|bad)\b|\bno\s+(?:problem|worries|idea|clue)\b|\bdon't\s+know\b|\bdont\s+know\b|不多|不太|不是很|没多少|不一定|没问题|不错|不少|不知道|不清楚|不确定", RegexOptions.CultureInvariant)]
    private static partial Regex Hedge();

    [GeneratedRegex(@"\s*(?:[,，;；、。.!?！？]|\bbut\b|但是|不过|可是)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();
}
