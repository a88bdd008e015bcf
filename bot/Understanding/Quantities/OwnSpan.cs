namespace CrossBorderBot.Understanding.Quantities;

/// <summary>Where one of the bot's own quantity readers found a weight or an amount (start and end inclusive).</summary>
/// <remarks>A class for the reason <see cref="QuantitySpan{T}"/> is one: LINQ over it shares precompiled framework code.</remarks>
internal sealed record OwnSpan(int Start, int End, bool IsWeight);
