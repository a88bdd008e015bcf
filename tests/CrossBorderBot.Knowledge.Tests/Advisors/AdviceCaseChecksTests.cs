using CrossBorderBot.Knowledge.Advisors.Evaluation;

namespace CrossBorderBot.Knowledge.Tests.Advisors;

/// <summary>The case-book checks catch what they claim to: a wrong first option, a missing line, unordered scores.</summary>
public class AdviceCaseChecksTests
{
    private static AdviceCaseOutcome Outcome(params (string Id, decimal Score)[] ranked) => new()
    {
        Ranked = ranked,
        Excluded = [("etsy", "Handmade goods only.")],
        Verdict = "Alpha fits you best.",
        FirstName = "Alpha",
        HasLandedCost = true,
        Lines = [new OutcomeLine("vat", "point-of-sale", 4m, 4m)],
        PaidAtDoor = 0m,
        PaidAtDoorMax = 0m,
        Text = "Alpha fits you best.",
        TextById = new Dictionary<string, string> { ["alpha"] = "textile labels" },
    };

    [Fact]
    public void A_matching_answer_passes()
    {
        var expect = new AdviceCaseExpectation
        {
            First = ["alpha"],
            Excluded = ["etsy"],
            ExcludedMentions = ["handmade"],
            Landed = new LandedExpectation { Lines = [new LandedLineExpectation { Kind = "vat", Collection = "point-of-sale" }], DoorMax = 0 },
        };

        Assert.Empty(AdviceCaseChecks.Check(expect, Outcome(("alpha", 90m), ("beta", 80m))));
    }

    [Fact]
    public void Misses_are_reported()
    {
        var expect = new AdviceCaseExpectation
        {
            First = ["beta"],
            NotMentionsFor = new() { ["alpha"] = ["textile"] },
            Landed = new LandedExpectation { Lines = [new LandedLineExpectation { Kind = "vat", Collection = "at-import" }], DoorMin = 1 },
        };

        var failures = AdviceCaseChecks.Check(expect, Outcome(("alpha", 80m), ("beta", 90m)));

        Assert.Contains(failures, f => f.Contains("not ordered by score", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("first is alpha", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("mentions 'textile'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("vat line", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("paid at the door", StringComparison.Ordinal));
    }
}
