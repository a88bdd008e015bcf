namespace CrossBorderBot.Knowledge.Advisors.Evaluation;

/// <summary>Pass counts per advisor of one case book.</summary>
public sealed record AdviceEvalSummary(string Advisor, int Passed, int Total)
{
    public double PassRate => Total == 0 ? 0 : (double)Passed / Total;

    public static IReadOnlyList<AdviceEvalSummary> Of(IEnumerable<AdviceCaseResult> results) =>
        results.GroupBy(r => r.Case.Advisor, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new AdviceEvalSummary(g.Key, g.Count(r => r.Passed), g.Count()))
            .ToList();
}
