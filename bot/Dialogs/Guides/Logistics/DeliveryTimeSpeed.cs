using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Knowledge.Advisors;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// The speed a delivery time asks for ("within 10 days", "两三个礼拜到都可以", "needs it in 2 days"): its most days, read
/// against the days each speed stands for (<see cref="ShippingSpeedDays"/>).
/// </summary>
internal static partial class DeliveryTimeSpeed
{
    /// <summary>
    /// The speed for the delivery time <paramref name="text"/> says; null when it says none, or when its length of time is
    /// how long something has been so ("stuck for two weeks", "两周没动了"): that tells a problem, not a wish.
    /// </summary>
    public static ShippingUrgency? Of(string text) =>
        !HowLongSoFar().IsMatch(text) && SpokenDuration.MostDays(text) is { } mostDays ? ShippingSpeedDays.ForDeliveryTime(mostDays) : null;

    [GeneratedRegex(@"\b(?:for|over|past|last)\s+(?:the\s+)?(?:past\s+|last\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+couple(?:\s+of)?|a\s+few|few)\s*(?:\w+\s+)?(?:days?|weeks?|months?)\b|(?:天|周|星期|礼拜|个月)(?:了|都没|还没|没)", RegexOptions.IgnoreCase)]
    private static partial Regex HowLongSoFar();
}
