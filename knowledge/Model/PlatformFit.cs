namespace CrossBorderBot.Knowledge.Model;

/// <summary>The inputs PlatformAdvisor scores a platform on.</summary>
public sealed record PlatformFit
{
    public decimal MinMonthlyBudgetUsd { get; init; }

    public bool BeginnerFriendly { get; init; }

    public BrandValue OwnBrandValue { get; init; }
}
