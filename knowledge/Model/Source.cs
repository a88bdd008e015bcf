namespace CrossBorderBot.Knowledge.Model;

/// <summary>A public source an entry is grounded in.</summary>
public sealed record Source
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Publisher { get; init; }

    public required string Url { get; init; }

    public DateOnly? Published { get; init; }
}
