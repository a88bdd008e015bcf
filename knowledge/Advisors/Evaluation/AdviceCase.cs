namespace CrossBorderBot.Knowledge.Advisors.Evaluation;

/// <summary>One case of the advice case book: what a seller asks, the public rule or term it rests on, and what an
/// expert would require of the answer.</summary>
public sealed class AdviceCase
{
    public string Id { get; set; } = string.Empty;

    /// <summary><c>logistics</c> or <c>platform</c>.</summary>
    public string Advisor { get; set; } = string.Empty;

    /// <summary>The public rule, carrier term or platform policy the expectation rests on.</summary>
    public string Basis { get; set; } = string.Empty;

    public AdviceCaseInput Input { get; set; } = new();

    public AdviceCaseExpectation Expect { get; set; } = new();
}
