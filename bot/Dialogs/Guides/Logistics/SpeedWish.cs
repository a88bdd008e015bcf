using CrossBorderBot.Knowledge.Advisors;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// A faster way asked for as a request, not as a comparison: "is there anything quicker? paying a bit more is fine", "any
/// faster option?", "有没有更快一点的，贵一点也行", "能不能快一点？". It moves the speed already chosen one step up (economy
/// to standard, standard to fast) — with none chosen yet it asks for the fast way — and the guide says what changed.
/// "would express be much faster?" and "能快多少" compare outcomes: the result answers those.
/// </summary>
public static partial class SpeedWish
{
    /// <summary>True when <paramref name="text"/> asks for a faster way than the one chosen.</summary>
    public static bool AsksForFaster(string? text) =>
        !string.IsNullOrWhiteSpace(text) && FasterAskedFor().IsMatch(text) && !ComparesInstead().IsMatch(text);

    /// <summary>The speed one step faster than <paramref name="chosen"/>.</summary>
    public static ShippingUrgency OneStepFaster(ShippingUrgency chosen) =>
        chosen == ShippingUrgency.Economy ? ShippingUrgency.Standard : ShippingUrgency.Fast;

    // "is there anything quicker", "any faster option", "a faster service?", "can it get there sooner", "有没有更快一点的",
    // "能不能快一点", "可以快点吗", "快一些的".
    [GeneratedRegex(@"\b(?:is\s+there|are\s+there|any|anything|something|got\s+anything|do\s+you\s+have)\b[^?.!]{0,25}?\b(?:quicker|faster|sooner|speedier)\b|\b(?:quicker|faster|speedier)\s+(?:option|one|way|service|route|shipping|delivery|channel)\b|\bcan\s+(?:it|we|this|they)\s+(?:go|get\s+there|arrive|be\s+delivered|ship)\s+(?:any\s+)?(?:quicker|faster|sooner)\b|(?:有没有|有无|能不能|可不可以|可以|能否|能)(?:再)?(?:更)?(?:快|早)(?:一)?(?:点|些)|(?:更)?快(?:一)?(?:点|些)的", RegexOptions.IgnoreCase)]
    private static partial Regex FasterAskedFor();

    // A comparison of outcomes, which the result answers: "would express be much faster?", "how much faster", "能快多少",
    // "会不会快很多".
    [GeneratedRegex(@"\bwould\b|\bhow\s+much\s+(?:faster|quicker|sooner)\b|多少|会不会|很多", RegexOptions.IgnoreCase)]
    private static partial Regex ComparesInstead();
}
