using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The thirteenth held-out batch, written before the thirteenth pass changed any behaviour, from the text and by
/// imitating how small sellers type in chat (not from the slot vocabulary, the code or earlier batches' wordings; each
/// longer phrase checked against them by <see cref="ThirteenthPassScenarioTests"/>): several facts in one message
/// (also the "no size, standard, tracking yes" kind), side questions inside guides that are not rules questions, two
/// markets named and a question about "both", two products in one parcel, corrections in other units, what-ifs after a
/// result (heavier, a power bank added, express instead), "why not the cheapest?", problems told as stories, regions the
/// base names only as a group (the Gulf), typos and mixed languages, questions at the menu naming a guide's topic, a
/// "don't know" where a slot can default, plan recall in own words, language switches mid-guide. All four guides and the
/// menu; 18 in English, 18 in Chinese. Each scenario's comment states the seller's goal. Never tuned on: the pass count at
/// the commit that added it is in <see cref="ThirteenthPassScenarioTests"/>.
/// </summary>
public static class ThirteenthHeldOutScenarios
{
    private const string WhyFirst = "(?i)ranked first|comes first|fit score|because|排在第一|排第一|匹配度|因为";
    private const string NoAnswer = "(?i)don't know|not sure|could not find|不知道|没有找到|不确定";
    private const string GulfMarkets = "(?i)United Arab Emirates|\\bUAE\\b|Saudi|阿联酋|沙特";

    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        // Goal: phone stands to Poland; weight, value, place, no size, speed and tracking all in the first message.
        En("logistics-six-facts-in-the-opening-line",
            Say.That("hey need shipping for phone stands, 800g, about 25 usd, going to poland, no dims, standard speed, tracking yes")
                .Sees(AskReturns).Never(AskWeight, AskValue, AskDestination, AskDimensions, AskUrgency, AskTracking)),

        // Goal: curtains to the Netherlands; mid-guide asks the per-parcel duty-free limit there (not a rules question).
        En("logistics-duty-free-limit-over-there-mid-guide",
            Say.That("3 kg of curtains need to go to the netherlands").Sees(AskDimensions),
            Say.That("50 by 40 by 10 cm"),
            Say.That("quick one - up to what parcel value is it duty free there?")
                .Sees("(?i)Netherlands|\\bEU\\b|European|150", AskValue).Never(NoAnswer, "(?i)Russia|Brazil")),

        // Goal: hair clips to France and Italy; then asks whether both charge import VAT.
        En("logistics-two-markets-then-vat-for-both",
            Say.That("1kg of hair clips, sending to france and italy").Sees(AskDimensions).Never(AskDestination),
            Say.That("do both of those countries charge vat on imports?").Sees("(?i)France", "(?i)Ital").Never(NoAnswer)),

        // Goal: mugs to Canada; the weight corrected in pounds right after it was given.
        En("logistics-weight-corrected-in-pounds",
            Say.That("shipping ceramic mugs to canada, 2 kg, 30 usd").Sees(AskDimensions).Never(AskWeight, AskValue),
            Say.That("oops scratch that, its 5 lbs").Sees(AskDimensions).Never(AskWeight, NotUnderstood)),

        // Goal: a logistics result to the UK, then a heavier parcel as a what-if.
        En("logistics-what-if-heavier-parcel",
            Say.That("best way to send 1 kg of scarves to the uk, worth 35 usd").Sees(AskDimensions),
            Say.That("never measured it"), Say.That("cheapest one pls"), Say.That("tracking required pls"), Say.That("returns not accepted"),
            Say.That("just fabric").Sees(LogisticsResult),
            Say.That("what if the box ends up at 4 kilos?").Sees(LogisticsResult).Never(AskWeight, AskDestination)),

        // Goal: a logistics result to Germany, then a power bank added to the box.
        En("logistics-what-if-power-bank-added",
            Say.That("send 2kg of camping gear to germany, value 80 dollars").Sees(AskDimensions),
            Say.That("got no dims"), Say.That("normal speed ok"), Say.That("yes track it"), Say.That("no"),
            Say.That("nah none of those").Sees(LogisticsResult),
            Say.That("hmm what if i throw a power bank in the box too").Sees(LogisticsResult, "(?i)batter").Never(AskWeight)),

