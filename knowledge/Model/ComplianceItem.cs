namespace CrossBorderBot.Knowledge.Model;

/// <summary>A mark, registration, EPR scheme, tax scheme or responsible-person rule (compliance/<id>.yaml).</summary>
public sealed record ComplianceItem
{
    public required string Id { get; init; }

    public ComplianceKind Kind { get; init; }

    public required LocalizedText Name { get; init; }

    public required LocalizedText Summary { get; init; }

    public IReadOnlyList<string> Markets { get; init; } = [];

    public IReadOnlyList<string> Categories { get; init; } = [];

    public DateOnly? Effective { get; init; }

    public IReadOnlyList<ComplianceChange> History { get; init; } = [];

    public IReadOnlyList<LocalizedText> Steps { get; init; } = [];

    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Shown to users with this entry: what could not be re-verified, and since when (null when all was checked).</summary>
    public LocalizedText? Caveat { get; init; }

    public DateOnly Reviewed { get; init; }
}
