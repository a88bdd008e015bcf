namespace CrossBorderBot.Understanding.Quantities;

/// <summary>
/// Chinese words that are units only in some places, where the quantity library reads them as units everywhere:
/// 两 after a one-character numeral and before a count word is "one or two" ("一两天" one or two days, "三两个人" two or
/// three people), not 50 g as in "八两上下"; 块 after 一 or 两 and before the thing counted is a piece ("一块6公斤的地毯" one
/// carpet, "两块大理石台面" two slabs), not yuan as in "一块钱", "两块五" or "450块".
/// </summary>
internal static class ChineseCountWords
{
    private const string OneCharacterNumerals = "一二两三四五六七八九十几";

    /// <summary>Words that count or measure what they follow: after "一两" they make it "one or two".</summary>
    private const string CountWords = "天个次周年月日人件家种句回遍条只样位名号台套双箱包盒瓶斤克米步小分秒趟批";

    /// <summary>What may follow 块 in an amount: 钱, a hedge (多, 左右, 上下, 来), another numeral ("两块五"), 的 or 每.</summary>
    private const string AmountFollowers = "钱多左上来的每零〇一二两三四五六七八九十半";

    /// <summary>True when the span <paramref name="start"/>..<paramref name="end"/> (inclusive) is a numeral and 两 before a count word.</summary>
    public static bool IsOneOrTwo(string text, int start, int end) =>
        end - start == 1 && end + 1 < text.Length && text[end] == '两' && OneCharacterNumerals.Contains(text[start]) && CountWords.Contains(text[end + 1]);

    /// <summary>True when the span <paramref name="start"/>..<paramref name="end"/> (inclusive) is 一块 or 两块 before the thing it counts.</summary>
    public static bool CountsPieces(string text, int start, int end) =>
        end - start == 1 && end + 1 < text.Length && text[end] == '块' && (text[start] is '一' or '两')
        && (char.IsAsciiDigit(text[end + 1]) || (text[end + 1] is >= '\u4e00' and <= '\u9fff' && !AmountFollowers.Contains(text[end + 1])));
}
