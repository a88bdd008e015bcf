namespace CrossBorderBot.Knowledge.Model;

/// <summary>How the reference paper's Table 1 names a platform.</summary>
public sealed record PaperTable1Reference
{
    public required string ListedAs { get; init; }
}
