namespace CrossBorderBot.Knowledge.Model;

/// <summary>A readiness dimension.</summary>
public sealed record ReadinessDimension
{
    public required string Id { get; init; }

    public required LocalizedText Name { get; init; }

    public LocalizedText? Summary { get; init; }

    public decimal Weight { get; init; }
}
