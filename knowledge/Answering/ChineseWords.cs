using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// Chinese words of a question as the entries' text holds them. The Chinese analyzer cuts a word it does not know into
/// single characters ("平台的" → 平 / 台, "入驻" → 入 / 驻), and cuts the same word differently in different sentences
/// ("目录通关" in an entry, "目录" + "通关" in a question), so matching index terms alone misses words an entry does write.
/// </summary>
internal static class ChineseWords
{
    /// <summary>
    /// Joins runs of single Chinese characters back into the word they were cut from, when the question writes them
    /// side by side ("入", "驻" → "入驻"); a lone character stays as it is.
    /// </summary>
    public static IReadOnlyList<string> Joined(IReadOnlyList<string> terms, string question)
    {
        var joined = new List<string>(terms.Count);
        var run = string.Empty;
        foreach (var term in terms)
        {
            if (IsSingleHan(term) && run.Length > 0 && question.Contains(run + term, StringComparison.Ordinal))
            {
                run += term;
                continue;
            }

            Flush();
            run = IsSingleHan(term) ? term : string.Empty;
            if (run.Length == 0)
            {
                joined.Add(term);
            }
        }

        Flush();
        return joined;

        void Flush()
        {
            if (run.Length > 0)
            {
                joined.Add(run);
                run = string.Empty;
            }
        }
    }

    /// <summary>Whether an entry holds a question's word: as an index term, or — for a Chinese word — anywhere in its Chinese text.</summary>
    public static bool Holds(IReadOnlySet<string> entryTerms, string entryText, string word) =>
        entryTerms.Contains(word) || (word.Length >= 2 && KnowledgeLanguage.IsCjk(word[0]) && entryText.Contains(word, StringComparison.Ordinal));

    private static bool IsSingleHan(string term) => term.Length == 1 && KnowledgeLanguage.IsCjk(term[0]);
}
