namespace CrossBorderBot.Knowledge.Model;

/// <summary>A period a duty layer is in force; <see cref="Percent"/> overrides the layer's rate tables.</summary>
public sealed record DutyLayerPeriod
{
    public DateOnly From { get; init; }

    /// <summary>Inclusive stated end; null = open.</summary>
    public DateOnly? To { get; init; }

    public decimal? Percent { get; init; }

    /// <summary>What is known after <see cref="To"/>: <c>ended</c> (it lapsed) or <c>needs-review</c> (it may have
    /// been extended and the knowledge base cannot confirm either way).</summary>
    public string AfterEnd { get; init; } = "ended";

    public LocalizedText? Note { get; init; }
}
