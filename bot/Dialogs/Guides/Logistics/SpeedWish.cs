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
        !string.IsNullOrWhiteSpace(text) && !AsksForSlowerFirst(text)
        && ((FasterAskedFor().IsMatch(text) && !ComparesInstead().IsMatch(text)) || (SoonerWord().IsMatch(text) && CostAccepted().IsMatch(text)));

    // "晚几天到也没事，有没有便宜点的" asks for the slow way although "快" or "早" may stand in it; the wait accepted decides.
    private static bool AsksForSlowerFirst(string text) => WaitAccepted().IsMatch(text) && !CostAccepted().IsMatch(text);

    /// <summary>
    /// True when <paramref name="text"/> asks for a slower, cheaper way than the one chosen: a cost word asked for with
    /// the wait accepted ("can we go slower and save on postage?", "有没有省钱一点的走法，晚几天到也没事", "运费能再省点吗？多等几天
    /// 没关系"), or "cheaper" asked for as a request ("anything cheaper if we wait?").
    /// </summary>
    public static bool AsksForSlower(string? text) =>
        !string.IsNullOrWhiteSpace(text) && (CheaperAskedFor().IsMatch(text) || (CostWord().IsMatch(text) && WaitAccepted().IsMatch(text)))
        && !ComparesInstead().IsMatch(text);

    /// <summary>
    /// True when <paramref name="text"/> asks for another speed than the one chosen, either way: faster (with the cost
    /// accepted or as a request) or slower and cheaper.
    /// </summary>
    public static bool AsksForAnotherSpeed(string? text) => AsksForFaster(text) || AsksForSlower(text);

    /// <summary>The speed one step slower than <paramref name="chosen"/>.</summary>
    public static ShippingUrgency OneStepSlower(ShippingUrgency chosen) =>
        chosen == ShippingUrgency.Fast ? ShippingUrgency.Standard : ShippingUrgency.Economy;

    /// <summary>The speed one step faster than <paramref name="chosen"/>.</summary>
    public static ShippingUrgency OneStepFaster(ShippingUrgency chosen) =>
        chosen == ShippingUrgency.Economy ? ShippingUrgency.Standard : ShippingUrgency.Fast;

    // "is there anything quicker", "any faster option", "a faster service?", "can it get there sooner", "could it arrive any
    // earlier", "有没有更快一点的", "能不能快一点", "可以快点吗", "快一些的", "能不能换个早点到的".
    [GeneratedRegex(@"\b(?:is\s+there|are\s+there|any|anything|something|got\s+anything|do\s+you\s+have)\b[^?.!]{0,25}?\b(?:quicker|faster|sooner|speedier|earlier)\b|\b(?:quicker|faster|speedier)\s+(?:option|one|way|service|route|shipping|delivery|channel)\b|\b(?:can|could|will|would)\s+(?:it|we|this|they|the\s+(?:parcel|box|package|goods))\s+(?:go|get\s+there|arrive|reach\s+\w+|land|be\s+delivered|be\s+there|ship)\s+(?:any\s+|a\s+bit\s+|a\s+little\s+)?(?:quicker|faster|sooner|earlier)\b|(?:有没有|有无|能不能|可不可以|可以|能否|能)(?:再)?(?:换个|换一个|换成|改成|来个)?(?:更)?(?:快|早)(?:一)?(?:点|些)|(?:更)?快(?:一)?(?:点|些)的|(?:换|来)(?:个|一个)?(?:更)?早(?:一)?(?:点|些)到", RegexOptions.IgnoreCase)]
    private static partial Regex FasterAskedFor();

    // Arriving sooner, in any words: "sooner", "earlier", "quicker", "faster", "早点", "早几天", "快点".
    [GeneratedRegex(@"\b(?:sooner|earlier|quicker|faster|speedier)\b|早(?:一)?(?:点|些|几天)|快(?:一)?(?:点|些)|更快|提前", RegexOptions.IgnoreCase)]
    private static partial Regex SoonerWord();

    // The higher cost accepted: "we can spend a little extra", "paying more is fine", "happy to pay more", "多花点钱无所谓",
    // "贵点也行", "运费高点可以".
    [GeneratedRegex(@"\b(?:pay|paying|spend|spending|cost|costs|costing)\s+(?:a\s+(?:bit|little)\s+|a\s+little\s+|some\s+)?(?:more|extra)\b|\b(?:extra|more)\s+(?:cost|money|budget)\s+is\s+(?:fine|ok|okay)\b|\bbudget\s+for\s+(?:more|extra)\b|(?:多花|多付|多出)(?:点|些|一点|一些)?(?:钱)?|(?:贵|高)(?:一)?(?:点|些)(?:也)?(?:行|可以|没事|没关系|无所谓|能接受)|(?:运费|价格|费用)(?:高|贵)(?:一)?(?:点|些)", RegexOptions.IgnoreCase)]
    private static partial Regex CostAccepted();

    // "cheaper" asked for as a request: "anything cheaper?", "a cheaper option", "can we save on shipping", "有没有便宜点的",
    // "能不能省点", "运费能再省点吗", "再便宜一点".
    [GeneratedRegex(@"\b(?:is\s+there|are\s+there|any|anything|something|got\s+anything|do\s+you\s+have)\b[^?.!]{0,25}?\b(?:cheaper|less\s+expensive|more\s+economical)\b|\b(?:cheaper|slower)\s+(?:option|one|way|service|route|shipping|delivery|channel)\b|\b(?:go|ship|send)\s+(?:it\s+)?slower\b|(?:有没有|有无|能不能|可不可以|可以|能否|能)(?:再)?(?:更)?(?:便宜|省|慢)(?:一)?(?:点|些)|(?:更)?(?:便宜|省钱)(?:一)?(?:点|些)的|\b(?:is\s+there|are\s+there|any|anything|something|got\s+anything|do\s+you\s+have)\b[^?.!]{0,25}?\b(?:cheaper|less\s+expensive|more\s+economical)\b|\b(?:cheaper|less\s+expensive)\s+(?:option|one|way|service|route|shipping|delivery|channel)\b|\b(?:can|could)\s+(?:we|i|it)\s+(?:save|pay\s+less|cut\s+(?:the\s+)?cost)\b|(?:有没有|有无|能不能|可不可以|可以|能否|能)(?:再)?(?:换个|换一个|来个)?(?:更)?(?:便宜|省)(?:一)?(?:点|些)|(?:运费|费用|价格|价钱|成本)(?:能|可以|能不能)?(?:再)?(?:省|便宜|低)(?:一)?(?:点|些)|再(?:便宜|省)(?:一)?(?:点|些)", RegexOptions.IgnoreCase)]
    private static partial Regex CheaperAskedFor();

    // A cost word: "save", "cheaper", "postage", "省", "便宜", "运费".
    [GeneratedRegex(@"\b(?:save|saving|cheaper|cheap|less|economical|postage|cost)\b|省|便宜|划算|运费", RegexOptions.IgnoreCase)]
    private static partial Regex CostWord();

    // The longer wait accepted: "we can wait", "if we can wait longer", "slower is fine", "no rush", "晚几天到也没事",
    // "多等几天没关系", "慢点没事".
    [GeneratedRegex(@"\b(?:can|could|don'?t\s+mind\s+to|happy\s+to)\s+wait\b|\bwait(?:ing)?\s+(?:longer|a\s+bit|a\s+few\s+(?:more\s+)?days)\b|\bslower\b|\bno\s+rush\b|\btake\s+longer\b|(?:晚|慢|多等)(?:一)?(?:几天|点|些|一点|一些)?(?:到)?(?:也)?(?:没事|没关系|无所谓|可以|行|能接受|不要紧)", RegexOptions.IgnoreCase)]
    private static partial Regex WaitAccepted();

    // A comparison of outcomes, which the result answers: "would express be much faster?", "how much faster", "能快多少",
    // "会不会快很多".
    [GeneratedRegex(@"\bwould\s+(?!be\s+(?:fine|ok|okay|great))|\bhow\s+much\s+(?:faster|quicker|sooner|cheaper|less)\b|多少|会不会|很多", RegexOptions.IgnoreCase)]
    private static partial Regex ComparesInstead();
}
