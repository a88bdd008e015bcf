namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>A destination resolved against geography.yaml: a country (with its region) or a region.</summary>
public sealed record ResolvedLocation(string Id, string? CountryCode, string? RegionId, bool IsEu);
