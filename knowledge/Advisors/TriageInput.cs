namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>A free-text description of a problem (English or Chinese) and, optionally, the market concerned.</summary>
public sealed record TriageInput(string Text, string? Market = null, int MaxResults = 5);
