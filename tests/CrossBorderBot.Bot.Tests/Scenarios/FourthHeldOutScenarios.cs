using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The fourth held-out batch, written before the fourth pass changed any behaviour, from the issue's account of how
/// real small sellers write (not its examples and not the code's vocabulary): shorthand and typos, several facts in one
/// message, amounts and weights with units ("2k usd", "40欧", "半公斤"), "I don't know" / "whatever is cheapest" at a
/// prompt, side questions inside a guide, corrections of an earlier answer, what-ifs and "why" after a result, problem
/// reports at the menu, plan recall in one's own words, language switches, and unclear replies that must never end a
/// guide. All four guides and the menu. 12 in English, 12 in Chinese. Never tuned on: the pass count at the commit
/// that added it is in <see cref="FourthPassScenarioTests"/>.
/// </summary>
public static class FourthHeldOutScenarios
{
    private const string AskTaxRegistration = "VAT/GST, IOSS and EPR|增值税/GST、IOSS 和 EPR";
    private const string AskSmallBatches = "small batches and customised|小批量和定制化";
    private const string AskLeadTime = "How many days does it take|需要多少天";
    private const string AskLanguage = "in the target market's language|语言回复买家";
    private const string AskWeightZh = "单个包裹多重";
    private const string AskModelZh = "您的客户是谁";
    private const string AskCertificatesZh = "要求的认证";
    private const string Assumed = "(?i)I'll assume|我先按";
    private const string WhyFirst = "(?i)ranked first|comes first|fit score|排在第一|排第一|匹配度";

    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        En("logistics-several-facts-then-dont-know-and-cheapest",
            Say.That("hey need to ship 2 kgs of yoga mats to the netherlands, value around 60 euro")
                .Sees(AskDimensions).Never(AskWeight, AskValue, AskDestination),
            Say.That("no clue on the box size").Sees(AskUrgency),
            Say.That("whatever is cheapest").Sees(AskTracking),
            Say.That("tracking would be nice").Sees(AskReturns),
            Say.That("not needed").Sees(AskGoods),
            Say.That("nope, just fabric").Sees(LogisticsResult, "Netherlands")),
        En("logistics-correction-of-the-weight-keeps-the-other-answers",
            Say.That("choose shipping for me").Sees(AskWeight),
            Say.That("1 kg").Sees(AskDimensions),
            Say.That("30*20*10").Sees(AskValue),
            Say.That("oops, actually it's 3 kg").Sees("3 kg", AskValue).Never(AskWeight, AskDimensions),
            Say.That("2k usd").Sees(AskDestination),
            Say.That("japan").Sees(AskUrgency)),
        En("logistics-side-question-is-answered-and-the-guide-resumes",
            Say.That("help w/ shipping options pls").Sees(AskWeight),
            Say.That("btw do i need IOSS to sell into the EU?").Sees(Answered, AskWeight),
            Say.That("half a kilo").Sees(AskDimensions).Never(AskWeight)),
        En("logistics-what-ifs-after-the-result",
            Say.That("send a 1kg phone case parcel to germany, worth 15 usd").Sees(AskDimensions),
            Say.That("skip"), Say.That("standard"), Say.That("yes"), Say.That("no"),
            Say.That("no").Sees(LogisticsResult, "Germany"),
            Say.That("what if we send it express").Sees(LogisticsResult).Never(AskWeight, AskUrgency),
            Say.That("how about the UK instead").Sees(LogisticsResult, "United Kingdom|UK").Never(AskWeight, AskDestination)),
        En("platform-five-facts-in-one-answer",
            Say.That("help me pick a marketplace").Sees(AskModel),
            Say.That("b2c, kids shoes, around 800 usd monthly, about a year on etsy, no brand of our own")
                .Sees("(?i)noted", AskMarkets).Never(AskModel, AskCategory, AskBudget, AskExperience, AskBrand),
            Say.That("US and canada").Sees(PlatformResult, "Canada").Never(AskMarkets)),
        En("platform-typos-and-not-sure",
            Say.That("which platform should i sell on").Sees(AskModel),
            Say.That("retail custmers").Sees(AskMarkets),
            Say.That("austrlia").Sees(AskCategory),
            Say.That("home decor").Sees(AskBudget),
            Say.That("not sure yet").Sees(Assumed, AskExperience),
            Say.That("a bit").Sees(AskBrand),
            Say.That("yes we have one").Sees(PlatformResult, "Australia")),
        En("readiness-natural-answers-a-side-question-and-a-switch-to-chinese",
            Say.That("are we ready to start selling overseas? can you assess us").Sees("(?i)how ready", AskDifferentiation),
            Say.That("pretty similar to everyone else on alibaba tbh").Sees(AskQualityCheck),
            Say.That("what's an AQL inspection?").Sees(Answered, AskQualityCheck),
            Say.That("we check every order by hand before it ships").Sees(AskCertificates),
            Say.That("用中文吧").Sees(AskCertificatesZh).Never("certifications your target markets require")),
        En("problem-report-at-the-menu-names-the-market",
            Say.That("hi").Sees(Menu),
            Say.That("customs in mexico is holding our DHL box and asking us to pay duties")
                .Sees(BestMatch, "(?i)Mexico").Never(AskProblem, AskIssueMarket, AskWeight)),
        En("fix-issue-asks-only-the-missing-market",
            Say.That("got a problem, need some help").Sees(AskProblem),
            Say.That("amazon flagged our listing, says our claims are misleading").Sees(AskIssueMarket).Never(AskProblem),
            Say.That("US").Sees(BestMatch).Never(AskProblem, AskIssueMarket)),
        En("plan-recall-in-own-words",
            Say.That("ship 500g earrings to the US worth 20 usd").Sees(AskDimensions),
            Say.That("skip"), Say.That("no rush"), Say.That("yes"), Say.That("no"),
            Say.That("none").Sees(LogisticsResult),
            Say.That("cancel").Sees(Menu),
            Say.That("hey, what was the shipping plan you gave me earlier?").SeesOnce("Logistics plan: ")),
        En("question-at-the-menu-then-a-task-with-two-destinations",
            Say.That("hello").Sees(Menu),
            Say.That("is the US still letting small parcels in duty free?").Sees(Answered),
            Say.That("ok then help me ship 1 kg of candles to france and italy")
                .Sees(AskDimensions, "France", "Italy").Never(AskDestination, AskWeight)),
        En("unclear-replies-never-end-the-guide",
            Say.That("choose logistics").Sees(AskWeight),
            Say.That("asdfgh").MayMiss().Never(GaveUp),
            Say.That("???").MayMiss().Never(GaveUp),
            Say.That("hmm lemme think").MayMiss().Never(GaveUp, Menu),
            Say.That("2 kg").Sees(AskDimensions)),

