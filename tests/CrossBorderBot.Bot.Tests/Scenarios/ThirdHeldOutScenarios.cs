using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The third held-out batch, written before the third pass changed any behaviour, from the list of what
/// sellers do (not its examples, not the earlier batches' wording): informal, misspelt and mixed-language answers at
/// prompts, several facts in one message, side questions inside a guide (answered, then the waiting question again in
/// the current language), corrections of an earlier answer, what-ifs and "why" after a result, plan recall in one's
/// own words, problem reports and language switches inside a guide, questions the knowledge base cannot answer (an
/// honest "don't know", then the guide goes on), and region words at the market question. 9 in English, 10 in
/// Chinese. Never tuned on: behaviour is tuned on the dev scenarios. The pass count before any change of the third
/// pass is in <see cref="ThirdPassScenarioTests"/>, with the scenarios whose failures were looked at while naming gaps.
/// </summary>
public static class ThirdHeldOutScenarios
{
    private const string AskDimensionsZh = "外箱尺寸";
    private const string AskWeightZh = "单个包裹多重";
    private const string AskMarketsZh = "您想卖到哪些市场";
    private const string AskModelZh = "您的客户是谁";
    private const string Unknown = "(?i)don't know|不知道|还不知道";

    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        En("logistics-slang-and-typos-at-every-prompt",
            Say.That("got some stuff to ship overseas, can u help").Sees(AskWeight),
            Say.That("abt 2 kilo").Sees(AskDimensions),
            Say.That("40x30x15cm").Sees(AskValue),
            Say.That("like 35 bucks").Sees(AskDestination),
            Say.That("australia").Sees(AskUrgency),
            Say.That("cheapest pls").Sees(AskTracking),
            Say.That("yep").Sees(AskReturns),
            Say.That("nah").Sees(AskGoods),
            Say.That("no batteries, no liquids").Sees(LogisticsResult, "Australia")),
        En("platform-facts-in-one-message-then-a-correction",
            Say.That("looking for a marketplace for our LED desk lamps, we sell to retailers mostly, US market")
                .Sees("(?i)noted", AskBudget).Never(AskModel, AskCategory, AskMarkets),
            Say.That("maybe 2k usd per month").Sees(AskExperience),
            Say.That("wait, we actually sell to consumers, not retailers").Sees("B2C", AskExperience).Never(AskModel, AskBudget),
            Say.That("zero experience").Sees(AskBrand),
            Say.That("nope").Sees(PlatformResult).Never(AskModel, AskMarkets, AskBudget)),
        En("side-question-in-logistics-then-the-same-question",
            Say.That("ship a 1kg handbag to Italy").Sees(AskDimensions),
            Say.That("quick q - does italy charge import VAT on cheap parcels?").Sees(Answered, AskDimensions).Never(AskWeight, AskDestination),
            Say.That("25x20x5 cm").Sees(AskValue)),
        En("unknown-question-inside-platform-is-honest-and-the-guide-goes-on",
            Say.That("where should I sell online? help me decide").Sees(AskModel),
            Say.That("how much does a freelance shopify developer in poland charge per hour?").Sees(Unknown, AskModel),
            Say.That("consumers").Sees(AskMarkets)),
        En("what-ifs-after-a-logistics-result",
            Say.That("need to post a 1.5kg parcel of books to Canada, worth 30 usd").Sees(AskDimensions),
            Say.That("dunno"), Say.That("normal speed is fine"), Say.That("yes please"), Say.That("no need"),
            Say.That("none of those").Sees(LogisticsResult, "Canada"),
            Say.That("what if it's 5 kg?").Sees(LogisticsResult, "5 kg", "Canada").Never(AskWeight),
            Say.That("and to Japan?").Sees(LogisticsResult, "Japan").Never(AskDestination, AskWeight)),
        En("why-after-a-platform-result-then-plan-in-own-words",
            Say.That("which marketplace suits us: b2c, phone accessories, 1500 usd monthly, a little experience, no brand").Sees(AskMarkets),
            Say.That("UK").Sees(PlatformResult),
            Say.That("how come the top pick beats the rest?").Sees("(?i)ranked first|comes first|fit score").Never(AskModel),
            Say.That("cancel").Sees(Menu),
            Say.That("what did you recommend to me before?").SeesOnce("Platform plan: ")),
        En("problem-report-inside-readiness",
            Say.That("can you check how ready we are to go global").Sees("(?i)how ready"),
            Say.That("sorry, unrelated - ebay just pulled 3 of our listings over a counterfeit claim, what now?")
                .Sees(BestMatch).Never(AskProblem)),
        En("switch-to-chinese-inside-platform",
            Say.That("pick a platform for me").Sees(AskModel),
            Say.That("b2c").Sees(AskMarkets),
            Say.That("可以说中文吗").Sees(AskMarketsZh).Never("Which markets do you want")),
        En("region-words-at-the-market-question",
            Say.That("help me choose a selling platform").Sees(AskModel),
            Say.That("wholesale buyers").Sees(AskMarkets),
            Say.That("EU and the US").Sees(AskCategory).Never(AskMarkets)),

