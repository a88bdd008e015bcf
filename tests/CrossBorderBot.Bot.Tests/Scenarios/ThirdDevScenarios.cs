using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Development scenarios of the third pass: written while building (so tuned on, unlike
/// <see cref="ThirdHeldOutScenarios"/>), in wording of their own. They cover region words that stand for several
/// markets, negated answers at yes/no questions, requests for a guide phrased as a question or as a plain statement of
/// need, and questions anywhere (answered, or an honest "don't know", then the guide goes on).
/// </summary>
public static class ThirdDevScenarios
{
    private const string Unknown = "(?i)don't know|不知道";

    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        Zh("place-group-at-the-market-question-keeps-both-markets",
            Say.That("帮我选平台").Sees(AskModel),
            Say.That("卖给消费者").Sees(AskMarkets),
            Say.That("日韩").Sees(AskCategory).Never(AskMarkets),
            Say.That("卖玩具，每月预算3000元，新手，没有品牌").Sees(PlatformResult, "日本", "韩国")),
        Zh("place-group-in-a-logistics-request-keeps-every-destination",
            Say.That("寄1公斤的帽子到欧美").Sees(AskDimensions, "欧洲", "美国").Never(AskDestination)),
        En("several-regions-at-the-market-question",
            Say.That("choose a platform").Sees(AskModel),
            Say.That("b2c").Sees(AskMarkets),
            Say.That("Europe and Southeast Asia").Sees(AskCategory).Never(AskMarkets),
            Say.That("toys, budget 400 usd a month, no experience, no brand").Sees(PlatformResult, "Europe", "Southeast Asia")),
        En("not-yet-at-the-brand-question",
            Say.That("which platform: b2c, garden tools, 900 usd a month, some experience, selling in Canada").Sees(AskBrand),
            Say.That("we haven't got one so far").Sees(PlatformResult).Never(AskBrand)),
        Zh("not-yet-at-the-brand-question",
            Say.That("帮我选平台：卖给消费者，卖厨具，每月预算6000元，有一些经验，主要做英国").Sees(AskBrand),
            Say.That("暂时还没申请").Sees(PlatformResult).Never(AskBrand)),
        En("negated-yes-words-at-the-returns-question",
            Say.That("ship a 600 g scarf to Spain, worth 25 usd").Sees(AskDimensions),
            Say.That("skip"), Say.That("standard"), Say.That("yes"),
            Say.That("we don't expect to take returns").Sees(AskGoods).Never(AskReturns)),
        En("help-request-phrased-as-a-question-starts-the-guide",
            Say.That("could you help me work out which shipping company to use?").Sees(AskWeight).Never(Unknown)),
        Zh("help-request-phrased-as-a-question-starts-the-guide",
            Say.That("能帮我分析一下该上哪个跨境平台吗").Sees(AskModel).Never(Unknown)),
        En("statement-of-need-starts-the-guide",
            Say.That("we have a pallet of goods that needs sending to the US").Sees(AskWeight).Never(Unknown)),
        Zh("statement-of-need-starts-the-guide",
            Say.That("我们有一批样品需要发到国外客户那里").Sees(AskWeight).Never(Unknown)),
        En("unknown-question-inside-logistics-then-the-same-question",
            Say.That("help me choose a shipping channel").Sees(AskWeight),
            Say.That("what's the best restaurant near Yiwu market?").Sees(Answered, AskWeight),
            Say.That("3 kg").Sees(AskDimensions)),
        Zh("unknown-question-inside-readiness-then-the-same-question",
            Say.That("帮我们做个出海准备度评估").Sees("准备度"),
            Say.That("义乌哪家餐厅最好吃？").Sees(Answered, "产品与其他卖家相比有多大差异")),
        En("question-at-a-result-prompt-then-what-next",
            Say.That("ship a 1kg parcel of socks to Germany worth 20 eur").Sees(AskDimensions),
            Say.That("skip"), Say.That("standard"), Say.That("yes"), Say.That("no"),
            Say.That("no").Sees(LogisticsResult),
            Say.That("does Germany need EPR registration for packaging?").Sees(Answered, WhatNext)),
        Zh("experience-in-years-with-any-verb",
            Say.That("帮我选平台：卖给消费者，卖文具，每月预算4000元，美国").Sees(AskExperience),
            Say.That("在亚马逊上运营了两年").Sees(AskBrand)),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("dev3-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("dev3-zh-" + name, "zh-CN", turns);
}
