namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// The answer to "what are the parcel's dimensions?": the size in centimetres, or skipped — plus, when the user filled
/// in the optional details form instead (channels with forms), the answers it carried; null ones are asked later.
/// </summary>
public sealed record ParcelSizeAnswer(decimal LengthCm, decimal WidthCm, decimal HeightCm, bool Skipped = false)
{
    public static ParcelSizeAnswer Skip { get; } = new(0, 0, 0, Skipped: true);

    /// <summary>"economy", "standard" or "fast" from the details form.</summary>
    public string? Urgency { get; init; }

    public bool? NeedsTracking { get; init; }

    public bool? NeedsReturns { get; init; }

    /// <summary>"none", "batteries", "liquids" or "both" from the details form.</summary>
    public string? Goods { get; init; }
}
