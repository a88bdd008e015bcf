namespace CrossBorderBot.Understanding;

/// <summary>
/// A place named as where the seller is — where the brand is registered, the company based, the goods made or shipped
/// from ("a registered brand in china only", "our factory is in Vietnam", "在中国注册的商标", "工厂在越南") — is not a
/// market to sell in. Only when every mention of the place is said so; "sell in China" still names a market.
/// </summary>
public static partial class HomeMention
{
    public static bool OnlyHome(string text, string words) =>
        MentionPlaces.EveryPlace(text, words, (start, end) => HomeBefore().IsMatch(text[..start]) || (HomeAfter().IsMatch(text[end..]) && !SoldTo().IsMatch(text[..start])));

    // "卖灯具给德国和波兰的公司": companies of a place the goods are sold or sent to are buyers there, not the seller's own.
    [GeneratedRegex(@"(?:给|卖到|卖去|销往|出口到|发往|寄往|寄到|发到|运到)[^，,。；;！!？?]{0,10}$")]
    private static partial Regex SoldTo();

    // "registered (brand) in ", "trademark in ", "based in ", "made in ", "our factory is in ", "we're in ", "ship from ",
    // "工厂在", "公司在", "总部在", "产地".
    [GeneratedRegex(@"(?:\b(?:registered|trademark(?:ed|s)?|based|located|incorporated|headquartered|made|manufactured|produced|factory|factories|company|office|warehouse\s+is|we\s+are|we're|ship|ships|shipping|send|sending)(?:\s+\w+){0,2}?\s+(?:in|from)\s+(?:the\s+)?|(?:工厂|公司|总部|产地|注册地|厂)(?:在|于|是)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex HomeBefore();

    // "(在)中国注册", "中国生产的", "中国的工厂", "国内商标".
    [GeneratedRegex(@"^(?:的)?(?:注册|生产|制造|设厂|工厂|公司|商标|发货)")]
    private static partial Regex HomeAfter();
}
