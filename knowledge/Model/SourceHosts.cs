using System.Runtime.CompilerServices;

namespace CrossBorderBot.Knowledge.Model;

/// <summary>
/// Which web hosts count as official per market, which belong to platforms or carriers, which are denied and which serve
/// only plain http (sources/hosts.yaml). A host matches a listed domain when it equals it or is a subdomain of it.
/// </summary>
/// <remarks>
/// A source's host is classified once per source and these lists (<see cref="Classified"/>): every logistics result asks
/// it of each source it cites, and parsing the address and matching it against every listed domain each time was
/// 2.5–2.8 % of a guide turn. Sources and these lists are read-only once the knowledge is loaded, so the answer kept is
/// the answer a new classification would give.
/// </remarks>
public sealed record SourceHosts
{
    // Per instance without a field of the record's own (a field would take part in its equality), per source by reference.
    private static readonly ConditionalWeakTable<SourceHosts, ConditionalWeakTable<Source, SourceClass>> ClassesByHosts = new();

    public IReadOnlyList<OfficialHosts> Official { get; init; } = [];

    public IReadOnlyList<string> PlatformOrCarrier { get; init; } = [];

    public IReadOnlyList<DeniedHost> Denied { get; init; } = [];

    public IReadOnlyList<string> HttpOnly { get; init; } = [];

    /// <summary>The lower-case host of a source's address, or null when it has none or it is not an absolute http(s) URL.</summary>
    public static string? HostOf(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Uri.TryCreate(source.Url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.Host.ToLowerInvariant()
            : null;
    }

    /// <summary>True when <paramref name="host"/> is <paramref name="domain"/> or one of its subdomains.</summary>
    public static bool Matches(string host, string domain) =>
        string.Equals(host, domain, StringComparison.OrdinalIgnoreCase)
        || host.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the host is official for any of <paramref name="markets"/>.</summary>
    public bool IsOfficialFor(string host, IReadOnlyCollection<string> markets) =>
        Official.Any(o => markets.Contains(o.Market, StringComparer.OrdinalIgnoreCase) && o.Hosts.Any(d => Matches(host, d)));

    public DeniedHost? DeniedEntry(string host) => Denied.FirstOrDefault(d => Matches(host, d.Host));

    public bool IsHttpOnly(string host) => HttpOnly.Any(d => Matches(host, d));

    public SourceHostKind Classify(Source source) => Classified(source).Kind;

    /// <summary>
    /// True when the source's host is official for any of <paramref name="markets"/> (<see cref="IsOfficialFor"/> of its
    /// host; false for a source without an http(s) address).
    /// </summary>
    public bool IsOfficialFor(Source source, IReadOnlyCollection<string> markets) =>
        Classified(source).OfficialFor.Any(market => markets.Contains(market, StringComparer.OrdinalIgnoreCase));

    /// <summary>The source's host classified: worked out on the first call for this source, kept for the next.</summary>
    private SourceClass Classified(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var classes = ClassesByHosts.GetValue(this, static _ => new());
        return classes.TryGetValue(source, out var known) ? known : classes.GetValue(source, ClassifyHost);
    }

    private SourceClass ClassifyHost(Source source)
    {
        var host = HostOf(source);
        if (host is null)
        {
            return new(SourceHostKind.ThirdParty, []);
        }

        // The markets whose official hosts hold it, in list order: what IsOfficialFor(host, markets) looks for.
        string[] officialFor = [.. Official.Where(o => o.Hosts.Any(d => Matches(host, d))).Select(o => o.Market)];
        var kind = officialFor.Length > 0 ? SourceHostKind.Official
            : PlatformOrCarrier.Any(d => Matches(host, d)) ? SourceHostKind.PlatformOrCarrier
            : SourceHostKind.ThirdParty;
        return new(kind, officialFor);
    }

    /// <summary>Who runs a source's host, and the markets it is official for (none unless <paramref name="Kind"/> is official).</summary>
    private sealed record SourceClass(SourceHostKind Kind, IReadOnlyList<string> OfficialFor);
}
