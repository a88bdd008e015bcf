namespace CrossBorderBot.Understanding;

/// <summary>
/// Whether a message tells what the seller does or plans ("we produce mugs and want to sell in France, where do we
/// begin?", "我们做女装，想卖到日本"), as opposed to a question about the world ("what is France's VAT rate?", "我想知道
/// 法国的增值税"). Facts in the first kind describe the seller's own business even when the message ends in a question.
/// </summary>
public static partial class SellerStatement
{
    public static bool Describes(string? text) => !string.IsNullOrWhiteSpace(text) && (English().IsMatch(text) || Chinese().IsMatch(text));

    // "we want to sell", "we're planning to ship", "i make", "our products"; not "i want to know".
    [GeneratedRegex(@"\b(?:we|i)(?:'re|'m| are| am)?\s+(?:(?:really\s+|also\s+|now\s+)?(?:want|plan|planning|hope|need|going|looking|trying|would like|'d like)\s+to\s+(?!know\b|ask\b|understand\b|check\b|find out\b)|(?:make|produce|manufacture|sell|ship|export|are selling|are making)\b)|\bour\s+(?:products?|goods|items|factory|company|brand|customers|buyers|shop|store)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex English();

    // "我们想卖", "我司主要做", "我打算出口"; not "我想知道", "我想问".
    [GeneratedRegex(@"(?:我们|我司|我方|我家|我)(?:主要|目前|现在|也|都|是)?(?:(?:想|要|打算|准备|计划)(?!知道|问|了解|咨询|请教)|做|生产|卖|出口|发货)")]
    private static partial Regex Chinese();
}
