using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>
/// The sources a platform recommendation cites: the platform's list without the pages that back only what the
/// recommendation does not show. A platform's list also holds pages about other parts of its entry — another country
/// site's fees, a restricted-goods rule, a dated fee change, a strength or risk with pages of its own (Temu's exposure to
/// the US de minimis change) — and a result that shows none of those must not cite them.
/// </summary>
public static class PlatformShownSources
{
    /// <summary>The sources behind a recommendation that shows the platform's summary, the fixed fees of the sites in
    /// <paramref name="markets"/> and <paramref name="shownRequirements"/>.</summary>
    public static IReadOnlyList<string> For(Platform platform, IReadOnlyList<LocalizedText> shownRequirements, IReadOnlyCollection<string> markets)
    {
        var fees = platform.Fees;
        var shownFees = PlatformSiteFees.For(fees, markets);
        // A fixed fee that names its own pages stands for the fee line; the fee list then also holds other sites' pages.
        var feesNameTheirPages = fees.Fixed.Any(fee => fee.Name.Sources is { Count: > 0 });
        var shown = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        shown.UnionWith(platform.Summary.Sources ?? []);
        shown.UnionWith(shownRequirements.SelectMany(text => text.Sources ?? []));
        shown.UnionWith(feesNameTheirPages ? shownFees.SelectMany(fee => fee.Name.Sources ?? fees.Sources) : fees.Sources);

        var hidden = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        hidden.UnionWith(platform.RestrictedProducts.SelectMany(text => text.Sources ?? []));
        // A recommendation shows its own reasons, never the entry's strengths and risks.
        hidden.UnionWith(platform.Strengths.Concat(platform.Risks).SelectMany(text => text.Sources ?? []));
        hidden.UnionWith(platform.EntryRequirements.Concat(platform.CategoryRequirements.Select(r => r.Text))
            .Except(shownRequirements).SelectMany(text => text.Sources ?? []));
        hidden.UnionWith(fees.History.SelectMany(change => change.Sources));
        if (feesNameTheirPages)
        {
            hidden.UnionWith(fees.Sources);
            hidden.UnionWith(fees.Fixed.Except(shownFees).SelectMany(fee => fee.Name.Sources ?? []));
        }

        hidden.ExceptWith(shown);
        return [.. platform.Sources.Where(id => !hidden.Contains(id))];
    }
}
