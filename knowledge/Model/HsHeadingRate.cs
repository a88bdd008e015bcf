namespace CrossBorderBot.Knowledge.Model;

/// <summary>A duty rate for a 4-digit HS heading.</summary>
public sealed record HsHeadingRate
{
    public required string Heading { get; init; }

    public decimal Percent { get; init; }

    public LocalizedText? Note { get; init; }
}
