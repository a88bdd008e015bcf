namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>Points per criterion. Maxima: model 25, market 25, category 20, budget 15, experience 10, brand 5.</summary>
public sealed record PlatformScoreBreakdown(decimal Model, decimal Market, decimal Category, decimal Budget, decimal Experience, decimal Brand)
{
    public decimal Total => Model + Market + Category + Budget + Experience + Brand;
}
