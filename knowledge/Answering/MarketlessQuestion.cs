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
        // "What's the exchange rate of the yen?" is a rate, but of no market's import charge: only a charge's words count.
        var marketless = q.Kind is QuestionKind.Threshold or QuestionKind.Rate && MarketWords.AsksAboutCountryRules(q.Text) && !q.AsksComparison && !q.AboutPaper && !NamesAMarket(q)
            && q.Subjects.All(s => s.Kind == EntityKind.GlossaryTerm && ChargeTerms.Contains(s.Id))
            && !AsksMeaning().IsMatch(q.Text) && !quotesRuleAmount;
        if (!marketless)
        {
            return Reading.LookUpAsAsked;
        }

        if (MarketWords.PointsToAPlace(q.Text))
        {
            return Reading.PointsBack;
        }

        return MarketWords.SpeaksOfPlaces(q.Text) ? Reading.LookUpAsAsked : Reading.AsksWhichMarket;
    }

    /// <summary>
    /// Whether a conversation that can ask back should ask which market before this question is looked up. Besides the
    /// rule above (asking back is better than "I don't know" for a question pointing to a place no one named yet), two
    /// readings that only a conversation can settle: any question pointing to a place no one named ("what documents do I
    /// need over there?"), and whether a charge that differs by market is paid in words the analyzer reads as another
    /// kind ("will my customers get hit with customs charges?") — unless it speaks of places in words of its own. The
    /// answer itself looks those up as asked: asking back is only worth it where the reply completes the question.
    /// </summary>
    public static bool NeedsAMarket(QuestionAnalysis q, bool quotesRuleAmount) =>
        Read(q, quotesRuleAmount) != Reading.LookUpAsAsked
        || (!NamesAMarket(q) && !q.AsksComparison && !AsksMeaning().IsMatch(q.Text) && !quotesRuleAmount
            && (MarketWords.PointsToAPlace(q.Text) || (MarketWords.AsksWhetherACountryChargeIsPaid(q.Text) && !MarketWords.SpeaksOfPlaces(q.Text))));

    private static bool NamesAMarket(QuestionAnalysis q) => q.Entities.Any(e => e.Kind is EntityKind.Market or EntityKind.Country);

    [GeneratedRegex(@"\bwhat(?:'s| is| are) (?:a|an)\b|\bmean(?:s|ing)?\b|\bdefin|什么是|什么意思|啥意思|是啥意思|定义|含义", RegexOptions.IgnoreCase)]
    private static partial Regex AsksMeaning();
}
