using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The fifth pass's dev scenarios: what the pass tuned on, taken from the gaps batch 4 showed (looked at, so no longer
/// held out) and the known open list — quantity words, "not sure" at the value question with its default said, wishes
/// at yes/no questions, "same as everyone" at the differentiation question, a misspelt buyer word, plan recall in other
/// words, yes and no read from the vocabulary data. Not a measure of anything.
/// </summary>
public static class FifthDevScenarios
{
    private const string AskTaxRegistration = "VAT/GST, IOSS and EPR|增值税/GST、IOSS 和 EPR";
    private const string AskSmallBatches = "small batches and customised|小批量和定制化";
    private const string Assumed = "(?i)I'll assume|我先按";

    private static readonly ScenarioTurn[] ToTrackingEn = [Say.That("help me choose logistics"), Say.That("2 kg"), Say.That("skip"), Say.That("50 usd"), Say.That("france"), Say.That("standard").Sees(AskTracking)];
    private static readonly ScenarioTurn[] ToTrackingZh = [Say.That("帮我选物流"), Say.That("2公斤"), Say.That("跳过"), Say.That("100元"), Say.That("法国"), Say.That("标准").Sees(AskTracking)];

    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        En("half-a-kilo-is-a-weight",
            Say.That("choose logistics").Sees(AskWeight),
            Say.That("half a kilo").Sees(AskDimensions).Never(AskWeight)),
        En("a-couple-of-kilos-is-a-weight",
            Say.That("help me pick a shipping channel").Sees(AskWeight),
            Say.That("a couple of kilos").Sees(AskDimensions).Never(AskWeight)),
        En("a-kilo-and-a-half-in-the-first-message",
            Say.That("send a kilo and a half of tea to canada").Sees(AskDimensions, "1.5 kg").Never(AskWeight, AskDestination)),
        En("not-sure-of-the-value-uses-the-default-and-says-so",
            Say.That("help me choose logistics"), Say.That("2 kg"), Say.That("skip").Sees(AskValue),
            Say.That("not sure").Sees(Assumed, "20 USD", AskDestination).Never(AskValue)),
        Zh("not-sure-of-the-value-uses-the-default-and-says-so",
            Say.That("帮我选物流"), Say.That("2公斤"), Say.That("跳过").Sees(AskValue),
            Say.That("不清楚").Sees(Assumed, "20 USD", AskDestination).Never(AskValue)),
        En("a-wish-for-tracking-says-yes", [.. ToTrackingEn, Say.That("tracking would be nice").Sees(AskReturns).Never(AskTracking)]),
        Zh("a-wish-for-tracking-says-yes", [.. ToTrackingZh, Say.That("最好能查到物流").Sees(AskReturns).Never(AskTracking)]),
        En("a-wish-negated-is-no-yes", [.. ToTrackingEn, Say.That("it wouldn't be nice, no need").Sees(AskReturns).Never(AskTracking)]),
        En("same-as-everyone-else-is-no-differentiation",
            Say.That("are we ready to start selling overseas? can you assess us").Sees(AskDifferentiation),
            Say.That("pretty similar to everyone else on alibaba tbh").Sees(AskQualityCheck)),
        Zh("same-as-others-is-no-differentiation",
            Say.That("我们想做跨境电商，帮我评估下准备得怎么样").Sees(AskDifferentiation),
            Say.That("跟别人差不多").Sees(AskQualityCheck)),
        Zh("readiness-yes-and-no-in-own-words",
            Say.That("评估一下我们的出海准备度").Sees(AskDifferentiation),
            Say.That("大同小异").Sees(AskQualityCheck),
            Say.That("每批都抽检").Sees(AskCertificates),
            Say.That("只有部分产品有").Sees(AskTaxRegistration),
            Say.That("暂时还没弄").Sees(AskSmallBatches)),
        En("a-misspelt-buyer-word",
            Say.That("which platform should i sell on").Sees(AskModel),
            Say.That("retail custmers").Sees(AskMarkets)),
        En("plan-recall-by-meaning",
            Say.That("ship 500g earrings to the US worth 20 usd"), Say.That("skip"), Say.That("no rush"), Say.That("yes"), Say.That("no"),
            Say.That("none").Sees(LogisticsResult),
            Say.That("cancel").Sees(Menu),
            Say.That("hey, what was the shipping plan you gave me earlier?").SeesOnce("Logistics plan: ")),
        Zh("plan-recall-by-meaning",
            Say.That("寄1公斤饰品到日本，货值100块"), Say.That("跳过"), Say.That("不急"), Say.That("要"), Say.That("不要"),
            Say.That("没有").Sees(LogisticsResult),
            Say.That("取消").Sees(Menu),
            Say.That("之前给我的物流方案发我看看").SeesOnce("物流计划：")),
        En("asking-for-a-new-plan-is-not-recall",
            Say.That("hi").Sees(Menu),
            Say.That("can you show me how to make a shipping plan for 2 kg to spain?").Never("Logistics plan: ", "(?i)no plan yet|还没有计划")),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("dev5-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("dev5-zh-" + name, "zh-CN", turns);
}
