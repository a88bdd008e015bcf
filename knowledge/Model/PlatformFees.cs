namespace CrossBorderBot.Knowledge.Model;

/// <summary>A platform's fee structure.</summary>
public sealed record PlatformFees
{
    public bool Approximate { get; init; }

    public PercentRange? CommissionPercent { get; init; }

    public IReadOnlyList<PlatformFixedFee> Fixed { get; init; } = [];

    public LocalizedText? Notes { get; init; }

    /// <summary>Dated fee changes, oldest first; the current rate is the commission above.</summary>
    public IReadOnlyList<PlatformFeeChange> History { get; init; } = [];
}
