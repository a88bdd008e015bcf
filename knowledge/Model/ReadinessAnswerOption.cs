namespace CrossBorderBot.Knowledge.Model;

/// <summary>A possible answer of a choice/yes-no question.</summary>
public sealed record ReadinessAnswerOption
{
    public required string Id { get; init; }

    public required LocalizedText Label { get; init; }

    public decimal Score { get; init; }
}
