namespace CrossBorderBot.Knowledge.Model;

/// <summary>Issue sub-type of a playbook (the bot's fix_issue sub-types).</summary>
public enum IssueType
{
    CustomsHold,
    Certification,
    VatTax,
    IpComplaint,
    QualityComplaint,
    Returns,
    LostParcel,
    AccountSuspension,
    FalseAdvertising,
    PriceWar,
}