        Zh("logistics-informal-answers",
            Say.That("有批货要寄国外").Sees(AskWeight),
            Say.That("差不多800克").Sees(AskDimensions),
            Say.That("尺寸没量过").Sees(AskValue),
            Say.That("两百块人民币左右").Sees(AskDestination),
            Say.That("寄去加拿大").Sees(AskUrgency),
            Say.That("不急").Sees(AskTracking),
            Say.That("要能查到").Sees(AskReturns),
            Say.That("无所谓").Sees(AskGoods),
            Say.That("里面有锂电池").Sees(LogisticsResult, "加拿大", "电池")),
        Zh("platform-mixed-language-facts-in-one-message",
            Say.That("想做B2C，卖宠物用品，target美国市场，budget每月1000刀").Sees("已记下", AskExperience).Never(AskModel, AskMarkets, AskBudget),
            Say.That("之前在ebay卖过一年").Sees(AskBrand),
            Say.That("有自己的牌子").Sees(PlatformResult)),
        Zh("side-question-then-the-same-question-in-chinese",
            Say.That("帮我看看物流怎么选").Sees(AskWeight),
            Say.That("顺便问下，寄到美国现在还有小额免税吗？").Sees(Answered, AskWeightZh).Never("How much does one parcel weigh"),
            Say.That("1.2公斤").Sees(AskDimensions)),
        Zh("correction-of-the-destination",
            Say.That("寄3公斤的茶叶到英国").Sees(AskDimensions),
            Say.That("说错了，是寄到爱尔兰").Sees("爱尔兰", AskDimensionsZh).Never(AskWeight, AskDestination),
            Say.That("跳过").Sees(AskValue)),
        Zh("what-ifs-sea-and-another-country",
            Say.That("我要寄5公斤的陶瓷杯到德国，货值80美元").Sees(AskDimensions),
            Say.That("不知道"), Say.That("不赶时间"), Say.That("要"), Say.That("不用"),
            Say.That("都没有").Sees(LogisticsResult, "德国"),
            Say.That("如果走海运呢").Sees(LogisticsResult).Never(AskWeight, AskDestination),
            Say.That("那寄到日本呢").Sees(LogisticsResult, "日本").Never(AskWeight, AskDestination)),
        Zh("why-after-a-logistics-result-then-plan-in-own-words",
            Say.That("2公斤衣服寄法国，货值40欧").Sees(AskDimensions),
            Say.That("跳过"), Say.That("标准就行"), Say.That("要"), Say.That("要"),
            Say.That("没有").Sees(LogisticsResult, "法国"),
            Say.That("为啥第一个排最前面？").Sees("排在第一|排第一").Never(AskWeight),
            Say.That("取消").Sees(Menu),
            Say.That("把刚才那个物流方案再发我一下").SeesOnce("物流计划：")),
        Zh("problem-report-inside-platform-then-back",
            Say.That("帮我选个平台").Sees(AskModel),
            Say.That("B2C").Sees(AskMarkets),
            Say.That("对了，我们有批货在德国被海关扣了，怎么处理").Sees(BestMatch).Never(AskProblem, AskMarkets),
            Say.That("取消").Sees(AskMarkets).Never(AskModel, Menu)),
        Zh("switch-to-english-inside-logistics",
            Say.That("帮我选物流").Sees(AskWeight),
            Say.That("2公斤").Sees(AskDimensions),
            Say.That("switch to english pls").Sees("outer dimensions").Never(AskDimensionsZh)),
        Zh("unknown-question-inside-platform-is-honest-and-the-guide-goes-on",
            Say.That("帮我挑平台").Sees(AskModel),
            Say.That("深圳哪家代运营公司最靠谱？").Sees(Unknown, AskModelZh),
            Say.That("卖给企业客户").Sees(AskMarkets)),
        Zh("region-words-at-the-market-question",
            Say.That("我想选个跨境平台").Sees(AskModel),
            Say.That("做批发").Sees(AskMarkets),
            Say.That("东南亚和中东").Sees(AskCategory).Never(AskMarkets)),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("held3-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("held3-zh-" + name, "zh-CN", turns);
}
