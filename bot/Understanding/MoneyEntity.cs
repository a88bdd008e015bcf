namespace CrossBorderBot.Understanding;

/// <summary>An amount of money in a message with its ISO currency ("USD", "CNY").</summary>
public sealed record MoneyEntity(decimal Amount, string Currency, string Text);
