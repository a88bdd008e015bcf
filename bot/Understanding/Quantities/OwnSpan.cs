namespace CrossBorderBot.Understanding.Quantities;

/// <summary>Where one of the bot's own quantity readers found a weight or an amount (start and end inclusive).</summary>
internal readonly record struct OwnSpan(int Start, int End, bool IsWeight);