        // Goal: a logistics result to Australia, then why the top pick is not the cheapest.
        En("logistics-why-not-the-cheapest-one",
            Say.That("need to ship 1.2kg of sunglasses to australia, worth 60 usd").Sees(AskDimensions),
            Say.That("no clue, skip"), Say.That("whatever works"), Say.That("yes"), Say.That("nope"),
            Say.That("no battery in them").Sees(LogisticsResult),
            Say.That("why isnt the cheapest option at the top?").Sees(WhyFirst).Never(NotUnderstood)),

        // Goal: a parcel held by customs in Japan, told as a story; a problem, not a shipping task.
        En("menu-story-parcel-stuck-at-customs-in-japan",
            Say.That("so my parcel to osaka has been sitting at customs for 10 days and the buyer keeps messaging me, customs want an invoice")
                .Sees(BestMatch).Never(AskProblem, AskWeight)),

        // Goal: a chargeback in the US at the menu.
        En("menu-chargeback-from-us-buyer",
            Say.That("a us buyer filed a chargeback claiming the item isnt as described, help").Sees(BestMatch).Never(AskProblem, AskWeight)),

        // Goal: a certification question at the menu naming a product and a region.
        En("menu-certs-question-for-kids-toys",
            Say.That("what certs do kids toys need before i can sell them in europe?").Sees(Answered).Never(AskWeight, AskModel, NotUnderstood)),

        // Goal: the Gulf as the destination: the bot names the Gulf markets it knows instead of asking the place again.
        En("logistics-gulf-region-as-destination",
            Say.That("need to send 2 kilo of phone cases to the gulf countries, whats cheapest")
                .Sees(GulfMarkets).Never(AskWeight, AskDestination)),

        // Goal: a platform with every fact in one message, with typos in three of them.
        En("platform-every-fact-with-typos",
            Say.That("b2b, selling led lamps to buisnesses in germany and poland, budjet 3k usd a month, no expereince, we have our own brand")
                .Sees(PlatformResult).Never(AskModel, AskMarkets, AskCategory, AskBudget)),

        // Goal: a platform guide where the seller does not know the budget: a default is taken, the guide goes on.
        En("platform-budget-unknown-takes-a-default",
            Say.That("help me work out where to sell online").Sees(AskModel),
            Say.That("consumers mainly").Sees(AskMarkets),
            Say.That("US and uk").Sees(AskCategory),
            Say.That("yoga mats and blocks").Sees(AskBudget),
            Say.That("no idea honestly, whatever makes sense").Sees(AskExperience).Never(NotUnderstood, AskBudget)),

        // Goal: inside the platform guide, a question about a marketplace's rules, then the guide goes on.
        En("platform-side-question-about-etsy-then-answer",
            Say.That("which marketplace should we use for our candles").Sees(AskModel),
            Say.That("end users directly").Sees(AskMarkets),
            Say.That("wait, does etsy let you sell stuff that isnt handmade?").Sees(Answered, AskMarkets).Never(NotUnderstood)),

        // Goal: readiness answered in whole sentences.
        En("readiness-answers-told-in-sentences",
            Say.That("are we ready to go global? give us a score").Sees(ReadinessStart, AskDifferentiation),
            Say.That("our stuff is pretty unique, everything is custom engraved").Sees(AskQualityCheck),
            Say.That("we inspect every single piece before packing").Sees(AskCertificates).Never(AskQualityCheck)),

        // Goal: plan recall of a shipping plan in own words after cancelling.
        En("plan-recall-shipping-advice-from-before",
            Say.That("cheapest courier for 600 g of earrings to spain, 20 usd").Sees(AskDimensions),
            Say.That("no size"), Say.That("slowest is ok"), Say.That("yes"), Say.That("no"), Say.That("none").Sees(LogisticsResult),
            Say.That("cancel").Sees(Menu),
            Say.That("hey what did you suggest for my spain shipping earlier?").SeesOnce("Logistics plan: ")),

