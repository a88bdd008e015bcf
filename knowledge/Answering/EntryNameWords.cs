using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>How a question's names meet an entry's words: marks written in capitals, names an entry writes or its title
/// shares, and words that name several entries at once.</summary>
internal static class EntryNameWords
{
    // A mark or scheme written in capitals ("ANATEL", "TISI", "NOM"); a capitalised everyday word ("July") names nothing.
    internal static IReadOnlyList<string> Marks(IReadOnlyList<string> names) => [.. names.Where(n => n.Length >= 2 && n.All(c => char.IsUpper(c) || char.IsDigit(c)))];

    // Written as the mark is, as a word of its own: "NOM" is not the "nom" inside "economic".
    internal static bool Writes(AnswerEntry entry, IReadOnlyList<string> names) =>
        names.All(n => System.Text.RegularExpressions.Regex.IsMatch(entry.FullText(KnowledgeLanguage.English) + "\n" + entry.FullText(KnowledgeLanguage.Chinese), $@"(?<![A-Za-z]){System.Text.RegularExpressions.Regex.Escape(n)}(?![A-Za-z])"));

    internal static readonly string[] GenericNameWords = ["marketplace", "market", "seller", "shop", "store", "platform", "global", "平台", "市场", "店铺", "国际", "电商", "卖家"];

    internal static bool SharesNameWord(string question, AnswerEntry entry)
    {
        var title = (entry.Title.En + " " + entry.Title.ZhCn).ToLowerInvariant();
        var latin = System.Text.RegularExpressions.Regex.Matches(question.ToLowerInvariant(), "[a-z]{4,}").Select(m => m.Value);
        var chinese = Enumerable.Range(0, Math.Max(0, question.Length - 1)).Select(i => question.Substring(i, 2)).Where(w => w.All(c => c >= '\u4e00' && c <= '\u9fff'));
        return latin.Concat(chinese).Any(w => !GenericNameWords.Any(g => g.StartsWith(w, StringComparison.Ordinal) || w.StartsWith(g, StringComparison.Ordinal)) && title.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>The same words name several entries of one kind ("独立站": every own-store platform).</summary>
    internal static bool SharedName(QuestionAnalysis q, NamedEntity name) => q.Subjects.Count(o => o.Start == name.Start && o.Kind == name.Kind) > 1;

    // A market's code as a word of its own ("eu duty relief", "us de minimis"): "us" inside "business" is none.
    internal static bool WritesMarketCode(string question, string market) =>
        System.Text.RegularExpressions.Regex.IsMatch(question, $@"(?<![A-Za-z]){System.Text.RegularExpressions.Regex.Escape(market)}(?![A-Za-z])", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
}
