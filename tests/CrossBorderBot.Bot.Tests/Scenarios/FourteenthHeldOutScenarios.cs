using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The fourteenth held-out batch, written before the fourteenth pass changed any behaviour, from the text and by
/// imitating how small sellers type in chat (not from the code, the slot vocabulary or earlier batches' wordings; each
/// message checked mechanically against them, and <see cref="FourteenthPassScenarioTests"/> rejects any longer message
/// of an earlier batch): several facts at once, amounts and weights in words, side questions mid-guide, corrections of
/// an earlier answer, what-ifs after a result (another market, heavier, faster), "why this one?", problems told as
/// stories, two markets or two products, typos in place names, a new request after dropping the current one, the
/// packaging named as part of the parcel, language switches and plan recall in other words. All four guides and the
/// menu; 18 in English, 18 in Chinese. Each scenario's comment states the seller's goal. Never tuned on: the pass count
/// at the commit that added it is in <see cref="FourteenthPassScenarioTests"/>.
/// </summary>
public static class FourteenthHeldOutScenarios
{
    private const string WhyFirst = "(?i)ranked first|comes first|fit score|because|排在第一|排第一|匹配度|因为";
    private const string NoAnswer = "(?i)don't know|not sure|could not find|不知道|没有找到|不确定";

    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        // Goal: wool socks to Ireland; weight, value in words, place, speed and tracking in the first message.
        En("logistics-value-in-words-among-five-facts",
            Say.That("gotta send 1.5 kg of wool socks over to ireland, worth forty dollars, cheapest way is fine, must be trackable")
                .Sees(AskDimensions).Never(AskWeight, AskValue, AskDestination)),

        // Goal: tea sets first said to go to the Netherlands; the seller corrects the country one question later.
        En("logistics-destination-corrected-later",
            Say.That("quote for 2 kg of tea sets to the netherlands pls").Sees(AskDimensions),
            Say.That("41x31x19cm"),
            Say.That("wait my bad, the buyer is in spain not netherlands").Sees("(?i)spain", AskValue).Never(AskDestination, NotUnderstood)),

        // Goal: face cream to South Korea; mid-guide asks whether cosmetics need anything special there.
        En("logistics-side-question-about-cosmetics-rules",
            Say.That("how should i send 700g of face cream to a customer in korea").Sees(AskDimensions),
            Say.That("btw are there any special rules for importing skincare into korea?").Sees(Answered, AskDimensions).Never(NotUnderstood)),

        // Goal: a logistics result to Japan, then the same parcel to South Korea.
        En("logistics-what-if-same-box-to-korea",
            Say.That("ship 900 g of phone cases to japan, value 25 usd").Sees(AskDimensions),
            Say.That("size unknown tbh"), Say.That("zero rush"), Say.That("yes pls"), Say.That("no returns accepted here"),
            Say.That("nothing of that sort").Sees(LogisticsResult),
            Say.That("ok and for south korea? same box").Sees(LogisticsResult, "(?i)Korea").Never(AskWeight, AskDestination)),

        // Goal: a logistics result to Canada, then a need for it within a week.
        En("logistics-what-if-needed-within-a-week",
            Say.That("sending 1 kg of leather wallets to canada, 60 usd").Sees(AskDimensions),
            Say.That("didnt measure"), Say.That("economy is ok"), Say.That("track yes"), Say.That("no returns pls"),
            Say.That("none, its just leather").Sees(LogisticsResult),
            Say.That("what if the customer needs it in under a week?").Sees(LogisticsResult).Never(AskWeight, AskUrgency)),

        // Goal: a logistics result to France, then asks why the top channel beats the postal one.
        En("logistics-why-the-top-one-over-post",
            Say.That("600g of silk ties to france, 30 euro").Sees(AskDimensions),
            Say.That("no measurements"), Say.That("whichever is cheaper"), Say.That("yeah sure thing"), Say.That("nah we dont"),
            Say.That("none of them").Sees(LogisticsResult),
            Say.That("how come china post ended up below your top pick?").Sees(WhyFirst).Never(NotUnderstood)),

