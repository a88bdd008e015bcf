namespace CrossBorderBot.Knowledge.Model;

/// <summary>An ordered remediation step.</summary>
public sealed record PlaybookStep
{
    public required string Id { get; init; }

    public required LocalizedText Title { get; init; }

    public LocalizedText? Detail { get; init; }
}
