namespace CrossBorderBot.Knowledge.Model;

/// <summary>An overall readiness level.</summary>
public sealed record ReadinessLevel
{
    public required string Id { get; init; }

    public decimal MinScore { get; init; }

    public required LocalizedText Name { get; init; }

    public LocalizedText? Summary { get; init; }
}
