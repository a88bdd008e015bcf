namespace CrossBorderBot.Knowledge.Model;

/// <summary>Kind of logistics channel.</summary>
public enum ChannelKind
{
    Postal,
    Epacket,
    Express,
    DedicatedLine,
    AirFreightWarehouse,
    SeaFreightWarehouse,
    RailWarehouse,
    PlatformFulfilment,
    OverseasWarehouse,
}
