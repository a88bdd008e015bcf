namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The plain way to reach each guide prompt (the messages that lead to it, in English and Chinese), shared by the
/// prompt-reply sets of the seventh and later passes (the readiness prompts' patterns are in <see cref="ScenarioPatterns"/>).
/// </summary>
internal static class PromptSetups
{
    internal static readonly string[] WeightEn = ["help me choose a carrier"];
    internal static readonly string[] DimensionsEn = [.. WeightEn, "1 kg"];
    internal static readonly string[] ValueEn = [.. DimensionsEn, "skip"];
    internal static readonly string[] DestinationEn = [.. ValueEn, "50 usd"];
    internal static readonly string[] UrgencyEn = [.. DestinationEn, "spain"];
    internal static readonly string[] TrackingEn = [.. UrgencyEn, "standard"];
    internal static readonly string[] ReturnsEn = [.. TrackingEn, "yes"];
    internal static readonly string[] GoodsEn = [.. ReturnsEn, "no"];
    internal static readonly string[] ModelEn = ["what platform should we sell on"];
    internal static readonly string[] MarketsEn = [.. ModelEn, "b2c"];
    internal static readonly string[] CategoryEn = [.. MarketsEn, "France"];
    internal static readonly string[] BudgetEn = [.. CategoryEn, "shoes"];
    internal static readonly string[] ExperienceEn = [.. BudgetEn, "800 usd"];
    internal static readonly string[] BrandEn = [.. ExperienceEn, "none"];
    internal static readonly string[] ProblemEn = ["we have a problem to sort out"];
    internal static readonly string[] IssueMarketEn = [.. ProblemEn, "the parcel went missing"];
    internal static readonly string[] ReadinessEn = ["assess our export readiness"];
    internal static readonly string[] QualityEn = [.. ReadinessEn, "very different"];

    internal static readonly string[] WeightZh = ["帮我选一下物流"];
    internal static readonly string[] DimensionsZh = [.. WeightZh, "1公斤"];
    internal static readonly string[] ValueZh = [.. DimensionsZh, "跳过"];
    internal static readonly string[] DestinationZh = [.. ValueZh, "200元"];
    internal static readonly string[] UrgencyZh = [.. DestinationZh, "西班牙"];
    internal static readonly string[] TrackingZh = [.. UrgencyZh, "标准"];
    internal static readonly string[] ReturnsZh = [.. TrackingZh, "要"];
    internal static readonly string[] GoodsZh = [.. ReturnsZh, "不用"];
    internal static readonly string[] ModelZh = ["推荐一个平台给我"];
    internal static readonly string[] MarketsZh = [.. ModelZh, "B2C"];
    internal static readonly string[] CategoryZh = [.. MarketsZh, "法国"];
    internal static readonly string[] BudgetZh = [.. CategoryZh, "鞋子"];
    internal static readonly string[] ExperienceZh = [.. BudgetZh, "3000元"];
    internal static readonly string[] BrandZh = [.. ExperienceZh, "没有"];
    internal static readonly string[] ProblemZh = ["我们遇到一个问题"];
    internal static readonly string[] IssueMarketZh = [.. ProblemZh, "包裹找不到了"];
    internal static readonly string[] ReadinessZh = ["帮我们评估出海准备度"];
    internal static readonly string[] QualityZh = [.. ReadinessZh, "差异很大"];

    internal static PromptReplyCase En(string[] setup, string prompt, string reply) => new("en-US", setup, prompt, reply);

    internal static PromptReplyCase Zh(string[] setup, string prompt, string reply) => new("zh-CN", setup, prompt, reply);
}
