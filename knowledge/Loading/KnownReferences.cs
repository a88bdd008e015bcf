using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Loading;

/// <summary>
/// The ids other entries may point to (sources, regions and countries, categories, playbooks, channels, compliance
/// items, currencies) and the checks that report a reference to an unknown one. A set that could not be built (its
/// file is missing or unreadable) checks nothing, so one broken file does not cascade into hundreds of problems.
/// </summary>
internal sealed class KnownReferences(LoadedEntries entries)
{
    public HashSet<string> SourceIds { get; set; } = [];

    /// <summary>Regions, countries, "eu" and "global"; null when geography.yaml could not be read.</summary>
    public HashSet<string>? RegionIds { get; set; }

    /// <summary>Null when categories.yaml is missing or unreadable.</summary>
    public HashSet<string>? CategoryIds { get; set; }

    public HashSet<string> PlaybookIds { get; set; } = [];

    public HashSet<string> ChannelIds { get; set; } = [];

    public HashSet<string> PlatformIds { get; set; } = [];

    public Dictionary<string, ComplianceItem> Compliance { get; set; } = [];

    public HashSet<string> UnreadableCompliance { get; set; } = [];

    public bool KnowsCompliance(string id) => Compliance.ContainsKey(id) || UnreadableCompliance.Contains(id);

    public void Sources<T>(Located<T> owner, string pointer, IReadOnlyList<string> ids)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (!SourceIds.Contains(ids[i]))
            {
                owner.Report($"{pointer}/{i}", $"unknown source '{ids[i]}'");
            }
        }
    }

    public void Playbooks<T>(Located<T> owner, string pointer, IReadOnlyList<string> ids)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (!PlaybookIds.Contains(ids[i]))
            {
                owner.Report($"{pointer}/{i}", $"unknown playbook '{ids[i]}'");
            }
        }
    }

    public void Regions<T>(Located<T> owner, string pointer, IReadOnlyList<string> ids)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            Region(owner, $"{pointer}/{i}", ids[i]);
        }
    }

    public void Region<T>(Located<T> owner, string pointer, string id)
    {
        if (RegionIds is not null && !RegionIds.Contains(id))
        {
            owner.Report(pointer, $"unknown region or country '{id}'");
        }
    }

    /// <summary>A per-destination table key: a region or country, or "default".</summary>
    public void Destination<T>(Located<T> owner, string pointer, string id)
    {
        if (id != "default")
        {
            Region(owner, pointer, id);
        }
    }

    public void Categories<T>(Located<T> owner, string pointer, IReadOnlyList<string> ids)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            Category(owner, $"{pointer}/{i}", ids[i]);
        }
    }

    public void Category<T>(Located<T> owner, string pointer, string id)
    {
        if (CategoryIds is not null && !CategoryIds.Contains(id))
        {
            owner.Report(pointer, $"unknown category '{id}'");
        }
    }

    public void Currency<T>(Located<T> owner, string pointer, string currency)
    {
        if (entries.ExchangeRates is { } rates && !rates.Value.Knows(currency))
        {
            owner.Report(pointer, $"currency '{currency}' has no rate in exchange-rates.yaml");
        }
    }
}
