using System.Text.RegularExpressions;

namespace CrossBorderBot.Understanding;

/// <summary>
/// One vocabulary for questions about rules, in English and Chinese: words of rules in general (legal, documents,
/// certificates), words of rules that differ by country (duty, VAT, customs, import), words that point to a place
/// without naming it ("over there", "那边"), and words of paying. The arbiter uses it to keep a question about rules
/// from starting a guide; the question's completion with a place uses it to know when a place is meant.
/// </summary>
public static partial class CountryRuleWords
{
    // Rules that differ by country: what is paid or declared at the border.
    private const string CountryRules = @"\bdut(?:y|ies)\b|\btax(?:es)?\b|\bvat\b|\bgst\b|\bcustoms\b|\bimport\b|\btariffs?\b|\bde\s*minimis\b|\bioss\b|\bepr\b|关税|增值税|消费税|税|清关|海关|进口";

    // Rules of any kind: what is allowed, required or certified.
    private const string GeneralRules = @"\blegal(?:ly)?\b|\ballowed\b|\brules?\b|\bregulations?\b|\brequire(?:d|ments?)?\b|\bdocuments?\b|\bcertif\w*|\btests?\b|\bpaperwork\b|合法|规定|要求|需要什么|什么文件|认证|测试|检测|禁止|允许";

    // A place meant but not named.
    private const string PlaceWords = @"\b(?:over\s+)?there\b|\bthat\s+(?:country|market|place)\b|\bthe\s+destination\b|\blocal(?:ly)?\b|\btheir\s+(?:customs|tax|rules)\b|那边|那里|那儿|当地|目的国|对方国家|该国|这个国家|那个国家";

    // Paying, owing or being exempt, and how much: what a country's rate or threshold decides.
    private const string PayingWords = @"\b(?:pay|pays|paid|paying|charged?|charges|owe|owes|free|exempt|threshold|limit|rates?|how\s+much)\b|交|缴|付|收|补|免|多少|门槛|起征";

    /// <summary>Asks about rules: general ones or ones that differ by country ("legally", "what documents", "需要什么认证", "关税").</summary>
    public static bool AsksAboutRules(string text) => AnyRules().IsMatch(text);

    /// <summary>Asks about rules that differ by country: duty, VAT, customs, import.</summary>
    public static bool AsksAboutCountryRules(string text) => CountryRulesPattern().IsMatch(text);

    /// <summary>Points to a place without naming it: "over there", "in that country", "那边", "当地".</summary>
    public static bool PointsToAPlace(string text) => PlaceReference().IsMatch(text);

    /// <summary>
    /// The answer depends on which market is meant: the question points to a place, or asks whether or how much duty
    /// or tax is paid ("do i pay duty?", "要交关税吗"). "What is IOSS?" asks what a rule is, which needs no market; a
    /// question that speaks of countries or a region in words the recognizer does not know ("in the baltic countries",
    /// "几个国家") has named its places, so it is looked up as asked rather than met with "which country?".
    /// </summary>
    public static bool DependsOnTheMarket(string text) =>
        PointsToAPlace(text) || (AsksAboutCountryRules(text) && Paying().IsMatch(text) && !SpeaksOfPlaces().IsMatch(text));

    /// <summary>
    /// The question with the place it means put in: the words that point to a place replaced by its name ("do I pay
    /// duty over there?" → "do I pay duty in Germany?", "当地买家要交关税吗" → "意大利买家要交关税吗"), else the place added
    /// ("do I pay duty?" → "do I pay duty in Germany?", "要交关税吗（德国）"), so the lookup reads the market by name.
    /// </summary>
    public static string WithPlace(string question, string place, bool chinese)
    {
        var replaced = PlaceReference().Replace(question, match => Named(match.Value, place, chinese), 1);
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

    [GeneratedRegex(CountryRules + "|" + GeneralRules, RegexOptions.IgnoreCase)]
    private static partial Regex AnyRules();

    [GeneratedRegex(CountryRules, RegexOptions.IgnoreCase)]
    private static partial Regex CountryRulesPattern();

    [GeneratedRegex(PlaceWords, RegexOptions.IgnoreCase)]
    private static partial Regex PlaceReference();

    [GeneratedRegex(@"\b(?:countr(?:y|ies)|markets?|regions?|states|nations?)\b|国家|国|地区|市场|各国", RegexOptions.IgnoreCase)]
    private static partial Regex SpeaksOfPlaces();

    [GeneratedRegex(PayingWords, RegexOptions.IgnoreCase)]
    private static partial Regex Paying();
}
