namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>How fast the parcel must arrive; shifts the balance between cost and speed.</summary>
public enum ShippingUrgency
{
    Economy,
    Standard,
    Fast,
}
