namespace CrossBorderBot.Knowledge.Advisors.Evaluation;

/// <summary>The outcome of one case: passed, or the expectations it missed.</summary>
public sealed record AdviceCaseResult(AdviceCase Case, IReadOnlyList<string> Failures)
{
    /// <summary>What the advisor answered, briefly (the first options with their scores), for reading a failure.</summary>
    public string Answer { get; init; } = string.Empty;

    public bool Passed => Failures.Count == 0;
}
