using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// A platform's fees asked of one of its stores ("what fees does amazon japan charge?", "亚马逊英国站收哪些费用"): that store's
/// own fixed fees lead, then the sentences of the fee note that hold for every store (the commission range), cited by that
/// store's pages and the fee pages that are no other store's — not every store's plan prices and pages.
/// </summary>
internal sealed class StoreFees(KnowledgeBase kb)
{
    private readonly MarketFigureItems _marketItems = new(kb);

    /// <param name="note">The fee note's sentences.</param>
    /// <returns>Null when the question names no one market, asks a fee of a kind ("referral fee", "仓储费"), or the platform
    /// lists no fixed fee of that market.</returns>
    public (IReadOnlyList<(string Line, LocalizedText From)> Lines, IReadOnlyList<string> General, IReadOnlyList<string> SourceIds)? For(
        QuestionAnalysis q, AnswerEntry entry, IReadOnlyList<string> note)
    {
        if (q.Kind != QuestionKind.Fees || AskedFigure.FeeKind(q) is not null || AskedFigure.CostKind(q) is not null
            || MarketFigureItems.AskedMarketOf(q) is not { } market || kb.FindPlatform(entry.Id) is not { } platform
            || PlatformFixedFeeLines.OfStore(platform, q.Language, market) is not { Count: > 0 } lines)
        {
            return null;
        }

        // "Referral fees are … 8–15 %" holds for every store; "USD 39.99 in the US, GBP 25 in the UK …" and "Canada, Mexico …
        // charge their own plan fee" are other stores'.
        var general = note.SelectMany(n => AnswerText.Sentences(n))
            .Where(sentence => !kb.Markets.Any(m => !m.Id.Equals(market, StringComparison.OrdinalIgnoreCase) && _marketItems.Names(m.Id, sentence)))
            .ToList();
        return (lines, general, PlatformFixedFeeLines.SourcesNotOfOtherStores(platform, market));
    }
}
