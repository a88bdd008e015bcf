namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// "what about sending it to austria?", "那葡萄牙呢？" before the result, with a place already kept and another question
/// waiting: the seller may mean a second place as well as the first, so the place is added to those kept (the result is
/// for the first, the others are offered after it) and said back — never put silently in the first one's stead. Said as
/// a change ("austria instead", "不对，是发到葡萄牙"), at the place question itself, or as a what-if after the result,
/// it still replaces the place.
/// </summary>
public static partial class AnotherPlaceAskedAbout
{
    /// <param name="text">The message.</param>
    /// <param name="waitingSlot">The slot whose question waits; null at the result.</param>
    /// <param name="placeSlot">The guide's place slot (destination, markets).</param>
    /// <param name="placeKept">True when the answers already hold a place.</param>
    public static bool Adds(string text, string? waitingSlot, string placeSlot, bool placeKept) =>
        placeKept && waitingSlot is not null && waitingSlot != placeSlot && Asks().IsMatch(text.Trim()) && !Replaces().IsMatch(text);

    /// <summary>
    /// "does this also work for canada?", "那加拿大也适用吗？" after a result: whether the result holds in another place as
    /// well asks about that place beside the ones kept, so the place is added to them (the result again for all), not put
    /// in their stead; "canada instead" still replaces.
    /// </summary>
    public static bool AlsoAsked(string text) => Also().IsMatch(text) && !Replaces().IsMatch(text);

    /// <summary>The places kept, then the ones asked about that are new, each once.</summary>
    public static List<string> Joined(IEnumerable<string> kept, IEnumerable<string> asked) =>
        [.. kept.Concat(asked).Distinct(StringComparer.OrdinalIgnoreCase)];

    // A place asked about: "what/how about …", "and to …?", a question mark, "那…呢".
    [GeneratedRegex(@"^(?:(?:and|so|ok|okay|hmm|um|also)[\s,]+)*(?:what|how)\s+about\b|[?？]\s*$|呢\s*[?？!！。.]*\s*$|^(?:那|还有)", RegexOptions.IgnoreCase)]
    private static partial Regex Asks();

    // A place asked about as well as the ones kept: "also", "too", "as well", "也", "同样", "一起"; or added to them, the others
    // kept: "please include belgium, keep the netherlands", "韩国加进去，日本保留".
    [GeneratedRegex(@"\b(?:also|too|as\s+well|add|include|keep)\b|也|同样|一起|一并|加上|加进|加入|保留", RegexOptions.IgnoreCase)]
    private static partial Regex Also();

    // Said as a change of the place kept ("as well, not instead" is none).
    [GeneratedRegex(@"(?<!\bnot\s)\binstead\b|\brather\b|\bactually\b|\bchange\b|\bswitch\b|\bnot\s+\w+\s*,|换成|改成|改为|改到|换到|不对|不是|而是|其实|应该是", RegexOptions.IgnoreCase)]
    private static partial Regex Replaces();
}
