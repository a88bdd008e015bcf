namespace CrossBorderBot.Knowledge.Model;

/// <summary>The hosts of one market's (or region's) authorities: customs, tax offices, official journals, regulators.</summary>
public sealed record OfficialHosts
{
    public required string Market { get; init; }

    public string? Publisher { get; init; }

    public IReadOnlyList<string> Hosts { get; init; } = [];
}
