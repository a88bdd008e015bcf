namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>Outer dimensions of a parcel in centimetres.</summary>
public sealed record ParcelDimensions(decimal LengthCm, decimal WidthCm, decimal HeightCm)
{
    public decimal VolumeCm3 => LengthCm * WidthCm * HeightCm;

    public decimal LongestSideCm => Math.Max(LengthCm, Math.Max(WidthCm, HeightCm));

    public decimal SumOfSidesCm => LengthCm + WidthCm + HeightCm;
}
