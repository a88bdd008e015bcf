namespace CrossBorderBot.Knowledge.Model;

/// <summary>Markets (and optionally categories) where a platform is the reference marketplace buyers go to first.</summary>
public sealed record ReferenceMarket
{
    public IReadOnlyList<string> Markets { get; init; } = [];

    /// <summary>Empty = every category the platform sells.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];
}
