using CrossBorderBot.Knowledge.Advisors.Evaluation;

namespace CrossBorderBot.Knowledge.Tests.CaseBook;

/// <summary>The main advice case book: every case passes (one test per case, named by its id).</summary>
public class MainCaseBookTests
{
    private static readonly Lazy<AdviceCaseBook> Book = new(() => CaseBookFiles.Load("main.yaml"));

    public static TheoryData<string> CaseIds()
    {
        var data = new TheoryData<string>();
        foreach (var adviceCase in Book.Value.Cases)
        {
            data.Add(adviceCase.Id);
        }

        return data;
    }

    [Fact]
    public void The_main_book_covers_enough_cases_and_each_cites_its_basis()
    {
        var cases = Book.Value.Cases;

        Assert.True(cases.Count(c => c.Advisor == "logistics") >= 40);
        Assert.True(cases.Count(c => c.Advisor == "platform") >= 30);
        Assert.Contains(cases, c => c.Expect.Mode == "freight");
        Assert.All(cases, c => Assert.False(string.IsNullOrWhiteSpace(c.Basis), c.Id));
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Case_passes(string id)
    {
        var result = CaseBookFiles.Evaluator.Evaluate(Book.Value.Cases.Single(c => c.Id == id));

        Assert.True(result.Passed, $"{id}: {string.Join("; ", result.Failures)} (answer: {result.Answer})");
    }
}
