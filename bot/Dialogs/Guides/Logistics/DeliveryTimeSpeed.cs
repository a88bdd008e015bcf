using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Knowledge.Advisors;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// The speed a delivery time asks for ("within 10 days", "两三个礼拜到都可以", "needs it in 2 days"), from the transit days
/// of the channels each speed picks: within five days only express arrives; within about two weeks a dedicated line or
/// registered post does; anything longer can go the cheapest way.
/// </summary>
internal static class DeliveryTimeSpeed
{
    private const decimal FastMostDays = 5m;
    private const decimal StandardMostDays = 15m;

    /// <summary>The speed for the delivery time <paramref name="text"/> says; null when it says none.</summary>
    public static ShippingUrgency? Of(string text) => SpokenDuration.MostDays(text) switch
    {
        null => null,
        <= FastMostDays => ShippingUrgency.Fast,
        <= StandardMostDays => ShippingUrgency.Standard,
        _ => ShippingUrgency.Economy,
    };
}