        // Goal: towels to France and Germany in one request: both kept, the second offered with the result.
        En("logistics-two-countries-both-kept",
            Say.That("need rates for 2 kg of linen napkins going to both france and germany, roughly 50 euro worth").Sees(AskDimensions)
                .Never(AskWeight, AskDestination),
            Say.That("no idea on dims"), Say.That("standard works for us"), Say.That("yes"), Say.That("no"),
            Say.That("just cotton").Sees(LogisticsResult, "(?i)German")),

        // Goal: keychains to Saudi Arabia with the country's name misspelt.
        En("logistics-misspelt-saudi-arabia",
            Say.That("shipping 500g of metal keychains to saudi arabai, value 12 usd").Sees(AskDimensions).Never(AskDestination)),

        // Goal: a vase whose weight includes its packaging: a parcel, not a packaging problem.
        En("logistics-weight-including-packaging",
            Say.That("ceramic vase for a buyer in the uk, 3 kg including the packaging").Sees(AskDimensions).Never(BestMatch, AskWeight)),

        // Goal: a lost parcel in Mexico, told as a story: a problem, not a shipping task.
        En("menu-story-tracking-frozen-to-mexico",
            Say.That("ugh. sent a parcel to a lady in mexico 3 weeks ago, tracking hasnt moved since it left china and now she wants her money back")
                .Sees(BestMatch).Never(AskProblem, AskWeight)),

        // Goal: a trademark complaint in Germany told as what happened.
        En("menu-story-trademark-report-germany",
            Say.That("got an email from amazon.de, somebody reported our listing for trademark infringement and now its taken down")
                .Sees(BestMatch).Never(AskProblem, AskWeight)),

        // Goal: a rules question at the menu naming the logistics topic (perfume to the UK): answered, not the guide.
        En("menu-perfume-to-uk-rules-question",
            Say.That("how do i get perfume to uk customers without breaking any shipping rules?").Sees(Answered).Never(AskWeight, NotUnderstood)),

        // Goal: a platform with most facts in one message in mixed English and Chinese.
        En("platform-facts-in-mixed-languages",
            Say.That("我们做b2c, selling phone accessories to the us and mexico, budget around 2000 usd/month, been on ebay 2 yrs, no brand yet")
                .Sees(PlatformResult).Never(AskModel, AskMarkets, AskCategory, AskBudget, AskExperience)),

        // Goal: a platform guide with the budget said in words.
        En("platform-budget-in-words",
            Say.That("which site is right for selling pet beds online?").Sees(AskModel),
            Say.That("normal households").Sees(AskMarkets),
            Say.That("australia and japan").Sees(AskBudget),
            Say.That("roughly fifteen hundred bucks a month").Sees(AskExperience).Never(NotUnderstood, AskBudget)),

        // Goal: inside the platform guide, a question about Amazon's brand registry at the brand question; the guide goes on.
        En("platform-side-question-at-the-brand-step",
            Say.That("find me a marketplace for our garden tools").Sees(AskModel),
            Say.That("retail buyers"), Say.That("britain"), Say.That("about 500 usd"),
            Say.That("a little, some months on aliexpress").Sees(AskBrand),
            Say.That("before i answer that - do i need brand registry to sell on amazon?").Sees(Answered, AskBrand).Never(NotUnderstood)),

        // Goal: readiness answered in the seller's words.
        En("readiness-answers-in-own-words",
            Say.That("can you rate how prepared my company is for exporting").Sees(ReadinessStart, AskDifferentiation),
            Say.That("meh, its the same stuff everyone else lists from 1688").Sees(AskQualityCheck),
            Say.That("an outside inspection company checks every batch").Sees(AskCertificates).Never(AskQualityCheck)),

        // Goal: inside the platform guide the seller drops it for a shipping request with its facts.
        En("platform-dropped-for-a-shipping-request",
            Say.That("what platform fits us").Sees(AskModel),
            Say.That("forget that for now, i need to ship 1kg of necklaces to the usa, how much would it cost")
                .Sees(AskDimensions).Never(AskModel, AskWeight, AskDestination)),

