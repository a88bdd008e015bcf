namespace CrossBorderBot.Knowledge.Model;

/// <summary>One dated step in a platform's fee history (fees.history): what changed from which day, in which market,
/// and on whose word. <see cref="Reported"/> marks a change that was announced or reported but that the platform's
/// own current fee page does not state.</summary>
public sealed record PlatformFeeChange
{
    public DateOnly From { get; init; }

    /// <summary>The market (region or country id) the change applies to.</summary>
    public required string Market { get; init; }

    /// <summary>The referral or commission rate from <see cref="From"/>, when the change sets one.</summary>
    public PercentRange? CommissionPercent { get; init; }

    public required LocalizedText Text { get; init; }

    public bool Reported { get; init; }

    public IReadOnlyList<string> Sources { get; init; } = [];
}
