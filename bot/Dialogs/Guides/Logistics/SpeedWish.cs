using CrossBorderBot.Knowledge.Advisors;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// Another speed asked for as a request, not as a comparison, in either direction: faster ("is there anything quicker?
/// paying a bit more is fine", "could it get there sooner?", "能不能换个早点到的") moves the speed already chosen one step up
/// (economy to standard, standard to fast), cheaper ("is there something cheaper if we wait longer?", "运费能再省点吗",
/// "有没有再便宜一点的") one step down; with none chosen yet it asks for the fast or the cheapest way, and the guide says what
/// changed. "would express be much faster?", "how much cheaper is it" and "能快多少" compare outcomes: the result answers those.
/// </summary>
public static partial class SpeedWish
{
    /// <summary>True when <paramref name="text"/> asks for a faster way than the one chosen.</summary>
    public static bool AsksForFaster(string? text) =>
        !string.IsNullOrWhiteSpace(text) && FasterAskedFor().IsMatch(text) && !ComparesInstead().IsMatch(text);

    /// <summary>True when <paramref name="text"/> asks for a cheaper way than the one chosen (and not a faster one).</summary>
    public static bool AsksForCheaper(string? text) =>
        !string.IsNullOrWhiteSpace(text) && CheaperAskedFor().IsMatch(text) && !FasterAskedFor().IsMatch(text) && !ComparesInstead().IsMatch(text);

    /// <summary>True when <paramref name="text"/> asks for another speed than the one chosen, faster or cheaper.</summary>
    public static bool AsksForAnotherSpeed(string? text) => AsksForFaster(text) || AsksForCheaper(text);

    /// <summary>The speed one step faster than <paramref name="chosen"/>.</summary>
    public static ShippingUrgency OneStepFaster(ShippingUrgency chosen) =>
        chosen == ShippingUrgency.Economy ? ShippingUrgency.Standard : ShippingUrgency.Fast;

    /// <summary>The speed one step cheaper (slower) than <paramref name="chosen"/>.</summary>
    public static ShippingUrgency OneStepCheaper(ShippingUrgency chosen) =>
        chosen == ShippingUrgency.Fast ? ShippingUrgency.Standard : ShippingUrgency.Economy;

    /// <summary>The speed the wish in <paramref name="text"/> moves <paramref name="chosen"/> to.</summary>
    public static ShippingUrgency Moved(ShippingUrgency chosen, string text) =>
        AsksForCheaper(text) ? OneStepCheaper(chosen) : OneStepFaster(chosen);

    // "is there anything quicker", "any faster option", "a faster service?", "can it get there sooner", "could it arrive any
    // earlier", "有没有更快一点的", "能不能快一点", "可以快点吗", "快一些的", "能不能换个早点到的".
    [GeneratedRegex(@"\b(?:is\s+there|are\s+there|any|anything|something|got\s+anything|do\s+you\s+have)\b[^?.!]{0,25}?\b(?:quicker|faster|sooner|speedier|earlier)\b|\b(?:quicker|faster|speedier)\s+(?:option|one|way|service|route|shipping|delivery|channel)\b|\b(?:can|could|will|would)\s+(?:it|we|this|they|the\s+(?:parcel|box|package|goods))\s+(?:go|get\s+there|arrive|reach\s+\w+|land|be\s+delivered|be\s+there|ship)\s+(?:any\s+|a\s+bit\s+|a\s+little\s+)?(?:quicker|faster|sooner|earlier)\b|(?:有没有|有无|能不能|可不可以|可以|能否|能)(?:再)?(?:换个|换一个|换成|改成|来个)?(?:更)?(?:快|早)(?:一)?(?:点|些)|(?:更)?快(?:一)?(?:点|些)的|(?:换|来)(?:个|一个)?(?:更)?早(?:一)?(?:点|些)到", RegexOptions.IgnoreCase)]
    private static partial Regex FasterAskedFor();

    // "is there something cheaper", "anything cheaper if it takes longer", "a cheaper option", "can we save on shipping",
    // "运费能再省点吗", "有没有再便宜一点的", "能不能便宜点".
    [GeneratedRegex(@"\b(?:is\s+there|are\s+there|any|anything|something|got\s+anything|do\s+you\s+have)\b[^?.!]{0,25}?\b(?:cheaper|less\s+expensive|more\s+economical)\b|\b(?:cheaper|less\s+expensive)\s+(?:option|one|way|service|route|shipping|delivery|channel)\b|\b(?:can|could)\s+(?:we|i|it)\s+(?:save|pay\s+less|cut\s+(?:the\s+)?cost)\b|(?:有没有|有无|能不能|可不可以|可以|能否|能)(?:再)?(?:换个|换一个|来个)?(?:更)?(?:便宜|省)(?:一)?(?:点|些)|(?:运费|费用|价格|价钱|成本)(?:能|可以|能不能)?(?:再)?(?:省|便宜|低)(?:一)?(?:点|些)|再(?:便宜|省)(?:一)?(?:点|些)", RegexOptions.IgnoreCase)]
    private static partial Regex CheaperAskedFor();

    // A comparison of outcomes, which the result answers: "would express be much faster?", "how much faster", "能快多少",
    // "会不会快很多".
    [GeneratedRegex(@"\bwould\s+(?!be\s+(?:fine|ok|okay|great))|\bhow\s+much\s+(?:faster|quicker|sooner|cheaper|less)\b|多少|会不会|很多", RegexOptions.IgnoreCase)]
    private static partial Regex ComparesInstead();
}
