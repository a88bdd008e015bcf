namespace CrossBorderBot.Knowledge.Model;

/// <summary>How much an own brand helps on a platform.</summary>
public enum BrandValue
{
    High,
    Medium,
    Low,
}
