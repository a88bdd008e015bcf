namespace CrossBorderBot.Knowledge.Model;

/// <summary>How well a channel tracks parcels.</summary>
public enum TrackingQuality
{
    None,
    Partial,
    Full,
}
