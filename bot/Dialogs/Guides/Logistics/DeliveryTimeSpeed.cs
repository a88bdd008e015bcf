using System.Text.RegularExpressions;
using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Knowledge.Advisors;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// The speed a delivery time asks for ("within 10 days", "两三个礼拜到都可以", "needs it in 2 days"), from the transit days
/// of the channels each speed picks: within five days only express arrives; within about two weeks a dedicated line or
/// registered post does; anything longer can go the cheapest way.
/// </summary>
internal static partial class DeliveryTimeSpeed
{
    private const decimal FastMostDays = 5m;
    private const decimal StandardMostDays = 15m;

    /// <summary>
    /// The speed for the delivery time <paramref name="text"/> says; null when it says none, or when its length of time is
    /// how long something has been so ("stuck for two weeks", "两周没动了"): that tells a problem, not a wish.
    /// </summary>
    public static ShippingUrgency? Of(string text) => HowLongSoFar().IsMatch(text) ? null : SpokenDuration.MostDays(text) switch
    {
        null => null,
        <= FastMostDays => ShippingUrgency.Fast,
        <= StandardMostDays => ShippingUrgency.Standard,
        _ => ShippingUrgency.Economy,
    };

    [GeneratedRegex(@"\b(?:for|over|past|last)\s+(?:the\s+)?(?:past\s+|last\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+couple(?:\s+of)?|a\s+few|few)\s*(?:\w+\s+)?(?:days?|weeks?|months?)\b|(?:天|周|星期|礼拜|个月)(?:了|都没|还没|没)", RegexOptions.IgnoreCase)]
    private static partial Regex HowLongSoFar();
}
