using System.Collections.Concurrent;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Knowledge.Search;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// Which single rule a question is about when it names a market or a glossary term and the rule's topic: a market's
/// rules (its import rules and the compliance items of that market alone) carry their topic in their names ("Malaysia
/// sales tax on low value goods"), and a glossary term has its own rule when a compliance item's name carries the
/// term's name ("EU Digital Services Act Art. 30 …" for DSA). The market's summary mentions all its rules and so
/// matches many words; the rule whose name carries what is asked is the better answer.
/// </summary>
internal sealed class RuleTopics
{
    // Words that say what form the answer takes or that it is a rule, not which rule: "Brazil's tax on purchases",
    // "India's rule on seller details".
    private static readonly string[] FormWords =
    [
        "vat", "gst", "tax", "taxes", "import", "imports", "imported", "rule", "rules", "law", "laws", "regulation", "regulations", "requirement", "requirements", "policy",
        "税", "增值税", "消费税", "税率", "进口", "规定", "法规", "法律", "政策", "规则", "要求",
    ];

    private readonly KnowledgeSearch _search;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<AnswerEntry>> _rulesByMarket;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<AnswerEntry>> _rulesByTerm;
    private readonly ConcurrentDictionary<(AnswerEntry, string), HashSet<string>> _titleTerms = new();
    private readonly HashSet<string> _formStems;
    private readonly HashSet<string> _goodsStems;
    private readonly IReadOnlyDictionary<string, HashSet<string>> _taxNameStems;

    public RuleTopics(KnowledgeBase kb, KnowledgeSearch search, AnswerEntryCatalog catalog)
    {
        _search = search;
        var compliance = catalog.All.Where(e => e.Type == SearchEntryType.Compliance).ToList();
        _rulesByMarket = kb.Markets.ToDictionary(
            m => m.Id,
            m => (IReadOnlyList<AnswerEntry>)[.. catalog.All.Where(e => (e.Type == SearchEntryType.ImportRule && m.Id.Equals(e.ParentId, StringComparison.OrdinalIgnoreCase))
                || (e.Type == SearchEntryType.Compliance && e.Markets.Count == 1 && m.Id.Equals(e.Markets[0], StringComparison.OrdinalIgnoreCase)))],
            StringComparer.OrdinalIgnoreCase);
        _rulesByTerm = kb.Glossary.ToDictionary(
            g => g.Id,
            g => (IReadOnlyList<AnswerEntry>)[.. compliance.Where(c => NamesOf(g).Any(n => TitleCarries(c, n)))],
            StringComparer.OrdinalIgnoreCase);
        // "Japan consumption tax rate": the words of a market's own tax name ask for its rate, not for a rule. Only the
        // name itself, not its bracketed explanation ("Sales tax (SST; 10% LVG tax on low-value goods)").
        _taxNameStems = kb.Markets.ToDictionary(
            m => m.Id,
            m => search.Terms(HeadOf(m.Vat.Name.En), KnowledgeLanguage.English).Concat(search.Terms(HeadOf(m.Vat.Name.ZhCn), KnowledgeLanguage.Chinese)).ToHashSet(),
            StringComparer.OrdinalIgnoreCase);
        _formStems = [.. FormWords.SelectMany(w => search.Terms(w, KnowledgeLanguage.ContainsCjk(w) ? KnowledgeLanguage.Chinese : KnowledgeLanguage.English))];
        _goodsStems = [.. search.Terms("goods", KnowledgeLanguage.English), .. search.Terms("商品 货物", KnowledgeLanguage.Chinese)];
    }

    /// <summary>The compliance items whose name carries the glossary term's name (the term's own rule).</summary>
    public IReadOnlyList<AnswerEntry> RulesOfTerm(string termId) => _rulesByTerm.TryGetValue(termId, out var rules) ? rules : [];

    /// <summary>
    /// How much of what is asked the name of a rule of the market carries, 0 to 1 (form words and the market's tax name
    /// aside); 0 when nothing is left to ask.
    /// </summary>
    public double TitleCoverage(AnswerEntry entry, string marketId, IReadOnlyList<string> content, string language) =>
        TitleMatch(entry, marketId, content, language).Share;

