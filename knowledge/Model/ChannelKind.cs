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

    /// <summary>A marketplace's own parcel service from China (Cainiao for AliExpress): ships from China like a postal
    /// or line service, but carries only that marketplace's orders (see <see cref="LogisticsChannel.Platform"/>).</summary>
    PlatformLogistics,
    OverseasWarehouse,

    /// <summary>Ocean freight for a shipment (LCL by cubic metre or FCL by container), port to port plus clearance.</summary>
    SeaFreight,

    /// <summary>Air cargo (not express): airport to airport by chargeable weight, plus clearance and delivery.</summary>
    AirCargo,

    /// <summary>Rail freight (China–Europe Railway Express, China–Central Asia) by cubic metre or container.</summary>
    RailFreight,

    /// <summary>Road freight (trucking) across land borders by cubic metre or truck.</summary>
    RoadFreight,
}
