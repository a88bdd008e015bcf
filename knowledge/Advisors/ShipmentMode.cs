namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>Whether a shipment goes as parcels (post, express, lines) or as freight (sea, air cargo, rail, road).</summary>
public enum ShipmentMode
{
    Parcel,
    Freight,
}
