namespace CrossBorderBot.Knowledge.Model;

/// <summary>A time-bounded import rule with its history.</summary>
public sealed record ImportRule
{
    public required string Id { get; init; }

    public ImportRuleTarget AppliesTo { get; init; }

    public required LocalizedText Name { get; init; }

    public LocalizedText? Summary { get; init; }

    public IReadOnlyList<ImportRulePeriod> Periods { get; init; } = [];

    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Shown to users with this entry: what could not be re-verified, and since when (null when all was checked).</summary>
    public LocalizedText? Caveat { get; init; }
}
