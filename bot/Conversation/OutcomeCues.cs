using CrossBorderBot.Dialogs;

namespace CrossBorderBot.Conversation;

/// <summary>
/// A question about what a guide's own result would be under another input or option, told by its shape: a comparison
/// of the measures the guide ranks by ("would it come out cheaper?", "会不会贵很多", "能快多少", "would Etsy suit us
/// better than Amazon?", "should I use FBA instead?") or a question whether something changes the result ("does the
/// answer change if…", "结果会变吗"). Which input or option it names is the guide's to read.
/// </summary>
public static partial class OutcomeCues
{
    /// <summary>
    /// True when <paramref name="text"/> compares the running guide's outcome under another input or option, in the
    /// measures that guide ranks by: cost and speed for shipping, fit for a marketplace.
    /// </summary>
    public static bool ComparesTheOutcome(string? guideId, string text) => guideId switch
    {
        DialogIds.GuideLogistics => CostOrSpeedComparison().IsMatch(text) || (InsteadOfAnOption().IsMatch(text) && ShippingOption().IsMatch(text)),
        DialogIds.GuidePlatform => FitComparison().IsMatch(text) || InsteadOfAnOption().IsMatch(text),
        _ => false,
    };

    /// <summary>Names a way of shipping in general words or a carrier ("sea freight", "DHL", "铁路", "专线").</summary>
    public static bool NamesAWayOfShipping(string text) => ShippingOption().IsMatch(text);

    /// <summary>
    /// Asks whether the result holds somewhere else too: "does this work for canada as well?", "would these also work in
    /// australia?", "那加拿大也适用吗？", "这些平台在墨西哥也能卖吗？" (with the place named, which the caller checks).
    /// </summary>
    public static bool AsksWhetherItHoldsThere(string text) => HoldsThere().IsMatch(text);

    /// <summary>Asks whether something changes the result: "does the answer change", "would that affect the ranking", "推荐会变吗".</summary>
    public static bool AsksAboutAnEffect(string text) => Effect().IsMatch(text);

    // Cost and speed compared: "cheaper", "more expensive", "cost more", "how much faster", "贵很多", "会不会便宜点",
    // "能快多少", "省不少". "快递" and "快件" are the words for express, not a comparison.
    [GeneratedRegex(@"\b(?:cheaper|pricier|costlier|(?:more|less)\s+(?:expensive|costly)|cost(?:s|ing)?\s+(?:more|less|extra)|faster|slower|quicker|sooner|save\s+(?:money|much|a\s+lot|anything)|savings?|how\s+much\s+(?:more|less|faster|slower|quicker|cheaper|extra))\b|(?:会不会|能不能|是不是|会|能|要|得)(?:更)?(?:贵|便宜|省|快|慢|划算)(?!递|件)|(?:贵|便宜|省|快|慢|划算)(?!递|件)(?:了)?(?:很多|不少|多少|一点|一些|些|点|几天|吗|么)|(?:涨|多花|多付|多出)(?:很多|不少|多少)|更(?:贵|便宜|省钱|快|慢|划算)", RegexOptions.IgnoreCase)]
    private static partial Regex CostOrSpeedComparison();

    // Fit compared: "suit us better", "a better fit", "better than amazon", "sell more on etsy", "更适合", "比亚马逊好".
    [GeneratedRegex(@"\b(?:suits?|fits?|work)\s+(?:us|me|our\s+\w+|my\s+\w+)?\s*better\b|\bbetter\s+(?:fit|choice|option|for\s+(?:us|me|our|my))\b|\bbetter\s+than\b|\bsell\s+(?:more|better)\b|更适合|更合适|更好卖|卖得更好|比[^，,。？?]{1,12}(?:好|强|合适|适合)", RegexOptions.IgnoreCase)]
    private static partial Regex FitComparison();

    // One option instead of another, asked: "should I use FBA for this instead?", "would express be better instead", "改用…会不会".
    [GeneratedRegex(@"\b(?:should|would|could|shall)\s+(?:i|we)\b[^?]*\binstead\b|\binstead\s+of\b|\brather\s+than\b|(?:还是|改用|换用|不如)[^，,。？?]{1,12}(?:好|划算|合适|吗)", RegexOptions.IgnoreCase)]
    private static partial Regex InsteadOfAnOption();

    // The result held up against another place: "also", "as well", "too", "work for", "apply in", "available in", "也适用",
    // "也能卖", "同样适用", "通用".
    [GeneratedRegex(@"\b(?:also|too|as\s+well)\b|\b(?:work|works|apply|applies|valid|hold|holds|available)\s+(?:for|in|there)\b|也(?:适用|能用|能卖|可以卖|可以用|行|一样|适合|能做|可以做)|同样适用|通用|适用", RegexOptions.IgnoreCase)]
    private static partial Regex HoldsThere();

    // Ways to ship, in general words: a comparison naming one is about the shipment's outcome.
    [GeneratedRegex(@"\b(?:fba|express|courier|post(?:al)?|mail|sea|ocean|air|rail|truck|line|dhl|fedex|ups|e-?packet|parcels?|boxes|shipments?)\b|快递|海运|空运|铁路|陆运|专线|邮政|小包|包裹|箱", RegexOptions.IgnoreCase)]
    private static partial Regex ShippingOption();

    // "does the answer change", "would that change the ranking", "make a difference", "affect the result", "does that
    // change anything?", "would that shift things", "推荐会变吗", "结果会不会不一样", "有什么区别", "这样会有影响吗".
    [GeneratedRegex(@"\b(?:change|changes|changed|affect|affects|impact)\b[^?]{0,40}\b(?:answer|result|ranking|recommendation|picks?|list|order|price|cost|outcome)\b|\b(?:answer|result|ranking|recommendation|picks?|list|order|outcome)s?\b[^?]{0,30}\b(?:change|differ|be\s+different)\b|\bmake\s+(?:a|any|much\s+of\s+a)\s+difference\b|\b(?:does|do|would|will|could|might)\s+(?:that|this|it)\s+(?:change|affect|shift|matter)\b|(?:这样|那样|这个|那)(?:会|会不会|有没有)?有?影响(?:吗|么|不)?|(?:结果|推荐|排名|排序|答案|方案)[^，,。？?]{0,6}(?:会|能)?(?:变|变化|改变|不一样|不同)|有(?:什么|啥)?(?:区别|变化|不同)", RegexOptions.IgnoreCase)]
    private static partial Regex Effect();
}