        // Goal: a shipping plan recalled in other words after leaving the guide.
        En("plan-recall-route-you-recommended",
            Say.That("cheapest way to send 800 g of hoodies to italy, 45 usd").Sees(AskDimensions),
            Say.That("skip the size q"), Say.That("slow boat is fine"), Say.That("yes"), Say.That("no"), Say.That("neither of those").Sees(LogisticsResult),
            Say.That("start over").Sees(Menu),
            Say.That("remind me which shipping route you recommended for italy?").SeesOnce("Logistics plan: ")),

        // Goal: 两斤茶叶寄马来西亚，重量用“斤”，货值用中文数字，一句话说完。
        Zh("logistics-jin-and-value-in-chinese-numerals",
            Say.That("帮我算下运费：两斤茶叶寄马来西亚，货值两百块人民币，要快一点，要能查单号")
                .Sees(AskDimensions).Never(AskWeight, AskValue, AskDestination)),

        // Goal: 寄法国，货值说完又改口。
        Zh("logistics-value-corrected-later",
            Say.That("1公斤的包寄法国，货值20欧").Sees(AskDimensions),
            Say.That("20x15x10"),
            Say.That("哦说错了，货值应该是35欧").Sees(AskUrgency).Never(AskValue, NotUnderstood)),

        // Goal: 物流中途顺便问日本的消费税，问完接着问。
        Zh("logistics-side-question-japan-consumption-tax",
            Say.That("500克保温杯发日本").Sees(AskDimensions),
            Say.That("顺便问一下，日本那边进口要交多少消费税").Sees(Answered, AskDimensions).Never(NotUnderstood)),

        // Goal: 物流结果后问换成意大利。
        Zh("logistics-what-if-italy-everything-else-same",
            Say.That("800克真丝围巾寄西班牙，货值40欧").Sees(AskDimensions),
            Say.That("尺寸没概念"), Say.That("普通快慢就好"), Say.That("需要查件"), Say.That("这单不支持退货"),
            Say.That("什么都没有").Sees(LogisticsResult),
            Say.That("那换成寄意大利呢，别的都一样").Sees(LogisticsResult, "意大利|Ital").Never(AskWeight, AskDestination)),

        // Goal: 物流结果后问改成2.5公斤。
        Zh("logistics-what-if-two-and-a-half-kilos",
            Say.That("1公斤运动鞋寄澳大利亚，货值50美元").Sees(AskDimensions),
            Say.That("箱子多大没量过"), Say.That("先考虑省钱"), Say.That("可以追踪最好"), Say.That("卖出去就不退了"),
            Say.That("货里不带电").Sees(LogisticsResult),
            Say.That("改成2.5公斤的话运费多少").Sees(LogisticsResult).Never(AskWeight)),

        // Goal: 物流结果后问为什么推荐第一个。
        Zh("logistics-why-recommend-the-first-one",
            Say.That("700克化妆刷寄英国，货值25英镑").Sees(AskDimensions),
            Say.That("没测过"), Say.That("一般速度"), Say.That("得有物流单号"), Say.That("退货不做"),
            Say.That("没有电池也没有液体").Sees(LogisticsResult),
            Say.That("第一名明明贵一些，怎么还排在最前面").Sees(WhyFirst).Never(NotUnderstood)),

        // Goal: 耳机寄美国和英国，耳机里有电池：两个目的地都留着。
        Zh("logistics-two-countries-earphones-with-battery",
            Say.That("1公斤蓝牙耳机要寄美国和英国，里面有电池").Sees(AskDimensions).Never(AskDestination, AskWeight)),

        // Goal: 新加坡写错字：寄“新家坡”。
        Zh("logistics-misspelt-singapore",
            Say.That("800克手机支架寄新家坡，货值十美元").Sees(AskDimensions).Never(AskDestination)),

        // Goal: 花瓶带包装三公斤寄英国：是包裹重量，不是包装问题。
        Zh("logistics-weight-with-packaging",
            Say.That("陶瓷花瓶要寄英国，连包装三公斤").Sees(AskDimensions).Never(BestMatch, AskWeight)),

