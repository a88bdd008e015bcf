namespace CrossBorderBot.Knowledge.Model;

/// <summary>
/// Which web hosts count as official per market, which belong to platforms or carriers, which are denied and which serve
/// only plain http (sources/hosts.yaml). A host matches a listed domain when it equals it or is a subdomain of it.
/// </summary>
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

    public SourceHostKind Classify(Source source)
    {
        var host = HostOf(source);
        if (host is null)
        {
            return SourceHostKind.ThirdParty;
        }

        if (Official.Any(o => o.Hosts.Any(d => Matches(host, d))))
        {
            return SourceHostKind.Official;
        }

        return PlatformOrCarrier.Any(d => Matches(host, d)) ? SourceHostKind.PlatformOrCarrier : SourceHostKind.ThirdParty;
    }
}
