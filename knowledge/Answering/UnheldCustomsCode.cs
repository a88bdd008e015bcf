using System.Text.RegularExpressions;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// A customs supervision code the knowledge base does not hold, asked what it is ("1039市场采购贸易方式是什么", "what does
/// supervision code 1233 mean"): four digits that are no year, no amount and no name the question's entities cover. The
/// base holds four such codes (9610, 9710, 9810, 1210) as export modes; another code is not one of them, so no entry that
/// shares the question's other words ("保税", "出口") answers it.
/// </summary>
internal static partial class UnheldCustomsCode
{
    /// <summary>Whether the question asks what a four-digit code is that none of its named entries is.</summary>
    public static bool Asked(QuestionAnalysis q) =>
        (q.Kind is QuestionKind.Definition or QuestionKind.Expansion || CodeWord().IsMatch(q.Text)) && !TariffCodeWord().IsMatch(q.Text)
        && FourDigits().Matches(q.Text).Any(m => !IsYear(m.Value) && !q.Entities.Any(e => e.Surface.Contains(m.Value, StringComparison.Ordinal)));

    // 1900–2099 reads as a year ("2025年"), not a code.
    private static bool IsYear(string digits) => digits[0] is '1' or '2' && digits[1] is '9' or '0' && int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) is >= 1900 and <= 2099;

    // Four digits standing alone, not part of an amount ("1500铢", "€1,000", "2,400"), a date or a longer number.
    [GeneratedRegex(@"(?<![\d.,/:$€£¥-])\d{4}(?![\d.,/:%-])(?!\s*(?:元|美元|欧|英镑|日元|铢|泰铢|比索|里亚尔|卢比|令吉|林吉特|韩元|澳元|加元|新元|块|件|个|天|年|月|kg|g\b|公斤|千克|克|cm|mm|m\b|usd|eur|gbp|cny|rmb|jpy|aud|cad|sgd|thb|php|myr|sar|aed|inr|krw|brl|mxn|try|pln|rub|baht|pesos?|euros?|dollars?|yen|won|pounds?|riyals?|rupees?))", RegexOptions.IgnoreCase)]
    private static partial Regex FourDigits();

    // A tariff heading ("HS 8517", "税号8517") is a product's code, answered as such (see ProductCodeQuestion).
    [GeneratedRegex(@"\bhts?\b|\bcn code\b|\btariff\b|\bheading\b|\bchapter\b|税号|编码|税则|章", RegexOptions.IgnoreCase)]
    private static partial Regex TariffCodeWord();

    // The question calls it a code, a mode or a way of trading ("监管方式", "贸易方式", "代码", "supervision code").
    [GeneratedRegex(@"\b(?:customs |supervision |export |trade )?(?:code|mode)\b|监管方式|贸易方式|监管代码|代码|模式|方式", RegexOptions.IgnoreCase)]
    private static partial Regex CodeWord();
}
