using System.Collections.Concurrent;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Knowledge.Search;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// How many of a playbook's own trigger phrases ("held at customs", "账号被封") a question uses: those name the problem the
/// playbook answers. Split from <see cref="AnswerRanker"/>.
/// </summary>
internal sealed class PlaybookTriggers(KnowledgeBase kb, KnowledgeSearch search)
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _keywordStems = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, HashSet<string>> _questionStems = new(StringComparer.Ordinal);

    public int Hits(QuestionAnalysis q, string playbookId)
    {
        if (kb.FindPlaybook(playbookId) is not { } playbook)
        {
            return 0;
        }

        var text = q.Text.ToLowerInvariant();

        // Trigger phrases that contain a name ("UK VAT", "CE marking", "增值税") point at the named thing's own
        // entry, which answers better; "被海关扣了" also matches without the passive "被".
        var names = q.Entities.Select(e => e.Surface).ToList();
        // A phrase made only of names ("UK VAT", "CE marking") is left to the named entries; "EPR number missing" still
        // says what went wrong.
        // "德国要CE认证吗": beside a named mark or term, the bare word for a certificate ("认证", "certification") says no more
        // than that name; only a phrase that says what went wrong ("没有CE认证", "missing certificate") is the problem's.
        var namesAMark = q.Entities.Any(e => e.Kind is EntityKind.Compliance or EntityKind.GlossaryTerm);
        bool Usable(string keyword) => keyword.Length >= 2 && KeywordMatch.SaysMoreThanNames(keyword, names) && !(namesAMark && KeywordMatch.IsMarkWord(keyword));
        var zh = playbook.Keywords.ZhCn.Where(Usable)
            .Count(k => text.Contains(k, StringComparison.Ordinal) || (k.StartsWith('被') && k.Length > 3 && text.Contains(k[1..], StringComparison.Ordinal)));
        var stems = _questionStems.GetOrAdd(q.Text, t => [.. search.Terms(t, KnowledgeLanguage.English)]);

        // "account suspended" also matches "our account … was suspended": every word of the phrase, in any order.
        var en = playbook.Keywords.En.Where(Usable).Count(k => KeywordMatch.ContainsWords(text, k.ToLowerInvariant())
            || _keywordStems.GetOrAdd(k, p => [.. search.Terms(p, KnowledgeLanguage.English)]) is { Count: >= 2 } words && words.All(stems.Contains));
        return zh + en;
    }
}
