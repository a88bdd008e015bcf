namespace CrossBorderBot.Knowledge.Model;

/// <summary>The inputs PlatformAdvisor scores a platform on.</summary>
public sealed record PlatformFit
{
    public decimal MinMonthlyBudgetUsd { get; init; }

    public bool BeginnerFriendly { get; init; }

    public BrandValue OwnBrandValue { get; init; }

    /// <summary>False for an own store (Shopify, WooCommerce): it brings no buyers; all traffic is bought or earned.</summary>
    public bool BringsBuyers { get; init; } = true;
}
