namespace CrossBorderBot.Knowledge.Advisors.Evaluation;

/// <summary>The outcome of one case: passed, or the expectations it missed.</summary>
public sealed record AdviceCaseResult(AdviceCase Case, IReadOnlyList<string> Failures)
{
    public bool Passed => Failures.Count == 0;
}
