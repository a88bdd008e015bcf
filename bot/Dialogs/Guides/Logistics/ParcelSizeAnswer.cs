namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// The answer to "what are the parcel's dimensions?": the size in centimetres, or skipped — plus, when the user filled
/// in the optional details form instead (channels with forms), the details it carried; null ones are asked later.
/// </summary>
public sealed record ParcelSizeAnswer(decimal LengthCm, decimal WidthCm, decimal HeightCm, bool Skipped = false) : ParcelDetails
{
    public static ParcelSizeAnswer Skip { get; } = new(0, 0, 0, Skipped: true);
}