        // Goal: 西班牙客户说颜色不对要退款、还给了差评：讲成故事，是问题。
        Zh("menu-story-wrong-colour-spain",
            Say.That("西班牙的客户说收到的衣服颜色跟图片完全不一样，要全额退款，还给了我们一个差评")
                .Sees(BestMatch).Never(AskProblem, AskWeight)),

        // Goal: 日本亚马逊因为侵权投诉把店停了：讲成故事，是问题。
        Zh("menu-story-amazon-japan-store-stopped",
            Say.That("亚马逊日本站昨天把我们店停了，邮件里说有人投诉我们侵权").Sees(BestMatch).Never(AskProblem, AskWeight)),

        // Goal: 首页问带电池的货发澳洲有什么规定：回答，不进物流向导。
        Zh("menu-battery-goods-to-australia-rules",
            Say.That("带电池的东西发澳大利亚有什么规定吗").Sees(Answered).Never(AskWeight, NotUnderstood)),

        // Goal: 选平台，一句话给全：B2C、宠物用品、东南亚、预算、没经验、没品牌。
        Zh("platform-every-fact-southeast-asia",
            Say.That("做B2C，卖猫砂盆和猫抓板，主要想做东南亚，每个月预算五千块左右，之前没做过，没有自主品牌")
                .Sees(PlatformResult).Never(AskModel, AskMarkets, AskCategory, AskBudget)),

        // Goal: 选平台，预算用中文数字说。
        Zh("platform-budget-in-chinese-words",
            Say.That("家居用品放哪个平台上卖比较合适").Sees(AskModel),
            Say.That("卖给普通网购的人"), Say.That("卖加拿大"),
            Say.That("一个月大概三千块左右吧").Sees(AskExperience).Never(NotUnderstood, AskBudget)),

        // Goal: 选平台中途改口：之前说卖给个人，其实是批发给商家。
        Zh("platform-model-corrected-later",
            Say.That("我们该上哪个平台比较好").Sees(AskModel),
            Say.That("零售给个人"), Say.That("先做德国"),
            Say.That("不好意思前面说错了，我们其实是批发给商家的").Sees(AskCategory).Never(AskModel, NotUnderstood)),

        // Goal: 准备度评估，用自己的话回答。
        Zh("readiness-answers-in-own-words",
            Say.That("我们这种工厂去做跨境行不行，给我们测评一下").Sees(ReadinessStart, AskDifferentiation),
            Say.That("跟人家卖的都大同小异").Sees(AskQualityCheck),
            Say.That("找第三方验货公司每批抽检").Sees(AskCertificates).Never(AskQualityCheck)),

        // Goal: 选平台时说“算了”，接着提一个带事实的物流需求。
        Zh("platform-dropped-for-a-shipping-request",
            Say.That("给推荐几个电商平台，我们该选哪个").Sees(AskModel),
            Say.That("算了先不管这个，帮我看看一公斤的饰品发美国走什么渠道好").Sees(AskDimensions).Never(AskModel, AskWeight, AskDestination)),

        // Goal: 取消后用别的话要回之前的物流方案。
        Zh("plan-recall-the-shipping-plan-last-time",
            Say.That("600克帽子寄德国，货值18欧，找个便宜的渠道").Sees(AskDimensions),
            Say.That("尺寸没数"), Say.That("慢慢来没关系"), Say.That("要能查"), Say.That("退货先不搞"), Say.That("都不带").Sees(LogisticsResult),
            Say.That("取消").Sees(Menu),
            Say.That("上回你帮我做的那个运输方案还能再看一下吗").SeesOnce("物流计划：")),

        // Goal: 中文开始，中途说英文：之后用英文问。
        Zh("logistics-switch-to-english-with-an-answer",
            Say.That("两公斤玩具寄美国").Sees(AskDimensions),
            Say.That("english please. box is 30x30x20 cm").Sees("declared value of the goods").Never("申报价值是多少", AskDimensions)),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("held14-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("held14-zh-" + name, "zh-CN", turns);
}
