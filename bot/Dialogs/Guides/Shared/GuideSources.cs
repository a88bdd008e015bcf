using System.Runtime.CompilerServices;
using CrossBorderBot.Plans;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// The sources behind a guide's result, each with the review date of the knowledge-base entry that cites it (the
/// newest when several entries cite the same source), so the user can judge how current the advice is.
/// Sources are exact: when the result is about one market (its entries' sources were added, as the landed cost
/// adds the destination's), sources that only other markets' entries cite — another country's tax office, a
/// foreign executive order a channel entry mentions — are left out, and the market's own sources come first.
/// </summary>
public sealed partial class GuideSources(KnowledgeBase knowledgeBase)
{
    /// <summary>How many sources every guide's result lists and its plan keeps (the same for all guides).</summary>
    public const int MaxShown = 8;

    // An Add counts as "the sources of one market" when at least half of its sources belong to that market's
    // entries (the landed cost adds the destination's sources and the exchange-rate references), and that market is
    // named by more than half of them: a channel's list citing one EU and one UK office is about neither.
    private const double MarketShare = 0.5;

    private readonly Dictionary<string, DateOnly> _reviewedById = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _focus = new(StringComparer.OrdinalIgnoreCase);
    // Which markets cite each source depends only on the loaded knowledge base, so it is worked out once per base
    // (a reload brings a new instance) rather than for every result, where it cost about a twentieth of a turn.
    private static readonly ConditionalWeakTable<KnowledgeBase, Dictionary<string, HashSet<string>>> MarketsBySourceByBase = new();

    private Dictionary<string, HashSet<string>> MarketsBySourceOfBase => MarketsBySourceByBase.GetValue(knowledgeBase, MarketsBySource);

    /// <summary>Records the sources of one entry reviewed on <paramref name="reviewed"/>.</summary>
    public GuideSources Add(IEnumerable<string> sourceIds, DateOnly reviewed)
    {
        var ids = sourceIds.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var id in ids)
        {
            _reviewedById[id] = _reviewedById.TryGetValue(id, out var earlier) && earlier > reviewed ? earlier : reviewed;
        }

        NoteMarket(ids);
        return this;
    }

    public IReadOnlyList<ReplySource> ToReplySources(int max = MaxShown) =>
        [.. Resolved().Take(max).Select(pair => new ReplySource(pair.Source.Title, pair.Source.Publisher, pair.Source.Url, pair.Reviewed))];

    /// <summary>A plain list: plans are kept in user state, and Json.NET cannot rebuild a collection expression's hidden type.</summary>
    public List<PlanSource> ToPlanSources(int max = MaxShown) =>
        Resolved().Take(max).Select(pair => new PlanSource(pair.Source.Title, pair.Source.Publisher, pair.Source.Url, pair.Reviewed)).ToList();

    private void NoteMarket(List<string> ids)
    {
        var marketsBySource = MarketsBySourceOfBase;
        var owned = ids.Where(marketsBySource.ContainsKey).ToList();
        if (owned.Count < 2 || owned.Count < ids.Count * MarketShare)
        {
            return;
        }

        // Sources shared with other markets (a regional article) do not hide whose entry this is: the market(s)
        // most of its sources belong to.
        var common = owned.SelectMany(id => marketsBySource[id]).GroupBy(m => m, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > owned.Count * MarketShare).Select(g => g.Key).ToList();
        foreach (var market in common)
        {
            _focus.Add(market);

            // A member state's result may also cite the EU-wide rules.
            if (knowledgeBase.FindCountry(market)?.Eu == true)
            {
                _focus.Add("eu");
            }
        }
    }

    private IEnumerable<(Source Source, DateOnly Reviewed)> Resolved()
    {
        var resolved = _reviewedById.Select(pair => (Source: knowledgeBase.FindSource(pair.Key), pair.Value))
            .Where(pair => pair.Source is not null)
            .Select(pair => (Source: pair.Source!, Reviewed: pair.Value));
        if (_focus.Count == 0)
        {
            return resolved;
        }

        var marketsBySource = MarketsBySourceOfBase;
        return resolved
            .Select(pair => (pair.Source, pair.Reviewed, Markets: marketsBySource.GetValueOrDefault(pair.Source.Id)))
            .Where(pair => pair.Markets is null || pair.Markets.Overlaps(_focus))
            .OrderBy(pair => pair.Markets is null ? 1 : 0)
            .Select(pair => (pair.Source, pair.Reviewed));
    }

    /// <summary>Which markets' entries (the market, its import rules, marks that apply only in markets) cite each source.</summary>
    private static Dictionary<string, HashSet<string>> MarketsBySource(KnowledgeBase kb)
    {
        var map = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        // Sources cited by an entry of a single market: only these say whose a government site is. An entry about several
        // markets (EORI: the EU's and the UK's) cites each one's office, so it would make the UK's site an EU one too.
        var ownMarketBySource = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        void Cite(IEnumerable<string> sourceIds, IReadOnlyCollection<string> markets)
        {
            foreach (var id in sourceIds)
            {
                AddTo(map, id, markets);
                if (markets.Count == 1)
                {
                    AddTo(ownMarketBySource, id, markets);
                }
            }
        }

        foreach (var market in kb.Markets)
        {
            Cite(market.Sources, [market.Id]);
            foreach (var rule in market.ImportRules)
            {
                Cite(rule.Sources, [market.Id]);
            }
        }

        foreach (var item in kb.Compliance.Where(c => c.Markets.Count > 0))
        {
            Cite(item.Sources, item.Markets);
        }

        // A government page belongs to its country even when only a channel or a playbook cites it (a US executive
        // order in a channel entry): its site is one a market entry cites.
        var marketsByHost = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, markets) in ownMarketBySource)
        {
            if (GovernmentHost(kb.FindSource(id)?.Url) is { } host)
            {
                AddTo(marketsByHost, host, markets);
            }
        }

        foreach (var source in kb.Sources.Where(s => !map.ContainsKey(s.Id)))
        {
            if (GovernmentHost(source.Url) is { } host && marketsByHost.TryGetValue(host, out var markets))
            {
                map[source.Id] = new HashSet<string>(markets, StringComparer.OrdinalIgnoreCase);
            }
        }

        return map;
    }

    private static void AddTo(Dictionary<string, HashSet<string>> map, string key, IEnumerable<string> markets)
    {
        if (!map.TryGetValue(key, out var set))
        {
            map[key] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        }

        set.UnionWith(markets);
    }

    private static string? GovernmentHost(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && GovernmentSite().IsMatch(uri.Host) ? uri.Host : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"(\.gov|\.gov\.[a-z]{2}|\.go\.[a-z]{2}|\.gc\.ca|\.gob\.[a-z]{2}|europa\.eu|\.gouv\.fr|\.bund\.de)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex GovernmentSite();
}
