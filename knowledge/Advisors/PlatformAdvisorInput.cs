using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>What the company wants: model, target markets (region/country ids or names), category (id or keyword),
/// monthly budget in USD, experience and whether it has its own brand.</summary>
public sealed record PlatformAdvisorInput
{
    public required BusinessModel Model { get; init; }

    public required IReadOnlyList<string> TargetMarkets { get; init; }

    public string? Category { get; init; }

    public required decimal MonthlyBudgetUsd { get; init; }

    public SellerExperience Experience { get; init; } = SellerExperience.None;

    public bool OwnBrand { get; init; }

    /// <summary>Whether the brand is a registered (or pending) trademark; null = not said. Brand programmes such as
    /// Amazon Brand Registry need one.</summary>
    public bool? HasTrademark { get; init; }

    /// <summary>Whether the seller makes or designs the goods itself (handmade-only platforms); null = not said.</summary>
    public bool? Handmade { get; init; }

    public int MaxResults { get; init; } = 10;
}
