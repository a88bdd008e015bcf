namespace CrossBorderBot.Understanding.Quantities;

/// <summary>Where one of the bot's own quantity readers found a weight or an amount (start and end inclusive).</summary>
/// <remarks>A class, not a struct: see <see cref="QuantitySpan{T}"/>.</remarks>
internal sealed record OwnSpan(int Start, int End, bool IsWeight);
