namespace CrossBorderBot.Knowledge.Model;

/// <summary>A public source an entry is grounded in.</summary>
public sealed record Source
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Publisher { get; init; }

    /// <summary>The web address; empty for a source known only by its <see cref="Citation"/>.</summary>
    public string Url { get; init; } = string.Empty;

    /// <summary>A bibliographic citation (authors, venue, year) for sources such as journal articles.</summary>
    public string? Citation { get; init; }

    public DateOnly? Published { get; init; }
}
