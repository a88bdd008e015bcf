using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Knowledge.Search;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// "美国卖砧板要FDA注册吗", "what is FDA registration, do i need it for cutting boards?": a registration asked about for a
/// product is answered first by whether it covers the product. A registration's data lists the product categories it is for
/// (FDA food facility registration: food and beverages, health supplements); when the product the question names belongs to
/// none of the categories of any registration it names, the lead says so, then what each of them covers — instead of
/// stating the rule as if it applied, or saying nothing. A registration that covers the product, or one without categories,
/// is left to the usual answer. Marks and other requirements are left to it too: their category lists are the usual
/// products, not their legal scope (an electric kettle needs the UKCA mark although the mark's list has no kitchen goods).
/// </summary>
internal sealed class RuleProductScope(KnowledgeBase kb, ProductCategoryWords categories, AnswerRanker ranker, AnswerComposer composer)
{
    public KnowledgeAnswer? Answer(QuestionAnalysis q, IReadOnlyList<AnswerCandidate> ranked)
    {
        if (q.AsksComparison || q.Kind is not (QuestionKind.Requirement or QuestionKind.General) || categories.Match(q.TextWithoutNames()) is not { } product)
        {
            return null;
        }

        // The registrations the question names: by their own names, or through the term whose rules they are ("FDA registration").
        var named = q.Subjects
            .SelectMany(s => s.Kind == EntityKind.Compliance ? new[] { s.Id } : s.Kind == EntityKind.GlossaryTerm ? [.. ranker.RulesOfTerm(s.Id).Select(r => r.Id)] : [])
            .Select(kb.FindCompliance)
            .OfType<ComplianceItem>()
            .DistinctBy(c => c.Id)
            .ToList();
        if (named.Count == 0 || named.Any(c => c.Kind != ComplianceKind.Registration || c.Categories.Count == 0 || c.Categories.Contains(product.Category.Id)))
        {
            return null;
        }

        // The best-ranked first: that is the registration the question's words are closest to.
        var rank = ranked.Select((r, i) => (r.Entry, Index: i)).Where(r => r.Entry.Type == SearchEntryType.Compliance)
            .GroupBy(r => r.Entry.Id, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Index, StringComparer.OrdinalIgnoreCase);
        var rules = named.OrderBy(c => rank.TryGetValue(c.Id, out var index) ? index : int.MaxValue).ToList();
        var zh = KnowledgeLanguage.IsChinese(q.Language);
        var covers = rules.Select(c => zh
            ? $"{c.Name.ZhCn}适用于{string.Join("、", CategoryNames(c, q.Language))}"
            : $"{c.Name.En} is for {string.Join(", ", CategoryNames(c, q.Language)).ToLowerInvariant()}");
        var category = product.Category.Name.Get(q.Language);
        var lead = zh
            ? $"按我掌握的资料，{string.Join("；", covers)}。{product.Keyword}属于{category}，不在{(rules.Count == 1 ? "其" : "这些注册的")}适用范围内，因此不因这件产品而需要办理；针对该产品的其他规定仍可能适用。"
            : $"By what I hold, {string.Join("; ", covers)}. {Capitalised(product.Keyword)} ({category.ToLowerInvariant()}) {(rules.Count == 1 ? "is not among the products it covers, so it is not needed for them" : "are not among the products these cover, so none of them is needed for them")}; other rules for the product may still apply.";
        return new KnowledgeAnswer
        {
            Answered = true,
            Language = q.Language,
            Analysis = q,
            Title = string.Join(zh ? "；" : "; ", rules.Select(c => c.Name.Get(q.Language))),
            Lead = lead,
            Details = [.. rules.Select(c => c.Name.Get(q.Language) + (zh ? "：" : ": ") + AnswerText.Lead(c.Summary.Get(q.Language), 260, 1).Lead)],
            Sources = [.. rules.SelectMany(c => composer.SourcesOf(c.Sources, c.Reviewed)).DistinctBy(s => s.Title)],
            Entries = [.. rules.Select(c => new AnswerEntryRef(SearchEntryType.Compliance, c.Id))],
            TopScore = ranked.Count > 0 ? ranked[0].Score : 0,
        };
    }

    private IEnumerable<string> CategoryNames(ComplianceItem item, string language) =>
        item.Categories.Select(id => kb.Categories.FirstOrDefault(c => c.Id == id)?.Name.Get(language)).OfType<string>();

    private static string Capitalised(string word) => word.Length > 0 && char.IsAsciiLetterLower(word[0]) ? char.ToUpperInvariant(word[0]) + word[1..] : word;
}
