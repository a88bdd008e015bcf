namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>A range of values (days, or an amount in <see cref="Unit"/>).</summary>
public sealed record ValueRange(decimal Min, decimal Max, string Unit);
