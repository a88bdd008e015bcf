namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>How much cross-border selling experience the company has.</summary>
public enum SellerExperience
{
    None,
    Some,
    Experienced,
}
