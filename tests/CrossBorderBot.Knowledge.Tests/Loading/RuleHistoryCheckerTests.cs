using CrossBorderBot.Knowledge.Tests.TestUtilities;

namespace CrossBorderBot.Knowledge.Tests.Loading;

/// <summary>kb validate: a compliance item's effective date must be a history step, because alerts and as-of answers
/// read only the history.</summary>
public class RuleHistoryCheckerTests
{
    [Fact]
    public void An_effective_date_without_a_history_step_from_that_date_is_reported_on_its_line()
    {
        var ioss = FixtureVariant.Read("compliance/eu-ioss.yaml").Replace("effective: 2021-07-01", "effective: 2026-07-01", StringComparison.Ordinal);

        var problem = Assert.Single(FixtureVariant.ProblemsWith("compliance/eu-ioss.yaml", ioss));

        Assert.Equal("compliance/eu-ioss.yaml", problem.File);
        Assert.Equal(6, problem.Line);
        Assert.Contains("'eu-ioss' takes effect on 2026-07-01 but has no history step from that date", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_compliance_item_without_an_effective_date_needs_no_history()
    {
        var ce = FixtureVariant.Read("compliance/ce-mark.yaml");

        Assert.DoesNotContain("effective:", ce, StringComparison.Ordinal);
        Assert.DoesNotContain("history:", ce, StringComparison.Ordinal);
        Assert.Empty(FixtureVariant.ProblemsWith("compliance/ce-mark.yaml", ce));
    }
}
