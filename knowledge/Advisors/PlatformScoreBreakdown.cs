namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>Points per criterion (maxima in <see cref="PlatformScoringWeights"/>) and the penalty taken off.</summary>
public sealed record PlatformScoreBreakdown(decimal Market, decimal Category, decimal Traffic, decimal Budget, decimal Experience, decimal Brand, decimal Penalty)
{
    public decimal Total => Math.Max(0m, Market + Category + Traffic + Budget + Experience + Brand - Penalty);
}
