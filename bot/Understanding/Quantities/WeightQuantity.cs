namespace CrossBorderBot.Understanding.Quantities;

/// <summary>A weight found in a user's message, normalised to kilograms.</summary>
/// <param name="Kilograms">The weight in kilograms (rounded to 0.1 g).</param>
/// <param name="Text">The words of the message that expressed it, as typed.</param>
public sealed record WeightQuantity(decimal Kilograms, string Text);
