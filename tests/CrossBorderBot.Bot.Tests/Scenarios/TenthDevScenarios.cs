using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The tenth pass's dev scenarios: what the pass tuned on, in wording of its own for each mechanism it changed after the
/// ninth held-out batch (dev material from this pass on) was looked at — a question in passing that means the guide's
/// destination or market ("do buyers pay duty there?", "那里进口要交税吗"), "both" customer types with one side named
/// first, certificates held for every product, an answer for the guide waiting below a problem reported in passing,
/// batteries and liquids negated ("没带电池也没液体"), "2C" inside a message, a brand said as "自己品牌". Not a measure.
/// </summary>
public static class TenthDevScenarios
{
    private const string AskTaxRegistration = "VAT/GST, IOSS and EPR|增值税/GST、IOSS 和 EPR";

    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        En("a-duty-question-in-passing-means-the-destination",
            Say.That("ship 1 kg of candles to italy, value 20 usd").Sees(AskDimensions),
            Say.That("skip").Sees(AskUrgency),
            Say.That("do buyers pay customs duty there?").Sees(Answered, "(?i)Italy|Italian|\\bEU\\b|European", AskUrgency)),
        Zh("a-tax-question-in-passing-means-the-destination",
            Say.That("寄1公斤蜡烛到意大利，货值20美元").Sees(AskDimensions),
            Say.That("跳过").Sees(AskUrgency),
            Say.That("那里进口要交税吗").Sees(Answered, "意大利|欧盟|增值税|关税", AskUrgency)),
        En("both-customer-types-business-named-first",
            Say.That("which platform: both, mostly b2b with some b2c, germany, furniture, 900 usd a month, some experience, no brand")
                .Sees(PlatformResult, "B2C instead").Never(AskModel)),
        Zh("both-customer-types-business-named-first-in-chinese",
            Say.That("选平台：批发零售都做，批发为主，德国，家具，每月900美元，有一些经验，没有品牌")
                .Sees(PlatformResult, "换成B2C").Never(AskModel)),
        En("certificates-for-every-product",
            Say.That("assess our export readiness"), Say.That("very different"), Say.That("we test every unit").Sees(AskCertificates),
            Say.That("UKCA for every product").Sees(AskTaxRegistration).Never(AskCertificates)),
        Zh("certificates-for-every-product-in-chinese",
            Say.That("帮我们评估出海准备度"), Say.That("差异很大"), Say.That("每件都检查").Sees(AskCertificates),
            Say.That("每款产品都有CE").Sees(AskTaxRegistration).Never(AskCertificates)),
        En("an-answer-for-the-guide-below-a-problem-reported-in-passing",
            Say.That("help me choose a carrier").Sees(AskWeight),
            Say.That("hold on, customs in canada is holding our other parcel").Sees(BestMatch),
            Say.That("2 kg").Sees(AskDimensions).Never(AskWeight)),
        Zh("an-answer-for-the-guide-below-a-problem-reported-in-passing-in-chinese",
            Say.That("帮我选一下物流").Sees(AskWeight),
            Say.That("等等，寄到法国的货被海关扣了").Sees(BestMatch),
            Say.That("两公斤").Sees(AskDimensions).Never(AskWeight)),
        Zh("batteries-and-liquids-negated",
            Say.That("寄1公斤毛巾到西班牙，货值15美元"), Say.That("跳过"), Say.That("标准"), Say.That("要"), Say.That("不用").Sees(AskGoods),
            Say.That("没带电池也没液体").Sees(LogisticsResult)),
        En("batteries-and-liquids-negated-in-english",
            Say.That("send 1 kg of towels to spain, value 15 usd"), Say.That("skip"), Say.That("standard"), Say.That("yes"), Say.That("no").Sees(AskGoods),
            Say.That("without batteries or liquids").Sees(LogisticsResult)),
        Zh("two-c-inside-a-message-and-own-brand",
            Say.That("选平台：2C，宠物用品，日本，每月800美元，有一些经验，有自己品牌").Sees(PlatformResult).Never(AskModel, AskBrand)),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("dev10-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("dev10-zh-" + name, "zh-CN", turns);
}