    /// <summary>
    /// Whether the question names the topic of one of the market's own rules: most of what is asked, or three words of
    /// the rule's name ("cheap goods … (low value goods)").
    /// </summary>
    public bool NamesRuleTopic(string marketId, IReadOnlyList<string> content, string language) =>
        _rulesByMarket.TryGetValue(marketId, out var rules)
        && rules.Select(r => TitleMatch(r, marketId, content, language)).Any(m => m.Share >= 0.5 || m.Covered >= 3);

    /// <summary>
    /// Whether the question names the topic of a country's own scheme (an entry of that one country): two words of the
    /// scheme's name beyond the form words ("mail-order"), or one beside the tax term its name carries ("小额商品 … GST").
    /// One word alone is too little ("ioss for orders to switzerland" is not the mail-order rule), and so is the tax alone
    /// ("瑞士进口vat几个点": the scheme holds no rate).
    /// </summary>
    public bool NamesSchemeTopic(AnswerEntry entry, QuestionAnalysis q, IReadOnlyList<string> content)
    {
        if (entry.Markets.Count != 1)
        {
            return false;
        }

        // A Chinese word is carried as written ("商品" in "低价值进口商品"), however the title's words are cut.
        var title = TitleTerms(entry, q.Language);
        var covered = content.Count(t => !_formStems.Contains(t) && (title.Contains(t) || (KnowledgeLanguage.ContainsCjk(t) && entry.Title.ZhCn.Contains(t, StringComparison.Ordinal))));
        return covered >= 2 || (covered == 1 && q.Subjects.Any(s => s.Kind == EntityKind.GlossaryTerm && EntryMentions.TitleCarries(entry, s)));
    }

    private (double Share, int Covered) TitleMatch(AnswerEntry entry, string marketId, IReadOnlyList<string> content, string language)
    {
        var taxName = _taxNameStems.TryGetValue(marketId, out var stems) ? stems : [];
        // "IGST on goods imported into India": with the market's own tax named, "goods" is what every tax is on, not a topic
        // ("Malaysia's tax on cheap goods" still names the low-value-goods rule).
        var namesTax = content.Any(t => taxName.Contains(t) && !_formStems.Contains(t));
        var topic = content.Where(t => !_formStems.Contains(t) && !taxName.Contains(t) && !(namesTax && _goodsStems.Contains(t))).ToList();
        if (topic.Count == 0)
        {
            return (0, 0);
        }

        var title = TitleTerms(entry, language);
        var covered = topic.Count(title.Contains);
        return (covered / (double)topic.Count, covered);
    }

    private HashSet<string> TitleTerms(AnswerEntry entry, string language) =>
        _titleTerms.GetOrAdd((entry, language), key => [.. _search.Terms(key.Item1.Title.Get(key.Item2) + "\n" + key.Item1.Title.En, key.Item2)]);

    private static string HeadOf(string name) => name.Split(['(', '（'], 2)[0];

    private static IEnumerable<string> NamesOf(GlossaryTerm term) =>
        term.Aliases.Append(term.Term.En).Append(term.Term.ZhCn)
            .SelectMany(n => n.Split(['(', ')', '（', '）', '《', '》', '/'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Where(n => n.Length >= 3);

    // Every word of the name in the title, in any order ("battery … due diligence" carries "battery due diligence");
    // a Chinese name as written.
    private static bool TitleCarries(AnswerEntry entry, string name)
    {
        if (KnowledgeLanguage.ContainsCjk(name))
        {
            return entry.Title.ZhCn.Contains(name, StringComparison.Ordinal);
        }

        var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3).ToList();
        var title = entry.Title.En.Split([' ', '-', '(', ')', ',', '—', '.', ':', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant()).ToHashSet();
        return words.Count >= 2 && words.All(w => title.Contains(w.ToLowerInvariant()));
    }
}
