using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Knowledge.Advisors;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// The speed a delivery time asks for ("within 10 days", "两三个礼拜到都可以", "needs it in 2 days"): its most days, read
/// against the days each speed stands for (<see cref="ShippingSpeedDays"/>); or a named day it must arrive by ("before black
/// friday", "圣诞节前"), counted from the turn's date (<see cref="NamedDeadline"/>).
/// </summary>
internal static partial class DeliveryTimeSpeed
{
    /// <summary>
    /// The speed for the delivery time <paramref name="text"/> says; null when it says none, or when its length of time is
    /// how long something has been so ("stuck for two weeks", "两周没动了"): that tells a problem, not a wish.
    /// </summary>
    public static ShippingUrgency? Of(string text, DateOnly? today = null) =>
        HowLongSoFar().IsMatch(text) ? null
        : SpokenDuration.MostDays(text) is { } mostDays ? ShippingSpeedDays.ForDeliveryTime(mostDays)
        // "before christmas day", "月底前要到": a named day, counted from the turn's date.
        : today is { } date && NamedDeadline.DaysUntil(text, date, SlotVocabulary.Default.Deadlines) is { } days ? ShippingSpeedDays.ForDeliveryTime(days)
        : null;

    [GeneratedRegex(@"\b(?:for|over|past|last)\s+(?:the\s+)?(?:past\s+|last\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+couple(?:\s+of)?|a\s+few|few)\s*(?:\w+\s+)?(?:days?|weeks?|months?)\b|(?:天|周|星期|礼拜|个月)(?:了|都没|还没|没)", RegexOptions.IgnoreCase)]
    private static partial Regex HowLongSoFar();
}
