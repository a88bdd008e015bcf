namespace CrossBorderBot.Understanding;

/// <summary>A weight in a message, in kilograms whatever unit was typed.</summary>
public sealed record WeightEntity(decimal Kilograms, string Text);
