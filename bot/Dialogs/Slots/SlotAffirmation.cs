using System.Text.RegularExpressions;

namespace CrossBorderBot.Dialogs.Slots;

/// <summary>
/// A reply that opens with a yes, English and Chinese: "yep we got one registered last year", "yes, the buyers want to
/// follow it", "有个小品牌", "要能查到". The mirror of <see cref="SlotNegation"/>, used only at a yes/no question's own
/// prompt. Openings that only look like a yes are not: "有没有", "要不要", "是不是", "能否", "要是" (if), "有点" (somewhat).
/// </summary>
internal static partial class SlotAffirmation
{
    /// <summary>True when the normalized reply opens with a yes word.</summary>
    public static bool IsAffirmation(string normalized) =>
        !SlotNegation.IsNegation(normalized) && (EnglishYesStart().IsMatch(normalized) || ChineseYesStart().IsMatch(normalized));

    [GeneratedRegex(@"^(?:(?:well|um+|hmm+|oh|ah|ok|okay)[,\s]+)?(?:yes|yeah|yep|yup|ya|yea|sure|of course|definitely|absolutely|certainly|correct|indeed|we do|we have|we did|we can|we will|we've got|we got|i do|i have|i've got|got one|have one)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishYesStart();

    [GeneratedRegex(@"^(?:我们|我|公司|目前|现在|已经|都|当然|嗯|对)*(?:有|是的|是|对|可以|能|会|要|需要|当然)(?![没不否是点些时])")]
    private static partial Regex ChineseYesStart();
}
