using System.Text.RegularExpressions;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// A rate, an allowance or whether an import charge is paid belongs to a market ("do I pay duty?", "what's the VAT
/// rate?", "免税额度是多少"). When the question names none (nor a country, a platform, a mark or a scheme), any one
/// market's rule would be a guess: this decides whether the user is asked which market, told honestly that the answerer
/// cannot see the market meant, or the question is looked up as asked.
/// </summary>
internal static partial class MarketlessQuestion
{
    public enum Reading
    {
        /// <summary>Names its market, or asks something no market decides: looked up as asked.</summary>
        LookUpAsAsked,

        /// <summary>Names no market: the user is asked which one.</summary>
        AsksWhichMarket,

        /// <summary>
        /// "What's the VAT rate there?" points at a market named before this question, which the answerer cannot see: an
        /// honest "I don't know" rather than asking for a market the user already gave.
        /// </summary>
        PointsBack,
    }

    // Names of the kind of charge asked, not of what it is asked about: "VAT", "GST", "de minimis" are every market's.
    private static readonly HashSet<string> ChargeTerms = new(StringComparer.OrdinalIgnoreCase) { "vat", "gst", "de-minimis" };

    /// <summary>
    /// "What is a de minimis threshold?" asks what the word means, and "is the $800 de minimis still available?" quotes one
    /// market's own amount (<paramref name="quotesRuleAmount"/>): neither is asked back. "Do the baltic countries charge
    /// duty?", "各国关税": places named in words the base does not model are the question's own, so it is looked up as asked
    /// (and abstains if nothing answers) — the same rule the conversation's "which country?" prompt follows.
    /// </summary>
    public static Reading Read(QuestionAnalysis q, bool quotesRuleAmount)
    {
        var marketless = q.Kind is QuestionKind.Threshold or QuestionKind.Rate && !q.AsksComparison && !q.AboutPaper
            && !q.Entities.Any(e => e.Kind is EntityKind.Market or EntityKind.Country)
            && q.Subjects.All(s => s.Kind == EntityKind.GlossaryTerm && ChargeTerms.Contains(s.Id))
            && !AsksMeaning().IsMatch(q.Text) && !quotesRuleAmount;
        if (!marketless)
        {
            return Reading.LookUpAsAsked;
        }

        if (PointsBackToAPlace().IsMatch(q.Text))
        {
            return Reading.PointsBack;
        }

        return SpeaksOfPlaces().IsMatch(q.Text) ? Reading.LookUpAsAsked : Reading.AsksWhichMarket;
    }

    [GeneratedRegex(@"\bwhat(?:'s| is| are) (?:a|an)\b|\bmean(?:s|ing)?\b|\bdefin|什么是|什么意思|啥意思|是啥意思|定义|含义", RegexOptions.IgnoreCase)]
    private static partial Regex AsksMeaning();

    [GeneratedRegex(@"\b(?:countr(?:y|ies)|markets?|regions?|states|nations?)\b|国家|各国|地区|市场", RegexOptions.IgnoreCase)]
    private static partial Regex SpeaksOfPlaces();

    // "there" as a place the user named before ("what's the VAT rate there?"), not the existential "is there a …" / "there are".
    [GeneratedRegex(@"(?<!\b(?:is|are|was|were|be|any)\s+)\bthere\b(?!\s*(?:is|are|was|were|'s|will be)\b)|\bthey\b|\bthat (country|market)\b|那边|那里|那儿|当地|该国|他们那", RegexOptions.IgnoreCase)]
    private static partial Regex PointsBackToAPlace();
}
