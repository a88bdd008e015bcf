namespace CrossBorderBot.Knowledge.Model;

/// <summary>A platform's fee structure.</summary>
public sealed record PlatformFees
{
    public bool Approximate { get; init; }

    public PercentRange? CommissionPercent { get; init; }

    public IReadOnlyList<PlatformFixedFee> Fixed { get; init; } = [];

    public LocalizedText? Notes { get; init; }

    /// <summary>The sources of the fee figures and notes; an answer about fees cites these, not the platform's whole list (empty: the platform's).</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Dated fee changes, oldest first; the current rate is the commission above.</summary>
    public IReadOnlyList<PlatformFeeChange> History { get; init; } = [];
}
