namespace CrossBorderBot.Understanding;

/// <summary>One entity found in a message: its kind, where it is, and its value.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Start">Index of the first character in the message.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Value">The id, code or normalised value ("de", "shoes", "2.5", "30 USD").</param>
/// <param name="Text">The words as typed.</param>
internal sealed record EntityMention(EntityType Kind, int Start, int Length, string Value, string Text)
{
    public int End => Start + Length;

    public decimal Amount { get; init; }

    public string Currency { get; init; } = string.Empty;
}
