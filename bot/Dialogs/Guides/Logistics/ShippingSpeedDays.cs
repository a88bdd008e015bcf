using CrossBorderBot.Knowledge.Advisors;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// The days each shipping speed stands for, in one table: the delivery time a seller says ("within 10 days") and the
/// typical transit days of a channel the seller names ("something like DHL") are both turned into a
/// <see cref="ShippingUrgency"/> here, by the same limits and the same rule.
/// </summary>
internal static class ShippingSpeedDays
{
    /// <summary>Up to five days only express arrives: the urgency words' own "within 1–5 days".</summary>
    private const decimal FastMostDays = 5m;

    /// <summary>
    /// A seller who can wait about two weeks (half a month, 15 days, included) is served by a dedicated line or
    /// registered post; longer can go the cheapest way.
    /// </summary>
    private const decimal StandardWaitMostDays = 15m;

    /// <summary>
    /// A channel is standard up to 14 typical days, the urgency words' "within 6–14 days"; slower is economy. One day
    /// below <see cref="StandardWaitMostDays"/>, which counts a seller's "half a month" as a standard wait.
    /// </summary>
    private const decimal StandardTransitMostDays = 14m;

    /// <summary>The speed a seller asks for by the most days the delivery may take.</summary>
    public static ShippingUrgency ForDeliveryTime(decimal mostDays) => SpeedOf(mostDays, StandardWaitMostDays);

    /// <summary>The speed a channel gives by its typical transit days.</summary>
    public static ShippingUrgency ForTransit(decimal typicalDays) => SpeedOf(typicalDays, StandardTransitMostDays);

    private static ShippingUrgency SpeedOf(decimal days, decimal standardMostDays) =>
        days <= FastMostDays ? ShippingUrgency.Fast : days <= standardMostDays ? ShippingUrgency.Standard : ShippingUrgency.Economy;
}
