namespace CrossBorderBot.Knowledge.Model;

/// <summary>A dated change of a compliance rule.</summary>
public sealed record ComplianceChange
{
    public DateOnly From { get; init; }

    public required LocalizedText Change { get; init; }
}
