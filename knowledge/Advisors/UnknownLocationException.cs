namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>A destination or market the knowledge base does not know (neither a country code, a region id nor a
/// name or alias of one).</summary>
public sealed class UnknownLocationException : AdvisorInputException
{
    public UnknownLocationException(string field, string value, string? detail = null)
        : base(field, detail ?? $"Unknown country, region or market '{value}'.")
    {
        Value = value;
    }

    public string Value { get; }
}
