using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The fifteenth pass's dev scenarios: what the pass tunes on, in wording of its own, written and measured before any
/// change of that pass (the fifteenth held-out batch is never looked at beyond its totals; the fourteenth, thirteenth
/// and twelfth held-out batches are dev material). They cover an answer given with a question about it at a prompt, a
/// reply in the other language that a prompt cannot use, asking how ready the company is or where to begin, a what-if
/// naming other goods, a side question that needs the guide's product or value, "why X and not Y?" naming two options,
/// a correction said with "my bad", and an answer already given repeated at a later question. Real knowledge base.
/// Not a measure.
/// </summary>
public static class FifteenthDevScenarios
{
    private const string BatteryRules = "(?i)UN\\s?38\\.3|lithium|锂电池";
    private const string QualityPlaybook = "(?i)Buyers report defects|买家反映";

    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        // An answer and a question about it at once: the answer is taken and the question answered about what it said.
        En("a-battery-answer-with-a-question-about-it",
            Say.That("ship 800 g of wireless earbuds to france, value 35 eur").Sees(AskDimensions),
            Say.That("skip"), Say.That("standard"), Say.That("yes"), Say.That("no").Sees(AskGoods),
            Say.That("yes there's a lithium battery inside, is that a problem?").Sees(BatteryRules, LogisticsResult).Never(NotUnderstood, QualityPlaybook, AskGoods)),
        Zh("a-battery-answer-with-a-question-about-it-in-chinese",
            Say.That("800克蓝牙耳机寄法国，货值35欧").Sees(AskDimensions),
            Say.That("跳过"), Say.That("标准"), Say.That("要"), Say.That("不用").Sees(AskGoods),
            Say.That("耳机里有锂电池，这个有影响吗").Sees(BatteryRules, LogisticsResult).Never(NotUnderstood, "还不知道答案", AskGoods)),

        // A reply in the other language that the question cannot use: the retry is in one language, the turn's.
        En("a-chinese-reply-the-model-question-cannot-use-is-retried-in-chinese",
            Say.That("help me pick a marketplace").Sees(AskModel),
            Say.That("这个我得问问老板").MayMiss().Sees("您的客户是谁").Never("Who will you sell to", "B2B — businesses", "B2C — consumers")),
        Zh("an-english-reply-the-model-question-cannot-use-is-retried-in-english",
            Say.That("帮我选个平台").Sees(AskModel),
            Say.That("hmm let me think about it").MayMiss().Sees("Who will you sell to").Never("您的客户是谁", "个人消费者", "企业客户")),

        // How ready the company is, asked as a question: the readiness check, not a knowledge lookup.
        En("how-export-ready-are-we-starts-the-readiness-check",
            Say.That("how export-ready are we, honestly?").Sees(ReadinessStart, AskDifferentiation).Never("(?i)don't know that yet"),
            Say.That("we design everything in-house").Never(NotUnderstood, AskDifferentiation)),
        Zh("are-we-ready-to-go-abroad-starts-the-readiness-check",
            Say.That("我们准备好出海了吗？").Sees(ReadinessStart, AskDifferentiation).Never("还不知道答案")),
        En("could-you-assess-whether-our-factory-can-sell-overseas",
            Say.That("we're a small factory - could you assess whether we can handle selling overseas?").Sees(ReadinessStart, AskDifferentiation).Never("(?i)don't know that yet")),
        Zh("where-to-begin-alone-at-the-menu-starts-the-readiness-check",
            Say.That("该从哪里开始？").Sees(ReadinessStart, AskDifferentiation).Never("还不知道答案")),

        // A what-if naming other goods after a result changes the product.
        En("a-what-if-with-other-goods-changes-the-product",
            Say.That("ship 1 kg of t-shirts to germany, value 30 eur").Sees(AskDimensions),
            Say.That("skip"), Say.That("standard"), Say.That("yes"), Say.That("no"), Say.That("none").Sees(LogisticsResult),
            Say.That("what about ceramic mugs instead?").Sees(LogisticsResult, "(?i)kitchen").Never("(?i)already what this result assumes", NotUnderstood)),
        Zh("a-what-if-with-other-goods-changes-the-product-in-chinese",
            Say.That("1公斤T恤寄德国，货值30欧").Sees(AskDimensions),
            Say.That("跳过"), Say.That("标准"), Say.That("要"), Say.That("不用"), Say.That("都没有").Sees(LogisticsResult),
            Say.That("换成陶瓷杯呢").Sees(LogisticsResult, "厨房").Never("已经是按这一点算的", NotUnderstood)),

