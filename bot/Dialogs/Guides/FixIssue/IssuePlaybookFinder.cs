using CrossBorderBot.Knowledge.Advisors;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// Finds the playbooks for a problem: by <see cref="IssueTriage"/> on a description, or by issue type when the user
/// picked a category; and the playbook's note for the user's market.
/// </summary>
public sealed class IssuePlaybookFinder(KnowledgeBase knowledgeBase, IssueTriage triage)
{
    /// <summary>The best playbook and the next ones to offer when it does not help.</summary>
    public const int MaxCandidates = 4;

    /// <summary>
    /// The playbook ids for a description, best first; empty when nothing matches. A playbook about a trouble the
    /// description names outright (<see cref="IssueTypeRules"/>: "DHL扣了，要补交税款才放行" names a customs hold) comes
    /// before one that only shares its words ("交税" is also a VAT-registration keyword), the most specific trouble first.
    /// </summary>
    /// <param name="keywordsOnly">True to count only matches on a playbook keyword (for deciding whether a first
    /// message already describes a problem, rather than just asking for help with one).</param>
    public IReadOnlyList<string> Find(string description, string? market, bool keywordsOnly = false)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            return [];
        }

        var triaged = triage.Triage(new TriageInput(description, market, knowledgeBase.Playbooks.Count))
            .Where(match => !keywordsOnly || match.MatchedKeywords.Count > 0)
            .ToList();
        // With the market known, a playbook about another market's rules (a US forced-labour detention for a parcel held
        // in France) is offered only when nothing about that market matches at all.
        var onlyTheMarket = triaged.Any(match => match.MarketConcerned) && market is not null;
        var matches = triaged.Where(match => !onlyTheMarket || match.MarketConcerned).Select(match => match.Playbook).ToList();
        var named = IssueTypeRules.Find(description).Select(mention => mention.Value).ToList();
        if (named.Count == 0)
        {
            return [.. matches.Take(MaxCandidates).Select(playbook => playbook.Id)];
        }

        // Keyword-only callers ask whether the words match a playbook at all: a named trouble adds no playbook for them.
        var ofNamedType = keywordsOnly
            ? []
            : knowledgeBase.Playbooks.Where(playbook => named.Contains(IssueTypes.Id(playbook.IssueType)) && !matches.Contains(playbook)
                && (!onlyTheMarket || triage.ConcernsMarket(playbook, market!)));
        return [.. matches.Concat(ofNamedType)
            .Select((playbook, rank) => (playbook, rank, Named: named.IndexOf(IssueTypes.Id(playbook.IssueType))))
            .OrderBy(x => x.Named < 0 ? int.MaxValue : x.Named)
            .ThenBy(x => x.rank)
            .Take(MaxCandidates)
            .Select(x => x.playbook.Id)];
    }

    /// <summary>The playbooks of an issue type (one of <see cref="IssueTypes.All"/>), then those they point to.</summary>
    public IReadOnlyList<string> ForIssueType(string issueType)
    {
        var ofType = knowledgeBase.Playbooks.Where(playbook => IssueTypes.Id(playbook.IssueType) == issueType).ToList();
        return ofType.Select(playbook => playbook.Id)
            .Concat(ofType.SelectMany(playbook => playbook.Related))
            .Where(id => knowledgeBase.FindPlaybook(id) is not null)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaxCandidates)
            .ToList();
    }

    /// <summary>
    /// The playbook's notes for a market (a country code or region id): the first note for every platform that covers it,
    /// then the first one about the platform the user named ("on Amazon, appeal through Account Health"). A note about
    /// another platform is never shown, so an Etsy seller is not told to appeal through Amazon. Empty without a market.
    /// </summary>
    public IReadOnlyList<LocalizedText> MarketNotes(Playbook playbook, string? market, string? platform)
    {
        if (market is null)
        {
            return [];
        }

        var country = knowledgeBase.FindCountry(market);
        bool Covers(MarketNote note) =>
            string.Equals(note.Market, market, StringComparison.OrdinalIgnoreCase)
            || (country is not null && (string.Equals(note.Market, country.Region, StringComparison.OrdinalIgnoreCase) || (note.Market == "eu" && country.Eu)));
        var everyPlatform = playbook.MarketNotes.FirstOrDefault(note => note.Platform is null && Covers(note));
        var named = platform is null ? null : playbook.MarketNotes.FirstOrDefault(note => string.Equals(note.Platform, platform, StringComparison.OrdinalIgnoreCase) && Covers(note));
        return new[] { everyPlatform, named }.OfType<MarketNote>().Select(note => note.Note).ToList();
    }
}
