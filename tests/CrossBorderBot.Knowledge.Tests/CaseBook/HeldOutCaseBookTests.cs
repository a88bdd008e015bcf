using CrossBorderBot.Knowledge.Advisors.Evaluation;

namespace CrossBorderBot.Knowledge.Tests.CaseBook;

/// <summary>The held-out cases, written before the advisors were tuned: at least 90 % of each advisor's cases pass.</summary>
public class HeldOutCaseBookTests
{
    public const double Target = 0.90;

    [Fact]
    public void The_held_out_book_has_enough_cases_and_each_cites_its_basis()
    {
        var book = CaseBookFiles.Load("held-out.yaml");

        Assert.True(book.Cases.Count(c => c.Advisor == "logistics") >= 15);
        Assert.True(book.Cases.Count(c => c.Advisor == "platform") >= 10);
        Assert.All(book.Cases, c => Assert.False(string.IsNullOrWhiteSpace(c.Basis), c.Id));
    }

    [Theory]
    [InlineData("logistics")]
    [InlineData("platform")]
    public void Held_out_cases_pass_at_the_target_rate(string advisor)
    {
        var results = CaseBookFiles.Evaluator.Evaluate(CaseBookFiles.Load("held-out.yaml"))
            .Where(r => r.Case.Advisor == advisor)
            .ToList();
        var summary = AdviceEvalSummary.Of(results).Single();

        Assert.True(
            summary.PassRate >= Target,
            $"{summary.Passed}/{summary.Total} passed:\n" + string.Join("\n", results.Where(r => !r.Passed).Select(r => $"{r.Case.Id}: {string.Join("; ", r.Failures)}")));
    }
}
