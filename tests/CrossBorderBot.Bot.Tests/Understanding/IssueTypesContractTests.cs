using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Understanding;

/// <summary>
/// The issue sub-type ids are a contract (the <c>issueType</c> entity, the Emulator trace, the playbooks' data); they
/// are derived from the knowledge model's enum, so renaming an enum member must fail here rather than change the wire.
/// </summary>
public sealed class IssueTypesContractTests
{
    [Fact]
    public void The_ids_are_the_contracted_snake_case_names_in_the_enum_order()
    {
        Assert.Equal(
            ["customs_hold", "certification", "vat_tax", "ip_complaint", "quality_complaint", "returns", "lost_parcel", "account_suspension", "false_advertising", "price_war"],
            IssueTypes.All);
    }

    [Fact]
    public void Every_playbook_issue_type_has_the_id_the_recognizer_reports()
    {
        Assert.Equal("customs_hold", IssueTypes.Id(IssueType.CustomsHold));
        Assert.Equal("vat_tax", IssueTypes.Id(IssueType.VatTax));
        Assert.Equal(Enum.GetValues<IssueType>().Length, IssueTypes.All.Distinct(StringComparer.Ordinal).Count());
    }
}
