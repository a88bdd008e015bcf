namespace CrossBorderBot.Knowledge.Model;

/// <summary>How the reference paper's Table 1 names a platform.</summary>
public sealed record PaperTable1Reference
{
    public required string ListedAs { get; init; }

    /// <summary>
    /// Whether the business behind the listed name was identified. An unidentified one stays an example of the paper's
    /// model (O2O) but is never shown as a platform the user's model rules out.
    /// </summary>
    public bool Identified { get; init; } = true;
}
