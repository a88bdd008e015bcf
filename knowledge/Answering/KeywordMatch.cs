using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>How a playbook's trigger phrases are matched in a question: as whole words, and only when they say more than a name.</summary>
internal static class KeywordMatch
{
    /// <summary>Whether a trigger phrase says more than the names in it ("EPR number missing", not "CE marking").</summary>
    public static bool SaysMoreThanNames(string keyword, IReadOnlyList<string> names)
    {
        if (KnowledgeLanguage.ContainsCjk(keyword))
        {
            var rest = names.Aggregate(keyword, (k, n) => k.Replace(n, string.Empty, StringComparison.OrdinalIgnoreCase));
            return rest.Count(c => KnowledgeLanguage.ContainsCjk(c.ToString())) >= 2;
        }

        // "CE marking" says no more than the name "CE mark"; "EPR number missing" says what went wrong.
        var nameWords = names.SelectMany(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        return keyword.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => !nameWords.Any(n =>
            w.StartsWith(n, StringComparison.OrdinalIgnoreCase) || n.StartsWith(w, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>Whether a trigger phrase is only the word for a certificate or mark ("认证", "certification"), naming no problem.</summary>
    public static bool IsMarkWord(string keyword) => MarkWords.Contains(keyword.Trim());

    private static readonly HashSet<string> MarkWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "认证", "证书", "标志", "认证标志", "certificate", "certificates", "certification", "certifications", "mark", "marking",
    };

    /// <summary>Whether the text holds the phrase as whole words.</summary>
    public static bool ContainsWords(string text, string phrase)
    {
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var end = at + phrase.Length;
            var after = end >= text.Length || !char.IsLetterOrDigit(text[end]);
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }
}
