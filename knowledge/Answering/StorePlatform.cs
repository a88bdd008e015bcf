using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// A store named without its platform ("澳洲站不开专业账户的话 卖一件收多少", "UK站 pro plan 月费"): sellers call a platform's
/// national store by its market and a store word. The platforms that keep a fee of that market's own store are the ones
/// the store can be; when only one does, or only one's store fees share a word with the question ("专业" of "专业销售计划"),
/// the store is that platform's, named beside its market as "亚马逊澳洲站" would be. Several candidates and no word to tell
/// them apart ("美国站买家退货") leave the question as it is: the answer would guess the platform.
/// Read before the question's kind (<see cref="QuestionAnalyzer"/>), like a platform written out.
/// </summary>
internal sealed class StorePlatform(KnowledgeBase kb)
{
    public IReadOnlyList<NamedEntity> With(string text, IReadOnlyList<NamedEntity> entities)
    {
        var markets = entities.Where(e => e.Kind == EntityKind.Market).ToList();
        if (markets.Count != 1 || entities.Any(e => e.Kind == EntityKind.Platform))
        {
            return entities;
        }

        var market = markets[0];
        var end = market.Start + market.Surface.Length;
        if (end > text.Length || StoreWordAfter(text, end) is not { } store)
        {
            return entities;
        }

        var owners = kb.Platforms.Where(p => StoreFeeNames(p, market.Id).Any()).ToList();
        var rest = text.Remove(market.Start, store.Start + store.Word.Length - market.Start);
        var sharing = owners.Where(p => SharesWord(rest, StoreFeeNames(p, market.Id))).ToList();
        // "我们是做日本站的": "站" is a platform's store, so the one platform with a store there is meant. "a UK store" may be the
        // seller's own shop: an English store word names a platform's store only through a word of that store's fees.
        var platform = sharing.Count == 1 ? sharing[0] : owners.Count == 1 && store.Word.StartsWith('站') ? owners[0] : null;
        return platform is null ? entities : [.. entities, new NamedEntity(EntityKind.Platform, platform.Id, store.Word, store.Start)];
    }

    // Right after the market's name, with at most one space between: "日本站", "UK站", "美国站点", "the UK store", "Japan site".
    private static (string Word, int Start)? StoreWordAfter(string text, int end)
    {
        var start = end < text.Length && text[end] == ' ' ? end + 1 : end;
        var after = text[start..];
        if (after.StartsWith("站点", StringComparison.Ordinal))
        {
            return ("站点", start);
        }

        if (after.StartsWith('站'))
        {
            return ("站", start);
        }

        var word = new string([.. after.TakeWhile(char.IsAsciiLetter)]).ToLowerInvariant();
        return word is "store" or "stores" or "site" or "sites" or "marketplace" ? (after[..word.Length], start) : null;
    }

    private static IEnumerable<string> StoreFeeNames(Platform platform, string market) =>
        platform.Fees.Fixed.Where(f => market.Equals(f.Market, StringComparison.OrdinalIgnoreCase)).SelectMany(f => new[] { f.Name.En, f.Name.ZhCn });

    // An English word of four letters or more ("pro plan" shares "plan" with "Professional selling plan"), or two Chinese
    // characters in a row ("专业" of "专业销售计划"), written in one of the store's fee names.
    private static bool SharesWord(string question, IEnumerable<string> names)
    {
        var written = string.Join(" ", names);
        var englishWords = string.Concat(question.Select(c => char.IsAsciiLetter(c) ? c : ' ')).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 4);
        var chinesePairs = Enumerable.Range(0, Math.Max(0, question.Length - 1))
            .Where(i => IsHan(question[i]) && IsHan(question[i + 1])).Select(i => question.Substring(i, 2));
        return englishWords.Any(w => written.Contains(w, StringComparison.OrdinalIgnoreCase))
            || chinesePairs.Any(pair => written.Contains(pair, StringComparison.Ordinal));
    }

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';
}
