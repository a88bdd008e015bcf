namespace CrossBorderBot.Knowledge.Model;

/// <summary>A fulfilment service a platform offers.</summary>
public sealed record FulfilmentService
{
    public required LocalizedText Name { get; init; }

    public required LocalizedText Summary { get; init; }
}
