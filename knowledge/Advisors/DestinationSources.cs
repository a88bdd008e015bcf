using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>
/// The sources a result for some destinations may cite: a page on another market's official host (a US executive order,
/// HMRC's guidance on UK VAT) backs what an entry says about that market, not a result for Germany or Australia. Pages of
/// the destinations' own authorities, of the EU for a member state, of intergovernmental bodies and of companies stay.
/// </summary>
public static class DestinationSources
{
    public static IReadOnlyList<string> For(KnowledgeBase kb, IEnumerable<string> sourceIds, ResolvedLocation destination)
    {
        ArgumentNullException.ThrowIfNull(kb);
        ArgumentNullException.ThrowIfNull(sourceIds);
        ArgumentNullException.ThrowIfNull(destination);
        string[] own = [destination.Id, destination.CountryCode ?? destination.Id, destination.RegionId ?? destination.Id, "global", .. destination.IsEu ? ["eu"] : Array.Empty<string>()];
        return [.. sourceIds.Where(id => kb.FindSource(id) is not { } source
            || kb.SourceClassOf(source) is var hosted && (hosted.Kind != SourceHostKind.Official || hosted.IsOfficialFor(own)))];
    }

    /// <summary>
    /// The sources a result for several destinations at once may cite: those one of them may. A platform recommended for
    /// Mexico does not cite Brazil's tax authority on Remessa Conforme, which its entry lists; for Brazil and Mexico it does.
    /// With no destination known, or a region among them other than the EU ("latin-america": Brazil's pages are the
    /// region's too), nothing is left out.
    /// </summary>
    public static IReadOnlyList<string> ForAny(KnowledgeBase kb, IReadOnlyList<string> sourceIds, IReadOnlyCollection<ResolvedLocation> destinations)
    {
        ArgumentNullException.ThrowIfNull(destinations);
        if (destinations.Count == 0 || destinations.Any(d => d.CountryCode is null && !d.IsEu))
        {
            return sourceIds;
        }

        var kept = destinations.SelectMany(d => For(kb, sourceIds, d)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. sourceIds.Where(kept.Contains)];
    }
}
