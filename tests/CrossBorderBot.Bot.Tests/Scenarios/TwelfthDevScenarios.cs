using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The twelfth pass's dev scenarios: what the pass tuned on, in wording of its own for each mechanism it changed after
/// the eleventh held-out batch (dev material from this pass on, with the tenth and ninth) was looked at: one "which
/// market?" rule (the answerer's) for the menu's question and the answer, a problem told with an adverb or an arrival
/// ("has just suspended", "arrived smashed", "收到的…少了"), plan recall and readiness asked as questions, "same X but
/// to Y" after a result, "几个" as "a few" in an answer, a question about rules inside a guide looked up for the guide's
/// place, and a fee named last asked as a question. They run the real knowledge base. Not a measure.
/// </summary>
public static class TwelfthDevScenarios
{
    private const string AsksWhichMarket = "(?i)which country|哪个国家";

    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        En("a-vat-charge-question-without-a-market-asks-which",
            Say.That("do the buyers get charged import vat on arrival?").Sees(AsksWhichMarket).Never("(?i)Russia|Brazil", AskWeight)),
        Zh("a-vat-charge-question-without-a-market-asks-which-in-chinese",
            Say.That("客户签收时还要另外付进口税吗").Sees(AsksWhichMarket).Never("俄罗斯|巴西", AskWeight)),
        En("a-suspension-told-with-an-adverb-mid-guide-is-a-problem",
            Say.That("help me choose a selling platform").Sees(AskModel),
            Say.That("wait, ebay has just suspended our account in germany").Sees(BestMatch).Never(AskProblem, AskMarkets)),
        En("plan-recall-asked-as-a-question",
            Say.That("ship 2kg of mugs to canada, 30 usd, no returns, no batteries").Sees(AskDimensions).Never("(?i)several products"),
            Say.That("skip"), Say.That("standard"), Say.That("yes").Sees(LogisticsResult),
            Say.That("cancel").Sees(Menu),
            Say.That("is the shipping plan from last time still saved?").SeesOnce("Logistics plan: ")),
        Zh("plan-recall-asked-as-a-question-in-chinese",
            Say.That("寄2公斤杯子到加拿大，货值30美元，不退货，没电池").Sees(AskDimensions).Never("最匹配|电池与电源"),
            Say.That("跳过"), Say.That("标准"), Say.That("要").Sees(LogisticsResult),
            Say.That("取消").Sees(Menu),
            Say.That("上回那个物流方案还能调出来吗").SeesOnce("物流计划：")),
        En("a-battery-a-product-holds-is-its-goods-not-a-second-product",
            Say.That("send wireless earbuds with a lithium battery to spain, 150 g each").Sees(AskDimensions, "(?i)batter").Never("(?i)several products")),
        Zh("a-battery-a-product-holds-is-its-goods-not-a-second-product-in-chinese",
            Say.That("蓝牙音箱寄到荷兰，带锂电池，一个300克").Sees(AskDimensions, "电池").Never("几种产品")),
        En("two-products-one-of-them-batteries-stay-two",
            Say.That("ship phone cases and power banks to germany").Sees("(?i)several products")),
        En("readiness-asked-as-a-question",
            Say.That("how prepared is our business to expand abroad?").Sees("(?i)how ready")),
        En("same-goods-but-to-another-country-is-a-what-if",
            Say.That("ship 1kg of mugs to france, 20 usd value").Sees(AskDimensions),
            Say.That("skip"), Say.That("standard"), Say.That("yes"), Say.That("no"),
            Say.That("no").Sees(LogisticsResult, "France"),
            Say.That("same mugs but for italy?").Sees(LogisticsResult, "(?i)Italy").Never(AskWeight, AskDestination)),
        En("an-arrival-broken-in-words-is-a-problem",
            Say.That("a customer in canada says the bowl arrived smashed").Sees(BestMatch).Never(AskProblem)),
        Zh("a-shortfall-in-the-box-is-a-problem",
            Say.That("加拿大客户说收到的箱子里少了三件").Sees(BestMatch).Never(AskProblem)),
        Zh("a-few-per-batch-answers-the-quality-question",
            Say.That("评估一下我们的出海准备度").Sees(AskCertificates + "|产品与其他卖家相比有多大差异"),
            Say.That("差异很大"),
            Say.That("抽检，每批检查几个").Sees(AskCertificates)),
        En("a-documents-question-inside-a-guide-is-for-its-place",
            Say.That("send 1 kg of face cream to japan, 40 usd").Sees(AskDimensions),
            Say.That("what documents are required?").Sees("(?i)Japan", AskDimensions)),
        En("a-fee-named-last-at-the-menu-is-a-question",
            Say.That("amazon uk referral fee").Sees(Answered).Never(AskModel, AskMarkets)),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("dev12-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("dev12-zh-" + name, "zh-CN", turns);
}
