namespace CrossBorderBot.Knowledge.Model;

/// <summary>
/// Which web hosts count as official per market, which belong to platforms or carriers, which are denied and which serve
/// only plain http (sources/hosts.yaml). A host matches a listed domain when it equals it or is a subdomain of it.
/// </summary>
/// <remarks>
/// Each call here parses the source's address and matches it against every listed domain. The knowledge base classifies
/// each of its sources once when it is built (<see cref="KnowledgeBase.SourceClassOf"/>), which is what a turn asks.
/// </remarks>
public sealed record SourceHosts
{
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

    public SourceHostKind Classify(Source source) => ClassOf(source).Kind;

    /// <summary>
    /// True when the source's host is official for any of <paramref name="markets"/> (<see cref="IsOfficialFor"/> of its
    /// host; false for a source without an http(s) address).
    /// </summary>
    public bool IsOfficialFor(Source source, IReadOnlyCollection<string> markets) => ClassOf(source).IsOfficialFor(markets);

    /// <summary>Who runs the source's host and the markets it is official for, read from these lists.</summary>
    public SourceClass ClassOf(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
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

}

/// <summary>Who runs a source's host, and the markets it is official for (none unless <paramref name="Kind"/> is official).</summary>
public sealed record SourceClass(SourceHostKind Kind, IReadOnlyList<string> OfficialFor)
{
    /// <summary>True when the host is official for any of <paramref name="markets"/>.</summary>
    public bool IsOfficialFor(IReadOnlyCollection<string> markets)
    {
        ArgumentNullException.ThrowIfNull(markets);
        return OfficialFor.Any(market => markets.Contains(market, StringComparer.OrdinalIgnoreCase));
    }
}
