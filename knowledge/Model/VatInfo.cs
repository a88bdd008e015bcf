namespace CrossBorderBot.Knowledge.Model;

/// <summary>VAT/GST/sales tax applied on import.</summary>
public sealed record VatInfo
{
    public required LocalizedText Name { get; init; }

    public decimal StandardRatePercent { get; init; }

    /// <summary>The sources that state this rate; an answer quoting the rate cites these, not the whole market's list (empty: the market's).</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    // Value equality over the list too, as the record had before it held one (a snapshot must equal a fresh load).
    public bool Equals(VatInfo? other) =>
        other is not null && Name == other.Name && StandardRatePercent == other.StandardRatePercent && Sources.SequenceEqual(other.Sources);

    public override int GetHashCode() => HashCode.Combine(Name, StandardRatePercent, Sources.Count);
}
