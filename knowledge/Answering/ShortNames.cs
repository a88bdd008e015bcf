using System.Text.RegularExpressions;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// How sellers write a platform or a channel short. "walmart rejected our cpc", "乐天是日本的平台吗": the first word of a
/// platform's English name, when no other platform's name starts with it and the base never writes it in lower case as an
/// everyday word ("Global" of Global Sources is one), or its Chinese name before a generic word for a marketplace (乐天市场,
/// 沃尔玛电商平台). "china post registered to australia": the first three words of a channel's longer name, when no other
/// channel's name starts with them.
/// </summary>
internal static partial class ShortNames
{
    /// <param name="englishTexts">The knowledge base's own English texts, where an everyday word is written in lower case.</param>
    public static IEnumerable<(string Name, string PlatformId)> Platforms(KnowledgeBase kb, IEnumerable<string> englishTexts)
    {
        var everyday = englishTexts.SelectMany(text => LowerCaseWord().Matches(text).Select(m => m.Value))
            .ToHashSet(StringComparer.Ordinal);
        var firstWords = kb.Platforms.Select(p => (Platform: p, Word: p.Name.En.Split(' ', '-', '.')[0])).ToList();
        foreach (var (platform, word) in firstWords)
        {
            if (platform.Name.En.Contains(' ', StringComparison.Ordinal) && word.Length >= 4 && word.All(char.IsLetter) && !everyday.Contains(word.ToLowerInvariant())
                && firstWords.Count(f => f.Word.Equals(word, StringComparison.OrdinalIgnoreCase)) == 1)
            {
                yield return (word, platform.Id);
            }

            var chinese = Brackets().Replace(platform.Name.ZhCn, string.Empty);
            if (ChineseMarketplaceWord().Match(chinese) is { Success: true, Index: >= 2 } generic)
            {
                yield return (chinese[..generic.Index], platform.Id);
            }
        }
    }

    public static IEnumerable<(string Name, string ChannelId)> Channels(KnowledgeBase kb)
    {
        var heads = kb.LogisticsChannels.Select(c => (c.Id, Words: Brackets().Replace(c.Name.En, string.Empty).Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))).ToList();
        foreach (var (id, words) in heads.Where(c => c.Words.Length >= 4 && !PrefixStopWord().IsMatch(c.Words[2])))
        {
            var prefix = string.Join(' ', words.Take(3));
            if (heads.Count(c => string.Join(' ', c.Words.Take(3)).Equals(prefix, StringComparison.OrdinalIgnoreCase)) == 1)
            {
                yield return (prefix, id);
            }
        }
    }

    [GeneratedRegex(@"(?:电商平台|跨境平台|平台|市场|商城)$")]
    private static partial Regex ChineseMarketplaceWord();

    [GeneratedRegex(@"\b[a-z]{4,}\b")]
    private static partial Regex LowerCaseWord();

    [GeneratedRegex(@"[（(][^)）]*[)）]")]
    private static partial Regex Brackets();

    // A prefix ending in a little word ("Air freight to", "China Post small") says nothing of its own.
    [GeneratedRegex(@"^(?:to|an?|the|of|and|for|by|plus|small)$", RegexOptions.IgnoreCase)]
    private static partial Regex PrefixStopWord();
}
