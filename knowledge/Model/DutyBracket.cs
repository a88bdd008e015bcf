namespace CrossBorderBot.Knowledge.Model;

/// <summary>A duty bracket by value (in <see cref="Currency"/>): rate, and an amount deducted from the duty.</summary>
public sealed record DutyBracket
{
    public decimal UpTo { get; init; }

    public required string Currency { get; init; }

    public decimal Percent { get; init; }

    public decimal Deduction { get; init; }
}
