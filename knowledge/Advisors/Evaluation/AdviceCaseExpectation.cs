namespace CrossBorderBot.Knowledge.Advisors.Evaluation;

/// <summary>What the answer to a case must show. Every list is optional; an empty expectation still checks that the
/// ranking follows the scores shown and that a one-line verdict names the option ranked first.</summary>
public sealed class AdviceCaseExpectation
{
    /// <summary>Logistics: <c>parcel</c> or <c>freight</c>.</summary>
    public string? Mode { get; set; }

    /// <summary>The option ranked first must be one of these ids.</summary>
    public List<string> First { get; set; } = [];

    /// <summary>Each of these ids must be in the first three.</summary>
    public List<string> Top3 { get; set; } = [];

    /// <summary>At least one of these ids must be in the first three.</summary>
    public List<string> Top3Any { get; set; } = [];

    /// <summary>None of these ids may be in the first three.</summary>
    public List<string> NotTop3 { get; set; } = [];

    /// <summary>None of these ids may be ranked first.</summary>
    public List<string> NotFirst { get; set; } = [];

    /// <summary>These ids must not be recommended at all, and must be listed as excluded with a reason.</summary>
    public List<string> Excluded { get; set; } = [];

    /// <summary>Each excluded reason of <see cref="Excluded"/> must mention one of these (case-insensitive).</summary>
    public List<string> ExcludedMentions { get; set; } = [];

    /// <summary>The English text of the answer must contain each of these (case-insensitive).</summary>
    public List<string> Mentions { get; set; } = [];

    /// <summary>The English text of the answer must contain none of these (case-insensitive).</summary>
    public List<string> NotMentions { get; set; } = [];

    /// <summary>Per option id: fragments its shown text (reasons, requirements) must not contain.</summary>
    public Dictionary<string, List<string>> NotMentionsFor { get; set; } = [];

    public LandedExpectation? Landed { get; set; }
}
