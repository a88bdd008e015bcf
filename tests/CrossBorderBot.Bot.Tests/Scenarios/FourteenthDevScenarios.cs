using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The fourteenth pass's dev scenarios: what the pass tuned on, in wording of its own for each mechanism it changed
/// (the fourteenth held-out batch was never looked at beyond its totals; the thirteenth and twelfth held-out batches are
/// dev material): a request after words that drop the running guide, a cost or time question with a changed input after
/// a logistics result, a problem told while asking for help, a parcel's weight "with the packaging", a language asked
/// for at the start of an answer, country names with one slip in either language, problems told as leaks or goods "not
/// as described". They run the real knowledge base. Not a measure.
/// </summary>
public static class FourteenthDevScenarios
{
    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        En("a-shipping-request-after-dropping-the-platform-guide-starts-logistics",
            Say.That("pick a marketplace for us").Sees(AskModel),
            Say.That("b2c").Sees(AskMarkets),
            Say.That("never mind that, right now we have to move roughly 15 kg of floor tiles to a depot in portugal and need a price")
                .Sees(AskDimensions).Never(AskMarkets, AskCategory, AskWeight, AskDestination)),
        Zh("a-shipping-request-after-dropping-the-platform-guide-starts-logistics-in-chinese",
            Say.That("帮我们挑一个电商平台").Sees(AskModel),
            Say.That("B2C").Sees(AskMarkets),
            Say.That("算了这个以后再说吧，眼下有十五公斤的地砖要运到葡萄牙的仓库，想问问运费多少")
                .Sees(AskDimensions).Never(AskMarkets, AskWeight, AskDestination)),
        En("a-problem-told-after-dropping-the-readiness-check-is-its-description",
            Say.That("evaluate how ready we are to export").Sees("(?i)how ready"),
            Say.That("nvm, a shopper in canada says the thermos we shipped leaks and wants us to cover the return")
                .Sees(BestMatch, "(?i)quality|described|defect|return").Never(AskProblem, "(?i)held at customs")),
        En("a-cost-question-for-another-country-after-a-result-is-a-what-if",
            Say.That("ship 1 kg of beanies to germany, 20 eur").Sees(AskDimensions),
            Say.That("skip"), Say.That("standard"), Say.That("yes"), Say.That("no"), Say.That("none").Sees(LogisticsResult),
            Say.That("what would the same parcel cost going to portugal?").Sees(LogisticsResult, "(?i)Portugal").Never(NotUnderstood, "(?i)don't know that yet")),
        Zh("a-time-question-for-another-country-after-a-result-is-a-what-if",
            Say.That("一公斤毛线帽寄德国，货值20欧").Sees(AskDimensions),
            Say.That("跳过"), Say.That("标准"), Say.That("要"), Say.That("不"), Say.That("没有").Sees(LogisticsResult),
            Say.That("寄到葡萄牙的话要几天").Sees(LogisticsResult, "葡萄牙").Never(NotUnderstood, "还不知道答案")),
        En("a-weight-with-the-packaging-is-a-parcel-not-a-problem",
            Say.That("wall clocks for a shop in portugal, 2.5 kg with the packaging").Sees(AskDimensions).Never(AskProblem, BestMatch, AskWeight)),
        Zh("a-weight-with-the-packaging-is-a-parcel-not-a-problem-in-chinese",
            Say.That("挂钟发葡萄牙的店，算上包装两公斤半").Sees(AskDimensions).Never(AskProblem, BestMatch, AskWeight)),
        Zh("english-asked-for-before-the-answer-switches-and-takes-the-answer",
            Say.That("三公斤台灯寄法国").Sees(AskDimensions),
            Say.That("let's continue in english: we never measured the carton").Sees("declared value of the goods").Never("申报价值是多少", AskDimensions, NotUnderstood)),
        En("chinese-asked-for-before-the-answer-switches-and-takes-the-answer",
            Say.That("3 kg of desk lamps to france").Sees(AskDimensions),
            Say.That("还是说中文吧，箱子没量过").Sees("申报价值是多少").Never("declared value of the goods", AskDimensions, NotUnderstood)),
        En("a-two-word-country-with-a-slip-is-read",
            Say.That("send 600 g of hair ties to sotuh korea, 15 usd").Sees(AskDimensions, "(?i)Korea").Never(AskDestination, AskWeight)),
        Zh("a-chinese-country-name-with-a-wrong-character-is-read",
            Say.That("600克发圈寄马来西压，货值15美元").Sees(AskDimensions, "马来西亚").Never(AskDestination, AskWeight)),
        Zh("a-platform-market-with-a-wrong-character-is-read",
            Say.That("帮忙选平台").Sees(AskModel),
            Say.That("卖给个人消费者"),
            Say.That("印度尼西雅").Sees(AskCategory).Never(AskMarkets)),
        En("goods-not-as-described-at-the-menu-are-a-problem",
            Say.That("a buyer in the netherlands opened a case saying the rug is not as pictured").Sees(BestMatch).Never(AskProblem, AskWeight)),
        Zh("goods-not-as-described-at-the-menu-are-a-problem-in-chinese",
            Say.That("荷兰买家投诉说地毯和描述不符，要退款").Sees(BestMatch).Never(AskProblem, AskWeight)),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("dev14-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("dev14-zh-" + name, "zh-CN", turns);
}
