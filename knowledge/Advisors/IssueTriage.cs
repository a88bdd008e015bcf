using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Knowledge.Search;

namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>Finds the playbooks for a described problem: playbook keywords found in the text weigh most, full-text
/// search over the playbooks breaks ties and catches wording the keywords miss.</summary>
public sealed class IssueTriage
{
    private const decimal KeywordWeight = 0.65m;
    private const decimal SearchWeight = 0.35m;
    private const decimal OtherMarketFactor = 0.7m;

    private readonly KnowledgeBase _kb;
    private readonly KnowledgeSearch _search;
    private readonly GeographyResolver _geography;

    public IssueTriage(KnowledgeBase knowledgeBase, KnowledgeSearch search)
    {
        _kb = knowledgeBase;
        _search = search;
        _geography = new GeographyResolver(knowledgeBase);
    }

    public IReadOnlyList<TriageMatch> Triage(TriageInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrWhiteSpace(input.Text))
        {
            throw new AdvisorInputException("text", "Describe the problem in a few words.");
        }

        var market = input.Market is null ? null : _geography.Resolve(input.Market, "market");
        var hits = _search.Search(input.Text, new SearchOptions { MaxHits = 20, EntryTypes = [SearchEntryType.Playbook] });
        var topScore = hits.Count == 0 ? 0f : hits.Max(h => h.Score);
        var searchScores = hits.ToDictionary(h => h.Id, h => topScore > 0 ? (decimal)(h.Score / topScore) : 0m, StringComparer.Ordinal);
        var text = input.Text.ToLowerInvariant();

        var matches = new List<TriageMatch>();
        foreach (var playbook in _kb.Playbooks)
        {
            var found = playbook.Keywords.En.Concat(playbook.Keywords.ZhCn)
                .Where(k => k.Length > 0 && text.Contains(k.ToLowerInvariant(), StringComparison.Ordinal))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();

            // Two keywords are strong evidence; a long keyword counts a little more than a short one.
            var keywordScore = Math.Min(1m, found.Sum(k => k.Length >= 6 || KnowledgeLanguage.ContainsCjk(k) ? 0.6m : 0.45m));
            var searchScore = searchScores.GetValueOrDefault(playbook.Id);
            var score = KeywordWeight * keywordScore + SearchWeight * searchScore;
            if (score <= 0)
            {
                continue;
            }

            var concerned = market is null || Concerns(playbook, market);
            if (!concerned)
            {
                score *= OtherMarketFactor;
            }

            // Triage is not told the platform: a note about one platform ("on Amazon, appeal through Account Health") is left out.
            var note = market is null ? null : playbook.MarketNotes.FirstOrDefault(n => n.Platform is null && _geography.Covers(n.Market, market))?.Note;
            matches.Add(new TriageMatch
            {
                Playbook = playbook,
                Score = Math.Round(score, 3),
                MatchedKeywords = found,
                MarketConcerned = concerned,
                MarketNote = note,
                SourceIds = playbook.Sources,
            });
        }

        return matches
            .OrderByDescending(m => m.Score)
            .ThenBy(m => m.Playbook.Id, StringComparer.Ordinal)
            .Take(Math.Max(1, input.MaxResults))
            .ToList();
    }

    /// <summary>True when the playbook is about the market (a country code, region id or name) or about no market in
    /// particular; false for a playbook about another market's rules, and for a market the geography does not know.</summary>
    public bool ConcernsMarket(Playbook playbook, string market)
    {
        ArgumentNullException.ThrowIfNull(playbook);
        try
        {
            return Concerns(playbook, _geography.Resolve(market, "market"));
        }
        catch (UnknownLocationException)
        {
            return playbook.Markets.Count == 0;
        }
    }

    private bool Concerns(Playbook playbook, ResolvedLocation market) =>
        playbook.Markets.Count == 0 || _geography.Coverage(playbook.Markets, market) > 0;
}
