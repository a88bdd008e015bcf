using CrossBorderBot.Knowledge.Answering;

namespace CrossBorderBot.Understanding;

/// <summary>
/// Questions about rules, in English and Chinese: words of rules in general (legal, documents, certificates) here, and
/// the knowledge base's own vocabulary of market charges and of places pointed to (<see cref="MarketWords"/>: duty, VAT,
/// customs; "over there", "那边"), which the answerer's "which market?" rule reads too. The arbiter uses it to keep a
/// question about rules from starting a guide; the question's completion with a place uses it to know when a place is
/// meant and where to put it.
/// </summary>
public static partial class CountryRuleWords
{
    // Rules of any kind: what is allowed, required or certified.
    private const string GeneralRules = @"\blegal(?:ly)?\b|\ballowed\b|\brules?\b|\bregulations?\b|\brequire(?:d|ments?)?\b|\bdocuments?\b|\bcertif\w*|\btests?\b|\bpaperwork\b|合法|规定|要求|需要什么|什么文件|认证|测试|检测|禁止|允许";

    /// <summary>Asks about rules: general ones or ones that differ by country ("legally", "what documents", "需要什么认证", "关税").</summary>
    public static bool AsksAboutRules(string text) => GeneralRulesPattern().IsMatch(text) || MarketWords.AsksAboutCountryRules(text);

    /// <summary>Asks about a limit each market sets: "the value limit per parcel", "duty-free threshold", "单个包裹货值限额".</summary>
    public static bool AsksAboutALimit(string text) => MarketLimitPattern().IsMatch(text);

    /// <summary>Asks about rules that differ by country: duty, VAT, customs, import.</summary>
    public static bool AsksAboutCountryRules(string text) => MarketWords.AsksAboutCountryRules(text);

    /// <summary>Points to a place without naming it: "over there", "in that country", "那边", "当地".</summary>
    public static bool PointsToAPlace(string text) => MarketWords.PointsToAPlace(text);

    /// <summary>
    /// The question with the place it means put in: the words that point to a place replaced by its name ("do I pay
    /// duty over there?" → "do I pay duty in Germany?", "当地买家要交关税吗" → "意大利买家要交关税吗"), else the place added
    /// ("do I pay duty?" → "do I pay duty in Germany?", "要交关税吗（德国）"), so the lookup reads the market by name.
    /// </summary>
    public static string WithPlace(string question, string place, bool chinese)
    {
        var replaced = MarketWords.PlaceReference().Replace(question, match => Named(match.Value, place, chinese), 1);
        if (replaced != question)
        {
            return replaced;
        }

        var trimmed = question.TrimEnd();
        if (chinese)
        {
            return $"{trimmed}（{place}）";
        }

        var body = trimmed.TrimEnd('?', '？', '.', '!');
        return $"{body} in {place}{trimmed[body.Length..]}";
    }

    private static string Named(string words, string place, bool chinese) =>
        chinese || !words.Contains("there", StringComparison.OrdinalIgnoreCase) && !words.StartsWith("local", StringComparison.OrdinalIgnoreCase)
            ? place
            : "in " + place;

    // A limit a market sets on what one parcel or order may be worth or weigh.
    [GeneratedRegex(@"\b(?:value|weight|price|parcel|package|shipment|order)\s+(?:limit|threshold|cap|ceiling|max(?:imum)?)\b|\b(?:limit|threshold|max(?:imum)?|cap)\s+(?:per|for\s+(?:a|one|each))\s+(?:parcel|package|shipment|order)\b|\bde\s*minimis\b|限额|上限|免税额|起征点|门槛|最多(?:能|可以)?(?:申报|寄)", RegexOptions.IgnoreCase)]
    private static partial Regex MarketLimitPattern();

    [GeneratedRegex(GeneralRules, RegexOptions.IgnoreCase)]
    private static partial Regex GeneralRulesPattern();
}
