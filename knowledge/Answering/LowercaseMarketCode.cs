using System.Text.RegularExpressions;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// Whether a market code written in lower case ("us de minimis", "de vat rate", "gst in au now", "mx的iva") is the market
/// and not the everyday word it spells. Sellers type codes in lower case; "us", "it", "in" and "my" are also pronouns
/// and prepositions, so a code counts only where the words around it make it one: a tax or rule word right after it,
/// Chinese right next to it, or — for codes that are no English word — a tax word just before it ("vat in fr") or the
/// start of the question. "us", "it", "in" and "id" need the tax word after them and the start of the question or "the"
/// before them ("the us" is always the market); "my" is the market only before Malaysia's own tax names (SST, LVG).
/// </summary>
internal static partial class LowercaseMarketCode
{
    private static readonly HashSet<string> EnglishWords = new(StringComparer.Ordinal) { "us", "it", "in", "id" };

    public static bool ReadsAsCode(string text, int at, int length)
    {
        var code = text.Substring(at, length);
        if (!code.All(char.IsLower))
        {
            return false;
        }

        var before = text[..at];
        var after = text[(at + length)..];
        // "otto.de", "amazon.co.jp": a web address names a site, not a market.
        if (before.EndsWith('.') || before.EndsWith('/') || (after.Length > 1 && after[0] == '.' && char.IsLetter(after[1])))
        {
            return false;
        }

        // "japan de minimis": the Latin phrase, not Germany.
        if (code == "de" && DeMinimis().IsMatch(after))
        {
            return false;
        }

        if (code == "my")
        {
            return MalaysianTax().IsMatch(after);
        }

        var chineseNext = (after.Length > 0 && IsCjk(after[0])) || (before.Length > 0 && IsCjk(before[^1]));
        var factAfter = FactWordAfter().IsMatch(after);
        var start = before.Trim().Length == 0;
        if (EnglishWords.Contains(code))
        {
            return TheBefore().IsMatch(before) || ((start || chineseNext) && (factAfter || chineseNext && after.Length > 0 && IsCjk(after[0])));
        }

        return factAfter || chineseNext || start || FactWordBefore().IsMatch(before);
    }

    private static bool IsCjk(char c) => c >= '\u2E80';

    [GeneratedRegex(@"^\s*minimis", RegexOptions.IgnoreCase)]
    private static partial Regex DeMinimis();

    [GeneratedRegex(@"^\s*(?:sst|lvg|low[- ]value goods tax)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MalaysianTax();

    [GeneratedRegex(@"^\s*(?:vat|gst|hst|pst|tax|taxes|duty|duties|customs|tariffs?|imports?|importing|de minimis|iva|icms|tva|btw|mwst|ust|ppn|igst|kdv|nds|consumption|sales|threshold|limit|exemption|market|marketplaces?|buyers?|customers?|sellers?|section|rules?|regulations?|ieepa|fcc|remessa)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FactWordAfter();

    [GeneratedRegex(@"\b(?:vat|gst|hst|tax|taxes|duty|duties|customs|tariffs?|iva|icms|tva|btw|mwst|ppn|igst|kdv|de minimis|threshold|limit)\s+(?:in|for|of|to)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex FactWordBefore();

    [GeneratedRegex(@"\bthe\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex TheBefore();
}
