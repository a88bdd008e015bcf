using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>Groups of channel kinds the logistics advisor treats alike.</summary>
internal static class LogisticsChannelKinds
{
    /// <summary>Fulfilment from stock that is already in the market: the data prices only the last mile.</summary>
    public static bool IsLocalDeliveryOnly(LogisticsChannel channel) => channel.Kind is
        ChannelKind.PlatformFulfilment or ChannelKind.OverseasWarehouse;

    /// <summary>Channels that deliver order by order from stock held in the market (with or without their head haul).</summary>
    public static bool IsStockBased(LogisticsChannel channel) => channel.Kind is
        ChannelKind.PlatformFulfilment or ChannelKind.OverseasWarehouse or ChannelKind.SeaFreightWarehouse or
        ChannelKind.AirFreightWarehouse or ChannelKind.RailWarehouse;

    public static bool IsFreight(LogisticsChannel channel) => channel.Kind is
        ChannelKind.SeaFreight or ChannelKind.AirCargo or ChannelKind.RailFreight or ChannelKind.RoadFreight;
}