        // Goal: two products in one parcel with the total weight and value.
        En("logistics-two-products-one-parcel",
            Say.That("shipping a yoga mat plus a water bottle together to australia, 2.5kg total, 45 usd")
                .Sees(AskDimensions).Never(AskWeight, AskValue, AskDestination)),

        // Goal: a question about the US de minimis at the menu, in the seller's words.
        En("menu-us-duty-free-800-gone",
            Say.That("is the us $800 duty free thing really gone now??").Sees(Answered, "(?i)United States|\\bUS\\b|800").Never(AskWeight, NotUnderstood)),

        // Goal: 耳环寄法国，重量、货值、尺寸、时效、追踪一句话给全。
        Zh("logistics-five-facts-in-the-opening-line",
            Say.That("300克耳环寄法国，货值十五欧，尺寸没有，普通时效就行，要能追踪")
                .Sees(AskReturns).Never(AskWeight, AskValue, AskDestination, AskDimensions, AskUrgency, AskTracking)),

        // Goal: 床单寄波兰，中途问那边单个包裹多少钱以内免关税。
        Zh("logistics-duty-free-limit-over-there-mid-guide",
            Say.That("三公斤床单要发波兰").Sees(AskDimensions),
            Say.That("50*40*10厘米"),
            Say.That("那边单个包裹货值多少以内不用交关税？")
                .Sees("波兰|欧盟|Poland|\\bEU\\b|150", AskValue).Never(NoAnswer, "俄罗斯|巴西")),

        // Goal: 发卡寄德国和西班牙，然后问两个国家进口都收增值税吗。
        Zh("logistics-two-markets-then-vat-for-both",
            Say.That("1公斤发卡寄德国和西班牙").Sees(AskDimensions).Never(AskDestination),
            Say.That("这两个国家进口都要收增值税吗").Sees("德国|German", "西班牙|Spain").Never(NoAnswer)),

        // Goal: 杯子寄加拿大，重量马上改口。
        Zh("logistics-weight-corrected-right-away",
            Say.That("陶瓷杯寄加拿大，两公斤，货值30美金").Sees(AskDimensions).Never(AskWeight, AskValue),
            Say.That("不对不对，是三公斤").Sees(AskDimensions).Never(AskWeight, NotUnderstood)),

        // Goal: 物流结果后问“要是走快递呢”。
        Zh("logistics-what-if-express-instead",
            Say.That("一公斤围巾寄英国，货值35美元").Sees(AskDimensions),
            Say.That("没量"), Say.That("最便宜的"), Say.That("要追踪"), Say.That("不退货"),
            Say.That("就是布的").Sees(LogisticsResult),
            Say.That("要是改成走快的呢，能几天到").Sees(LogisticsResult).Never(AskWeight, AskDestination)),

        // Goal: 物流结果后问“如果箱子里放个充电宝呢”。
        Zh("logistics-what-if-power-bank-added",
            Say.That("两公斤露营用品发德国，货值80美元").Sees(AskDimensions),
            Say.That("没有尺寸"), Say.That("正常速度就可以"), Say.That("要"), Say.That("不"),
            Say.That("都没有").Sees(LogisticsResult),
            Say.That("如果箱子里再放个充电宝呢").Sees(LogisticsResult, "电池").Never(AskWeight)),

        // Goal: 物流结果后问为什么不推荐最便宜的。
        Zh("logistics-why-not-the-cheapest-one",
            Say.That("1.2公斤太阳镜寄澳洲，货值60美金").Sees(AskDimensions),
            Say.That("不清楚"), Say.That("随便"), Say.That("要"), Say.That("不要"),
            Say.That("没电池").Sees(LogisticsResult),
            Say.That("为啥最便宜的那个没排第一").Sees(WhyFirst).Never(NotUnderstood)),

