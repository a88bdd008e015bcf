namespace CrossBorderBot.Understanding.Quantities;

/// <summary>An amount of money found in a user's message.</summary>
/// <param name="Amount">The amount in <paramref name="Currency"/>.</param>
/// <param name="Currency">ISO 4217 code, upper case (USD, CNY, EUR, GBP, JPY, ...).</param>
/// <param name="Text">The words of the message that expressed it, as typed.</param>
public sealed record MoneyQuantity(decimal Amount, string Currency, string Text);