        Zh("logistics-units-and-shorthand-at-every-prompt",
            Say.That("帮我选个物流渠道").Sees(AskWeight),
            Say.That("半公斤").Sees(AskDimensions),
            Say.That("20x15x5").Sees(AskValue),
            Say.That("40欧").Sees(AskDestination),
            Say.That("西班牙").Sees(AskUrgency),
            Say.That("不着急，便宜就行").Sees(AskTracking),
            Say.That("要有追踪").Sees(AskReturns),
            Say.That("不需要退货").Sees(AskGoods),
            Say.That("就是普通衣服").Sees(LogisticsResult, "西班牙")),
        Zh("logistics-battery-given-first-is-not-asked-again",
            Say.That("我要发3kg的蓝牙音箱去美国，申报价值50刀，带电池")
                .Sees(AskDimensions, "美国").Never(AskWeight, AskValue, AskDestination),
            Say.That("不知道").Sees(AskUrgency),
            Say.That("越快越好").Sees(AskTracking),
            Say.That("必须能追踪").Sees(AskReturns),
            Say.That("不用").Sees(LogisticsResult, "电池").Never(AskGoods)),
        Zh("logistics-correction-of-the-weight",
            Say.That("帮我算下物流").Sees(AskWeight),
            Say.That("1公斤").Sees(AskDimensions),
            Say.That("不对，应该是2.5公斤").Sees("2.5", AskDimensions).Never(AskWeight),
            Say.That("跳过").Sees(AskValue)),
        Zh("platform-side-question-then-the-same-question",
            Say.That("想选个跨境电商平台").Sees(AskModel),
            Say.That("亚马逊开店每个月要交多少钱？").Sees(Answered, AskModelZh),
            Say.That("2C").Sees(AskMarkets)),
        Zh("platform-everything-in-one-answer",
            Say.That("帮我选平台").Sees(AskModel),
            Say.That("卖给个人，主要做欧洲，卖手机壳，预算一个月五千块，没经验，无品牌")
                .Sees(PlatformResult, "欧洲").Never(AskModel, AskMarkets, AskCategory, AskBudget, AskExperience, AskBrand)),
        Zh("logistics-what-ifs-another-country-and-weight",
            Say.That("寄2公斤的茶叶到英国，货值300元").Sees(AskDimensions),
            Say.That("跳过"), Say.That("都行"), Say.That("要"), Say.That("不用"),
            Say.That("没有").Sees(LogisticsResult, "英国"),
            Say.That("换成澳洲呢").Sees(LogisticsResult, "澳大利亚").Never(AskWeight, AskDestination),
            Say.That("如果重量是5公斤呢").Sees(LogisticsResult, "5").Never(AskWeight, AskDestination)),
        Zh("platform-why-then-another-market",
            Say.That("帮我推荐平台：B2B，卖五金工具，市场是中东，每月预算2万，做过三年外贸，有品牌").Sees(PlatformResult),
            Say.That("为什么推荐第一个？").Sees(WhyFirst).Never(AskModel),
            Say.That("如果卖到美国呢").Sees(PlatformResult, "美国").Never(AskMarkets)),
        Zh("lost-parcel-report-at-the-menu",
            Say.That("你好").Sees(Menu),
            Say.That("我们寄巴西的包裹丢了，怎么办").Sees(BestMatch, "巴西").Never(AskProblem, AskWeight, AskIssueMarket)),
        Zh("stated-problem-is-not-asked-again",
            Say.That("我被投诉侵权了，平台让我下架商品").Sees(AskIssueMarket).Never(AskProblem),
            Say.That("美国站").Sees(BestMatch).Never(AskProblem, AskIssueMarket)),
        Zh("readiness-natural-answers",
            Say.That("我们想做跨境电商，帮我评估下准备得怎么样").Sees(AskDifferentiation),
            Say.That("跟别人差不多").Sees(AskQualityCheck),
            Say.That("每批都抽检").Sees(AskCertificates),
            Say.That("还没有").Sees(AskTaxRegistration),
            Say.That("没注册").Sees(AskSmallBatches),
            Say.That("可以的").Sees(AskLeadTime),
            Say.That("一般两周左右").Sees(AskStaff),
            Say.That("就我跟另一个同事").Sees(AskLanguage)),
        Zh("plan-recall-in-own-words",
            Say.That("寄1公斤饰品到日本，货值100块").Sees(AskDimensions),
            Say.That("跳过"), Say.That("不急"), Say.That("要"), Say.That("不要"),
            Say.That("没有").Sees(LogisticsResult, "日本"),
            Say.That("取消").Sees(Menu),
            Say.That("之前给我的物流方案发我看看").SeesOnce("物流计划：")),
        Zh("question-inside-logistics-keeps-the-destination",
            Say.That("帮我看下寄东西去德国用什么渠道").Sees(AskWeight),
            Say.That("德国进口要交多少增值税？").Sees(Answered, AskWeightZh),
            Say.That("3公斤").Sees(AskDimensions),
            Say.That("跳过").Sees(AskValue),
            Say.That("两百块").Sees(AskUrgency).Never(AskDestination)),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("held4-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("held4-zh-" + name, "zh-CN", turns);
}
