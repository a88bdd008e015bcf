namespace CrossBorderBot.Knowledge.Model;

/// <summary>Duty rate for a category.</summary>
public sealed record CategoryDuty
{
    public required string Category { get; init; }

    public decimal Percent { get; init; }

    public bool Approximate { get; init; }
}
