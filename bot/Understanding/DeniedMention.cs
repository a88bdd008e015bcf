namespace CrossBorderBot.Understanding;

/// <summary>
/// A place named only to deny it: "the buyer is in Austria, not Belgium", "Portugal rather than Spain", "instead of
/// France", "买家在奥地利不是比利时", "发葡萄牙，而不是西班牙". It is not one of the places the message gives.
/// </summary>
public static partial class DeniedMention
{
    /// <summary>True when <paramref name="words"/> stand in <paramref name="text"/> and every place follows a denial.</summary>
    public static bool OnlyDenied(string text, string words) => MentionPlaces.EveryPlaceFollows(text, words, DenialBefore());

    // A denial right before the place: "not ", "not to ", "rather than ", "instead of the ", "不是", "而不是", "不发".
    [GeneratedRegex(@"(?:\b(?:not|rather\s+than|instead\s+of|isn'?t|wasn'?t)\s+(?:to\s+|in\s+|for\s+)?(?:the\s+)?|(?:不是|而不是|并不是|并非|不去|不发|不寄|不卖)(?:发|寄|卖|到|去|在)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex DenialBefore();
}
