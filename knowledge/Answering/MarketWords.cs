using System.Text.RegularExpressions;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// The one vocabulary, in English and Chinese, of how a question about a market's charges speaks of its place: words of
/// charges that differ by market (duty, VAT, customs, import), words of paying or being exempt, words that point to a
/// place named before without naming it ("over there", "in that country", "那边"), and words that speak of places in
/// general ("the baltic countries", "各国"). The answerer's "which market?" decision (<see cref="MarketlessQuestion"/>)
/// and the conversation's completion of a question with a guide's place both read these, so the two never disagree.
/// </summary>
public static partial class MarketWords
{
    // Rules that differ by market: what is paid or declared at the border.
    private const string CountryRules = @"\bdut(?:y|ies)\b|\btax(?:es)?\b|\bvat\b|\bgst\b|\bcustoms\b|\bimport\b|\btariffs?\b|\bde\s*minimis\b|\bioss\b|\bepr\b|关税|增值税|消费税|税|清关|海关|进口";

    // Paying, owing or being exempt, and how much: what a market's rate or threshold decides.
    private const string Paying = @"\b(?:pay|pays|paid|paying|charged?|charges|owe|owes|free|exempt|threshold|limit|rates?|how\s+much)\b|交|缴|付|收|补|免|多少|门槛|起征";

    // A place meant but not named. "there" only as a place ("what's the VAT rate there?", "over there"), not the
    // existential "is there a …" / "there are".
    private const string PlaceReferenceWords = @"\bover\s+there\b|(?<!\b(?:is|are|was|were|be|any)\s+)\bthere\b(?!\s*(?:is|are|was|were|'s|will\s+be)\b)|\bthat\s+(?:country|market|place)\b|\bthe\s+destination\b|\blocal(?:ly)?\b|\btheir\s+(?:customs|tax|rules)\b|那边|那里|那儿|当地|目的国|对方国家|该国|这个国家|那个国家";

    // "Do they charge GST?": the market named before, as a pronoun; it points back but is no phrase to put a name in.
    private const string PlacePronoun = @"\bthey\b|他们那";

    // Places spoken of in words the knowledge base does not model as one market: the question names its own places.
    private const string PlacesInGeneral = @"\b(?:countr(?:y|ies)|markets?|regions?|states|nations?)\b|国家|各国|地区|市场";

    /// <summary>Asks about charges that differ by market: duty, VAT, customs, import.</summary>
    public static bool AsksAboutCountryRules(string text) => CountryRulesPattern().IsMatch(text);

    /// <summary>Asks whether, or how much, a charge that differs by market is paid: "do i pay duty?", "要交关税吗".</summary>
    public static bool AsksWhetherACountryChargeIsPaid(string text) => CountryRulesPattern().IsMatch(text) && PayingPattern().IsMatch(text);

    /// <summary>Points to a place named before without naming it: "over there", "in that country", "那边", "当地".</summary>
    public static bool PointsToAPlace(string text) => PlaceReference().IsMatch(text) || PlacePronounPattern().IsMatch(text);

    /// <summary>Speaks of countries or a region in words ("in the baltic countries", "几个国家"): the question's own places.</summary>
    public static bool SpeaksOfPlaces(string text) => PlacesInGeneralPattern().IsMatch(text);

    /// <summary>The words that point to a place, to put the place's name where they stand.</summary>
    public static Regex PlaceReference() => PlaceReferencePattern();

    [GeneratedRegex(CountryRules, RegexOptions.IgnoreCase)]
    private static partial Regex CountryRulesPattern();

    [GeneratedRegex(Paying, RegexOptions.IgnoreCase)]
    private static partial Regex PayingPattern();

    [GeneratedRegex(PlaceReferenceWords, RegexOptions.IgnoreCase)]
    private static partial Regex PlaceReferencePattern();

    [GeneratedRegex(PlacePronoun, RegexOptions.IgnoreCase)]
    private static partial Regex PlacePronounPattern();

    [GeneratedRegex(PlacesInGeneral, RegexOptions.IgnoreCase)]
    private static partial Regex PlacesInGeneralPattern();
}
