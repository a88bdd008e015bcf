using CrossBorderBot.Knowledge.Answering;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>Resolves country codes, region ids and names/aliases (both languages), and decides what covers what.</summary>
internal sealed class GeographyResolver
{
    private readonly KnowledgeBase _kb;
    private readonly Dictionary<string, ResolvedLocation> _byName = new(StringComparer.OrdinalIgnoreCase);

    public GeographyResolver(KnowledgeBase kb)
    {
        _kb = kb;
        foreach (var region in kb.Regions)
        {
            var location = new ResolvedLocation(region.Id, null, region.Id, region.Id == "eu");
            foreach (var name in Names(region.Id, region.Name, region.Aliases))
            {
                _byName.TryAdd(name, location);
            }
        }

        foreach (var country in kb.Countries)
        {
            var location = new ResolvedLocation(country.Code, country.Code, country.Region, country.Eu);
            foreach (var name in Names(country.Code, country.Name, country.Aliases))
            {
                // Country names win over region aliases of the same spelling.
                _byName[name] = location;
            }
        }

        _byName.TryAdd("eu", new ResolvedLocation("eu", null, "eu", true));
        _byName.TryAdd("global", new ResolvedLocation("global", null, "global", false));
    }

    public ResolvedLocation Resolve(string? input, string field)
    {
        var key = input?.Trim();
        if (string.IsNullOrEmpty(key))
        {
            throw new AdvisorInputException(field, "A country or region is required.");
        }

        return _byName.TryGetValue(key, out var location) ? location : throw new UnknownLocationException(field, key);
    }

    /// <summary>
    /// Places as they read in a sentence, the way answers name them: "the United Kingdom, Germany" / "英国、德国"
    /// (a code or id never reaches the user).
    /// </summary>
    public LocalizedText SentenceNames(IEnumerable<ResolvedLocation> locations)
    {
        var names = locations.Select(NameOf).ToList();
        return LocalizedText.Of(string.Join(", ", names.Select(n => PlaceName.InSentence(n.En))), string.Join("、", names.Select(n => n.ZhCn)));
    }

    private LocalizedText NameOf(ResolvedLocation location) =>
        (location.CountryCode is { } code ? _kb.FindCountry(code)?.Name : null)
        ?? _kb.FindRegion(location.Id)?.Name
        ?? _kb.FindMarket(location.Id)?.Name
        ?? LocalizedText.Of(location.Id, location.Id);

    /// <summary>How well a coverage reference (a platform region, a channel destination key, a playbook market)
    /// covers a target: 1 fully, 0.5 when only some countries of a target region are covered, 0 not at all.</summary>
    public decimal Coverage(IEnumerable<string> coverage, ResolvedLocation target)
    {
        var best = 0m;
        foreach (var reference in coverage)
        {
            if (Covers(reference, target))
            {
                return 1m;
            }

            if (target.CountryCode is null && _kb.FindCountry(reference) is { } country &&
                (country.Region == target.RegionId || (target.Id == "eu" && country.Eu) || (target.Id == "europe" && country.Eu)))
            {
                best = 0.5m;
            }
        }

        return best;
    }

    public bool Covers(string reference, ResolvedLocation target)
    {
        if (reference == "global" || string.Equals(reference, target.Id, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (reference == "eu")
        {
            return target.IsEu;
        }

        if (reference == "europe" && target.IsEu)
        {
            return true;
        }

        return target.RegionId is not null && string.Equals(reference, target.RegionId, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The most specific key of a per-destination table (country, eu, region, global, default).</summary>
    public T? MostSpecific<T>(IEnumerable<T> rows, Func<T, string> key, ResolvedLocation target)
        where T : class
    {
        var list = rows.ToList();
        string?[] order = [target.CountryCode, target.Id, target.IsEu ? "eu" : null, target.RegionId, target.IsEu ? "europe" : null, "global", "default"];
        foreach (var wanted in order.OfType<string>())
        {
            var row = list.FirstOrDefault(r => string.Equals(key(r), wanted, StringComparison.OrdinalIgnoreCase));
            if (row is not null)
            {
                return row;
            }
        }

        return null;
    }

    private static IEnumerable<string> Names(string id, LocalizedText name, LocalizedTerms? aliases) =>
        new[] { id, name.En, name.ZhCn }.Concat(aliases?.En ?? []).Concat(aliases?.ZhCn ?? []);
}
