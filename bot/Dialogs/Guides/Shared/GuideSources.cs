using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Plans;
using CrossBorderBot.Replies;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// The sources behind a guide's result, each with the review date of the knowledge-base entry that cites it (the
/// newest when several entries cite the same source), so the user can judge how current the advice is.
/// </summary>
public sealed class GuideSources(KnowledgeBase knowledgeBase)
{
    private readonly Dictionary<string, DateOnly> _reviewedById = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Records the sources of one entry reviewed on <paramref name="reviewed"/>.</summary>
    public GuideSources Add(IEnumerable<string> sourceIds, DateOnly reviewed)
    {
        foreach (var id in sourceIds)
        {
            _reviewedById[id] = _reviewedById.TryGetValue(id, out var earlier) && earlier > reviewed ? earlier : reviewed;
        }

        return this;
    }

    public IReadOnlyList<ReplySource> ToReplySources(int max) =>
        [.. Resolved().Take(max).Select(pair => new ReplySource(pair.Source.Title, pair.Source.Publisher, pair.Source.Url, pair.Reviewed))];

    /// <summary>A plain list: plans are kept in user state, and Json.NET cannot rebuild a collection expression's hidden type.</summary>
    public List<PlanSource> ToPlanSources(int max) =>
        Resolved().Take(max).Select(pair => new PlanSource(pair.Source.Title, pair.Source.Publisher, pair.Source.Url, pair.Reviewed)).ToList();

    private IEnumerable<(Source Source, DateOnly Reviewed)> Resolved() =>
        _reviewedById.Select(pair => (Source: knowledgeBase.FindSource(pair.Key), pair.Value))
            .Where(pair => pair.Source is not null)
            .Select(pair => (pair.Source!, pair.Value));
}