        // Goal: 墨西哥清关被扣、DHL 要补税，讲成一个故事：是问题，不是寄件任务。
        Zh("menu-story-held-in-mexico-pay-tax",
            Say.That("发墨西哥的包裹被海关扣了，DHL打电话让我们补交税款，客户一直在催")
                .Sees(BestMatch).Never(AskProblem, AskWeight)),

        // Goal: 泰国买家说没收到货，但物流显示签收。
        Zh("menu-thai-buyer-says-not-received",
            Say.That("泰国买家说一直没收到，可是物流显示已经签收了").Sees(BestMatch).Never(AskProblem, AskWeight)),

        // Goal: 首页问锂电池寄美国要做什么测试：是问题，不是物流向导。
        Zh("menu-battery-test-question-for-us",
            Say.That("锂电池产品发美国之前要做哪些测试").Sees(Answered).Never(AskWeight, NotUnderstood)),

        // Goal: 海湾国家作为目的地：说出知识库里有的海湾市场，不再问寄到哪。
        Zh("logistics-gulf-region-as-destination",
            Say.That("两公斤手机壳发海湾那边，哪个渠道便宜").Sees(GulfMarkets).Never(AskWeight, AskDestination)),

        // Goal: 选平台，一句话给全，含错别字和中英混写。
        Zh("platform-every-fact-with-typos-and-english",
            Say.That("做b2b，卖LED灯给德国和波兰的公司，每月预算三千美金，没什么经严，有自己的品派")
                .Sees(PlatformResult).Never(AskModel, AskMarkets, AskCategory, AskBudget)),

        // Goal: 选平台时预算说不知道：用默认值继续。
        Zh("platform-budget-unknown-takes-a-default",
            Say.That("想选个卖货的平台").Sees(AskModel),
            Say.That("卖给普通老百姓").Sees(AskMarkets),
            Say.That("美国和英国").Sees(AskCategory),
            Say.That("瑜伽垫").Sees(AskBudget),
            Say.That("说不好，你看着办吧").Sees(AskExperience).Never(NotUnderstood, AskBudget)),

        // Goal: 选平台中途问 Shopee 有哪些站点，然后继续。
        Zh("platform-side-question-about-shopee-sites",
            Say.That("我们做蜡烛，想选个平台").Sees(AskModel),
            Say.That("直接卖给终端客户").Sees(AskMarkets),
            Say.That("等下，shopee 都有哪些国家的站点？").Sees(Answered, AskMarkets).Never(NotUnderstood)),

        // Goal: 准备度评估，用整句回答。
        Zh("readiness-answers-told-in-sentences",
            Say.That("我们能不能出海，帮忙打个分").Sees(ReadinessStart, AskDifferentiation),
            Say.That("我们的产品都是定制刻字的，市面上很少见").Sees(AskQualityCheck),
            Say.That("每一件发货前都会逐个检查").Sees(AskCertificates).Never(AskQualityCheck)),

        // Goal: 取消后用自己的话找回物流方案。
        Zh("plan-recall-shipping-advice-from-before",
            Say.That("600克耳环寄西班牙，货值20美元，用哪个快递便宜").Sees(AskDimensions),
            Say.That("没尺寸"), Say.That("慢一点也行"), Say.That("要"), Say.That("不"), Say.That("没有").Sees(LogisticsResult),
            Say.That("取消").Sees(Menu),
            Say.That("刚才那个寄西班牙的物流建议再给我看看").SeesOnce("物流计划：")),

        // Goal: 中文开始，中途改用英文：接着用英文问。
        Zh("logistics-switch-to-english-mid-guide",
            Say.That("两公斤茶杯寄英国").Sees(AskDimensions),
            Say.That("switching to english - no idea about the size").Sees("declared value of the goods").Never("申报价值是多少", AskDimensions)),

        // Goal: 首页问美国小额包裹免税政策还在不在。
        Zh("menu-us-small-parcel-duty-free-still-there",
            Say.That("美国小包裹免税的政策现在还有没有").Sees(Answered, "美国|United States|\\bUS\\b|800").Never(AskWeight, NotUnderstood)),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("held13-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("held13-zh-" + name, "zh-CN", turns);
}