        // "Why X and not Y?" names two options: both are explained.
        En("why-amazon-and-not-etsy-talks-about-both",
            Say.That("help me choose a platform").Sees(AskModel),
            Say.That("b2c"), Say.That("us and uk"), Say.That("handmade jewelry"), Say.That("500 usd a month"), Say.That("none"),
            Say.That("no").Sees(PlatformResult),
            Say.That("why amazon and not etsy?").Sees("(?i)Amazon[^\\n]*(?:ranked|fit)", "(?i)Etsy[^\\n]*(?:ranked|fit)").Never(NotUnderstood)),
        Zh("why-amazon-and-not-aliexpress-talks-about-both",
            Say.That("帮我选平台").Sees(AskModel),
            Say.That("B2C"), Say.That("美国"), Say.That("家居用品"), Say.That("每月3000元"), Say.That("没经验"),
            Say.That("没有").Sees(PlatformResult),
            Say.That("为什么推荐亚马逊不推荐速卖通").Sees("亚马逊[^\\n]*(?:排|匹配度)", "速卖通[^\\n]*(?:排|匹配度)").Never(NotUnderstood)),

        // A side question that needs the guide's product: completed with it, not asked bare.
        En("a-side-question-about-these-goods-is-asked-about-the-guides-product",
            Say.That("ship 500 g of cosmetics to the us, value 25 usd").Sees(AskDimensions),
            Say.That("what rules apply to these over there?").Sees("(?i)MoCRA|Cosmetics", AskDimensions).Never(NotUnderstood, "(?i)largest single e-commerce market")),
        Zh("a-side-question-about-these-goods-is-asked-about-the-guides-product-in-chinese",
            Say.That("500克化妆品寄美国，货值25美元").Sees(AskDimensions),
            Say.That("这类产品在那边有什么规定").Sees("MoCRA|化妆品监管", AskDimensions).Never(NotUnderstood)),

        // A correction said with "my bad" or "说错了" inside a guide is an answer, not a complaint; the place denied is dropped.
        En("a-correction-with-my-bad-changes-the-destination",
            Say.That("quote for 1.2 kg of scarves to belgium").Sees(AskDimensions),
            Say.That("30x20x10 cm"),
            Say.That("hold on, my bad - the buyer is actually in austria, not belgium").Sees("(?i)austria", AskValue)
                .Never(BestMatch, NotUnderstood, AskDestination, "(?i)Austria, Belgium")),
        Zh("a-correction-with-said-wrong-changes-the-destination",
            Say.That("1.2公斤围巾寄比利时").Sees(AskDimensions),
            Say.That("30x20x10厘米"),
            Say.That("等一下，我说错了，买家在奥地利不是比利时").Sees("奥地利", AskValue).Never(BestMatch, NotUnderstood, AskDestination, "奥地利、比利时")),

        // An answer given in the opening, repeated at a later question: acknowledged, the waiting question asked again.
        En("the-speed-said-again-at-the-tracking-question-is-not-a-miss",
            Say.That("cheapest way to get 700 g of hats to sweden, 20 usd").Sees(AskDimensions),
            Say.That("skip").Sees(AskTracking),
            Say.That("slow is totally fine").Sees(AskTracking).Never(NotUnderstood)),
        Zh("the-speed-said-again-at-the-tracking-question-is-not-a-miss-in-chinese",
            Say.That("700克帽子寄瑞典，货值20美元，要最便宜的").Sees(AskDimensions),
            Say.That("跳过").Sees(AskTracking),
            Say.That("慢点没事").Sees(AskTracking).Never(NotUnderstood)),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("dev15-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("dev15-zh-" + name, "zh-CN", turns);
}
