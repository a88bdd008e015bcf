namespace CrossBorderBot.Understanding;

/// <summary>Issue sub-types reported in the <c>issueType</c> entity (same ids as the playbooks' <c>issueType</c>).</summary>
public static class IssueTypes
{
    public const string CustomsHold = "customs_hold";
    public const string Certification = "certification";
    public const string VatTax = "vat_tax";
    public const string IpComplaint = "ip_complaint";
    public const string QualityComplaint = "quality_complaint";
    public const string Returns = "returns";
    public const string LostParcel = "lost_parcel";
    public const string AccountSuspension = "account_suspension";
    public const string FalseAdvertising = "false_advertising";
    public const string PriceWar = "price_war";

    public static IReadOnlyList<string> All { get; } =
    [
        CustomsHold, Certification, VatTax, IpComplaint, QualityComplaint,
        Returns, LostParcel, AccountSuspension, FalseAdvertising, PriceWar,
    ];
}
