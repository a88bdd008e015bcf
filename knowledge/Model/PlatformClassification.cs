namespace CrossBorderBot.Knowledge.Model;

/// <summary>The paper's classification of a platform.</summary>
public sealed record PlatformClassification
{
    public PlatformOperator Operator { get; init; }

    public PlatformService Service { get; init; }

    public IReadOnlyList<BusinessModel> Models { get; init; } = [];
}
