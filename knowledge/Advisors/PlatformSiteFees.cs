using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>
/// The fixed fees a seller pays in the markets they sell to: the fees every site charges, plus those of the country
/// sites among their markets. When none of their markets has a site fee on record, the first site listed stands in
/// (the platform's main site; its fee names say which site it is), so a result never goes without the plan fee.
/// </summary>
public static class PlatformSiteFees
{
    public static IReadOnlyList<PlatformFixedFee> For(PlatformFees fees, IReadOnlyCollection<string> markets)
    {
        bool InMarkets(PlatformFixedFee fee) => fee.Market is { } site && markets.Contains(site, StringComparer.OrdinalIgnoreCase);
        var sites = fees.Fixed.Any(InMarkets)
            ? markets
            : fees.Fixed.Select(fee => fee.Market).OfType<string>().Take(1).ToList();
        return [.. fees.Fixed.Where(fee => fee.Market is null || sites.Contains(fee.Market, StringComparer.OrdinalIgnoreCase))];
    }
}
