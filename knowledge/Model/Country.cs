namespace CrossBorderBot.Knowledge.Model;

/// <summary>A country (geography.yaml), by lower-case ISO 3166-1 alpha-2 code.</summary>
public sealed record Country
{
    public required string Code { get; init; }

    public required LocalizedText Name { get; init; }

    public LocalizedTerms? Aliases { get; init; }

    /// <summary>
    /// States, provinces and cities inside the country whose own tax rates the knowledge base does not hold, listed only for
    /// countries whose indirect tax differs inside the country (US sales tax, Canada's provincial PST, QST and HST): a tax asked
    /// of one of them is answered with "not held yet" and the national rule, never the national rate as if it were theirs.
    /// </summary>
    public LocalizedTerms? LocalPlaces { get; init; }

    public required string Region { get; init; }

    public bool Eu { get; init; }
}
