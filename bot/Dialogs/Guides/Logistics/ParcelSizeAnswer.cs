namespace CrossBorderBot.Dialogs.Guides;

/// <summary>The answer to "what are the parcel's dimensions?": the size in centimetres, or skipped.</summary>
public sealed record ParcelSizeAnswer(decimal LengthCm, decimal WidthCm, decimal HeightCm, bool Skipped = false)
{
    public static ParcelSizeAnswer Skip { get; } = new(0, 0, 0, Skipped: true);
}
