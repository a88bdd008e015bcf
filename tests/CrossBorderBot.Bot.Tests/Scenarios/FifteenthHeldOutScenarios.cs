using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The fifteenth held-out batch, written blind before the fifteenth pass changed any behaviour by a helper that wrote
/// only this set and changed no code: from issue #9's "Deliver" list and by imitating how small sellers type in chat,
/// not from the code, the slot vocabulary or earlier batches' wordings (every message checked mechanically against the
/// earlier scenario and prompt-reply sets, all test sources, the training and held-out corpora and the slot vocabulary,
/// after lowercasing and removing punctuation; <see cref="FifteenthPassScenarioTests"/> rejects any longer message of an
/// earlier batch). Points covered: natural answers at prompts (typos, slang, amounts in words, mixed language, "dont
/// know" / "随便"), several facts in one message, facts never asked again (also across guides), side questions mid-guide
/// with the guide resuming, what-ifs after a result (other market, weight, product, speed, battery), "why X and not Y?",
/// corrections, problems told as stories, two markets or two products, language switches, plan recall in other words,
/// thanks and goodbye, and another guide's goal asked as a question inside a guide. 22 in English, 21 in Chinese; each
/// scenario's comment states the seller's goal. Never tuned on: the pass count at the commit that added it is in
/// <see cref="FifteenthPassScenarioTests"/>.
/// </summary>
public static class FifteenthHeldOutScenarios
{
    private const string WhyAnswer = "(?i)ranked first|comes first|fit score|because|ruled out|exclud|not suit|limit|排在第一|排第一|匹配度|因为|排除|不适合|不支持|限制";
    private const string Farewell = "(?i)welcome|glad|pleasure|any ?time|bye|good luck|take care|不客气|再见|随时|很高兴|祝";

    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        // Goal: yoga mats to Sydney; weight, size, value, place and speed all in the first message: only tracking is left.
        En("logistics-five-facts-then-only-tracking",
            Say.That("yo need to get 2.2kg of yoga mats to sydney, box approx 60x15x15, declared 35 bucks, no rush at all")
                .Sees(AskTracking).Never(AskWeight, AskDimensions, AskValue, AskDestination, AskUrgency)),

        // Goal: a parcel to Italy, answered in the seller's own words: "never measured", value in words.
        En("logistics-value-in-words-at-the-prompt",
            Say.That("whats the best way to post a one kilo parcel over to italy").Sees(AskDimensions).Never(AskWeight),
            Say.That("never measured it honestly").Sees(AskValue),
            Say.That("about seventy five dollars").Sees(AskUrgency).Never(AskValue, AskDestination)),

        // Goal: a shipping quote with typos at each prompt.
        En("logistics-typos-at-prompts",
            Say.That("shiping quote pls").Sees(AskWeight),
            Say.That("1.2 kilo ish").Sees(AskDimensions),
            Say.That("no clue on the size"),
            Say.That("20usd roughly"),
            Say.That("to austrailia").Sees(AskUrgency).Never(AskDestination)),

        // Goal: stickers to the US; "whatever is cheapest" takes the slow default and the guide moves on.
        En("logistics-whatever-is-cheapest-at-speed",
            Say.That("sending 800 grams of vinyl stickers to the states, 15 usd worth").Sees(AskDimensions),
            Say.That("ignore the dimensions"),
            Say.That("whatevers cheapest honestly, i dont mind waiting").Sees(AskTracking).Never(AskUrgency)),

        // Goal: knives to Germany; a VAT question mid-guide is answered and the size question comes back.
        En("logistics-side-question-on-vat-then-resume",
            Say.That("how do i ship 3kg of kitchen knives to a buyer in germany").Sees(AskDimensions),
            Say.That("quick q - do i have to register for vat in germany if i only sell a few pieces?").Sees(Answered, AskDimensions)),

        // Goal: phone stands to the UK; mid-guide asks whether FBA would be better, then keeps going.
        En("logistics-asks-about-fba-mid-guide",
            Say.That("parcel of 1.5 kg, phone stands, to the uk, worth 22 pounds").Sees(AskDimensions),
            Say.That("not sure about size"),
            Say.That("wait, should i be using amazon fba for this instead?").Sees(Answered, AskUrgency)),

        // Goal: hair clips to Poland, then the same parcel to Mexico.
        En("logistics-what-if-same-parcel-to-mexico",
            Say.That("1 kg of hair clips to poland, 20 eur, slow is totally fine").Sees(AskDimensions),
            Say.That("didnt measure yet"), Say.That("tracking would be good ya"), Say.That("returns - we dont offer them"),
            Say.That("neither battery nor liquids in there").Sees(LogisticsResult),
            Say.That("what about sending the exact same thing to mexico?").Sees(LogisticsResult, "(?i)Mexico").Never(AskWeight, AskDestination)),

        // Goal: a result to Canada, then the same parcel at 4 kg.
        En("logistics-what-if-four-kilos",
            Say.That("ship 1kg of wooden toys to vancouver canada, value 40 usd").Sees(AskDimensions),
            Say.That("skip the size please"), Say.That("regular delivery time is ok"), Say.That("ya tracked"), Say.That("no returns for now"),
            Say.That("just wood and paint").Sees(LogisticsResult),
            Say.That("and if the box weighs 4 kg instead?").Sees(LogisticsResult).Never(AskWeight, AskDestination)),

        // Goal: a result for a gadget to the US, then asks what changes with a lithium battery inside.
        En("logistics-what-if-lithium-battery",
            Say.That("600g desk gadget to the usa, worth 28 dollars, standard shipping").Sees(AskDimensions),
            Say.That("unknown dims"), Say.That("yes tracking pls"), Say.That("nah on returns"),
            Say.That("nothing like that in it").Sees(LogisticsResult),
            Say.That("hmm what changes if it has a small lithium battery inside?").Sees(LogisticsResult, "(?i)batter|lithium").Never(AskWeight)),

        // Goal: a result to France, then the buyer wants it within a few days.
        En("logistics-what-if-needed-in-days",
            Say.That("1.3 kg of linen shirts to lyon france, 45 euros, cheapest").Sees(AskDimensions),
            Say.That("i can't measure right now"), Say.That("must have a tracking number"), Say.That("returns wont be needed"),
            Say.That("only fabric").Sees(LogisticsResult),
            Say.That("customer just said he needs it within 3-4 days, what then?").Sees(LogisticsResult).Never(AskUrgency, AskWeight)),

        // Goal: a result to the US, then asks why ePacket is not the pick when it is cheaper.
        En("logistics-why-not-epacket",
            Say.That("400g of earrings to texas, value 18 usd, economy").Sees(AskDimensions),
            Say.That("small padded envelope, no exact size"), Say.That("yes definitely tracked"), Say.That("no return service"),
            Say.That("metal only").Sees(LogisticsResult),
            Say.That("why not just epacket? isn't it cheaper than your first pick").Sees("(?i)e-?packet", WhyAnswer).Never(NotUnderstood)),

        // Goal: the weight first said as 1 kg is corrected to 3 kg two questions later.
        En("logistics-weight-corrected-later",
            Say.That("need to send 1 kg of ceramic bowls to the netherlands").Sees(AskDimensions),
            Say.That("30x30x25cm"),
            Say.That("actually scratch that, the parcel is 3 kilos not 1").Sees("(?i)\\b3 ?(?:kg|kilo)", AskValue).Never(AskWeight, NotUnderstood)),

        // Goal: scarves and candles in one request to Belgium: neither is dropped.
        En("logistics-two-products-both-kept",
            Say.That("i have to send 1 kg of silk scarves and a separate 2 kg box of candles to belgium")
                .Sees("(?i)candle", "(?i)scar").Never(AskDestination)),

        // Goal: earrings to the UK and Australia, cheapest tracked: Australia is kept through to the result.
        En("logistics-two-markets-kept-to-the-result",
            Say.That("cheapest tracked option for 500g of earrings to the UK and also Australia, value 30 usd")
                .Sees("(?i)Australia").Never(AskWeight, AskDestination),
            Say.That("dont know the measurements"), Say.That("no returns policy on our side"),
            Say.That("plain silver, nothing special").Sees(LogisticsResult, "(?i)Australia").Never(AskTracking, AskUrgency)),

        // Goal: a broken lamp from an Etsy buyer in Canada, told as a story: a problem, not a shipping task.
        En("problem-story-smashed-lamp-on-etsy",
            Say.That("a buyer on etsy in canada says the lamp arrived smashed and wants a full refund, what do i do")
                .Sees(BestMatch).Never(AskProblem, AskWeight, AskIssueMarket)),

        // Goal: duty owed in Brazil, told as a story naming the carrier and the market: the fix-an-issue guide, not shipping.
        En("problem-story-fedex-duty-in-brazil",
            Say.That("fedex emailed that my box is stuck at customs in brazil until somebody pays the import duty, help")
                .Sees(BestMatch).Never(AskProblem, AskWeight, AskIssueMarket)),

        // Goal: inside the logistics guide, asks which platform suits the goods: answered or offered, never "didn't understand".
        En("logistics-asks-a-platform-question-mid-guide",
            Say.That("sending 2 kg of handmade soap to a customer in spain").Sees(AskDimensions),
            Say.That("no measurements on hand"),
            Say.That("hold on, would etsy or amazon be better for selling soap like this?").Sees(AskValue + "|" + AskModel + "|" + Answered)
                .Never(NotUnderstood, AskWeight, AskDestination)),

        // Goal: a platform choice with every fact in one message.
        En("platform-every-fact-in-one-message",
            Say.That("which marketplace for us: handmade leather bags for shoppers in germany and france, budget around 500 dollars monthly, no online selling experience, own trademark registered")
                .Sees(PlatformResult + "|" + AskModel).Never(AskMarkets, AskCategory, AskBudget, AskExperience, AskBrand)),

        // Goal: a platform result for a wholesaler in the UK, then the same for Japan.
        En("platform-what-if-japan-instead",
            Say.That("we sell phone accessories wholesale to retailers in the uk, 2000 usd a month, 3 yrs on alibaba, no brand of our own, which platform?")
                .Sees(PlatformResult),
            Say.That("what if we targeted japan instead?").Sees(PlatformResult).Never(AskModel, AskCategory, AskBudget)),

        // Goal: readiness answered in the seller's own words.
        En("readiness-answers-in-own-words",
            Say.That("can you check if our little factory is ready to sell abroad?").Sees(ReadinessStart, AskDifferentiation),
            Say.That("pretty much identical to what everyone else lists tbh").Sees(AskQualityCheck),
            Say.That("every shipment gets an aql check from our own qc person").Sees(AskCertificates).Never(AskQualityCheck)),

        // Goal: tea to Japan, started in English; the seller switches to Chinese with an answer: the next question is in Chinese.
        En("logistics-switch-to-chinese-mid-guide",
            Say.That("need to send 2kg of green tea to osaka japan").Sees(AskDimensions),
            Say.That("能用中文吗？箱子是30x20x10厘米").Sees("申报价值是多少").Never("declared value of the goods", AskDimensions)),

        // Goal: a logistics result, cancel, then the plan asked back in other words; then thanks and goodbye.
        En("plan-recall-then-thanks-bye",
            Say.That("900g of knitted hats to dublin ireland, 25 euro value, no hurry").Sees(AskDimensions),
            Say.That("no size info"), Say.That("yes we want a tracking number"), Say.That("no we wont take returns"),
            Say.That("just wool").Sees(LogisticsResult),
            Say.That("cancel").Sees(Menu),
            Say.That("hey can you pull up what you suggested for shipping earlier?").SeesOnce("Logistics plan: "),
            Say.That("cheers, that's all i needed, bye").Sees(Farewell).Never(NotUnderstood, AskWeight)),

        // Goal: 陶瓷杯寄迪拜，第一句就给了重量、尺寸、货值、目的地和时效，只剩追踪要问。
        Zh("logistics-five-facts-in-one",
            Say.That("3公斤的陶瓷杯寄到迪拜，箱子40*30*25，货值两百美金，不着急")
                .Sees(AskTracking).Never(AskWeight, AskDimensions, AskValue, AskDestination, AskUrgency)),

        // Goal: 用口语回答物流问题：斤、没量过、金额用汉字、国家简称。
        Zh("logistics-colloquial-answers",
            Say.That("帮忙看下发个小包裹走啥物流").Sees(AskWeight),
            Say.That("差不多一斤半").Sees(AskDimensions),
            Say.That("这个没量过"),
            Say.That("一百五十块人民币").Sees(AskDestination),
            Say.That("马来").Sees(AskUrgency).Never(AskDestination)),

        // Goal: 茶叶寄新加坡，时效回答“随便”，用默认值继续。
        Zh("logistics-suibian-at-speed",
            Say.That("寄1公斤茶叶到新加坡，值300块").Sees(AskDimensions),
            Say.That("尺寸不太清楚"),
            Say.That("随便吧，便宜就行").Sees(AskTracking).Never(AskUrgency, NotUnderstood)),

        // Goal: 中英夹杂地回答物流问题。
        Zh("logistics-mixed-language-answers",
            Say.That("想寄个件去国外，帮我选下渠道").Sees(AskWeight),
            Say.That("2kg左右").Sees(AskDimensions),
            Say.That("size不知道").Sees(AskValue),
            Say.That("value大概50刀").Sees(AskDestination).Never(AskValue)),

        // Goal: 蓝牙音箱寄法国，中途问认证，回答后继续问尺寸。
        Zh("logistics-side-question-on-ce",
            Say.That("发2公斤蓝牙音箱去法国").Sees(AskDimensions),
            Say.That("顺便问下，法国那边电子产品一定要CE认证吗？").Sees(Answered, AskDimensions)),

        // Goal: 物流结果出来后，同样的货改寄泰国。
        Zh("logistics-what-if-thailand",
            Say.That("800克手机壳寄到越南，货值60元，慢点没事").Sees(AskDimensions),
            Say.That("大小没概念"), Say.That("跟踪肯定要"), Say.That("退货这块就不搞了"), Say.That("普通塑料的，啥也不带").Sees(LogisticsResult),
            Say.That("那寄泰国呢，别的都一样").Sees(LogisticsResult, "泰国").Never(AskWeight, AskDestination)),

        // Goal: 物流结果出来后，问包裹变成五公斤会怎样。
        Zh("logistics-what-if-five-kilos",
            Say.That("寄1公斤毛绒玩具到英国，申报20英镑").Sees(AskDimensions),
            Say.That("尺寸跳过吧"), Say.That("正常时效就行"), Say.That("要查得到物流"), Say.That("退货这个我们不接"),
            Say.That("纯布料的").Sees(LogisticsResult),
            Say.That("要是换成五公斤一箱呢").Sees(LogisticsResult).Never(AskWeight, AskDestination)),

        // Goal: 物流结果出来后，换一个产品（带锂电池的充电宝）。
        Zh("logistics-what-if-power-bank",
            Say.That("500克的数据线寄澳大利亚，价值80块，经济一点").Sees(AskDimensions),
            Say.That("尺寸暂时没有"), Say.That("物流要能跟踪"), Say.That("退货不用考虑"), Say.That("不带电也没液体").Sees(LogisticsResult),
            Say.That("如果换成充电宝呢，里面有锂电池").Sees(LogisticsResult, "电池").Never(AskWeight, AskDestination)),

        // Goal: 物流结果出来后，问为什么第一名比专线贵还排前面。
        Zh("logistics-why-first-over-dedicated-line",
            Say.That("2公斤的衣服寄美国，货值40美元，要快").Sees(AskDimensions),
            Say.That("箱子多大不清楚"), Say.That("全程跟踪要的"), Say.That("得支持买家退货"), Say.That("都是棉的衣服，没电池").Sees(LogisticsResult),
            Say.That("排第一那个比专线贵不少，凭啥排前面？").Sees(WhyAnswer).Never(NotUnderstood)),

        // Goal: 答到时效时发现重量说错了，改成2.5公斤，指南继续。
        Zh("logistics-weight-corrected-at-speed",
            Say.That("寄1公斤的花瓶去德国，值35欧").Sees(AskDimensions),
            Say.That("尺寸我不清楚啊"),
            Say.That("等一下，重量刚才说错了，其实是2.5公斤").Sees("2\\.5", AskUrgency).Never(AskWeight, NotUnderstood)),

        // Goal: 一次要英国和澳洲两个地方的报价，两个都不丢。
        Zh("logistics-two-markets-in-one-ask",
            Say.That("500克的发饰要发英国和澳洲，两边都要报价").Sees("澳大利亚|澳洲").Never(AskWeight, AskDestination)),

        // Goal: 两箱不同的货一起问，都寄荷兰，两样都被记下。
        Zh("logistics-two-products-in-one-ask",
            Say.That("一箱T恤1公斤，另一箱帽子2公斤，都寄去荷兰").Sees("帽子", "(?i)T恤").Never(AskDestination)),

        // Goal: 速卖通上西班牙买家说货不对版，用讲故事的方式说出来。
        Zh("problem-story-not-as-pictured-spain",
            Say.That("速卖通上有个西班牙买家说收到的裙子跟图片不一样，闹着要退款").Sees(BestMatch).Never(AskProblem, AskIssueMarket, AskWeight)),

        // Goal: DHL说货在墨西哥被扣，要补税：问题，不是发货。
        Zh("problem-story-dhl-tax-in-mexico",
            Say.That("DHL打电话来说货在墨西哥清关卡住了，要我们补缴关税").Sees(BestMatch).Never(AskProblem, AskWeight)),

        // Goal: 选平台，一句话给出所有信息。
        Zh("platform-all-facts-in-one",
            Say.That("我们做宠物用品，想卖给美国和加拿大的个人买家，每个月预算五千块，在亚马逊做过两年，有自己的注册商标，推荐个平台")
                .Sees(PlatformResult).Never(AskModel, AskMarkets, AskCategory, AskBudget, AskExperience, AskBrand)),

        // Goal: 选平台，市场“还没想好”、预算“说不好”，指南不丢。
        Zh("platform-unsure-answers",
            Say.That("选哪个跨境平台比较靠谱").Sees(AskModel),
            Say.That("主要面向消费者").Sees(AskMarkets),
            Say.That("还没想好，欧洲吧").Sees(AskCategory),
            Say.That("露营用的帐篷睡袋").Sees(AskBudget),
            Say.That("说不好，看情况").Sees(AskExperience).Never(NotUnderstood, GaveUp)),

        // Goal: 选平台中途问物流，回答后回到预算问题（或转去物流指南）。
        Zh("platform-asks-a-shipping-question-mid-guide",
            Say.That("我想在网上卖灯具，帮我挑个平台").Sees(AskModel),
            Say.That("主要零售给个人"), Say.That("先做德国那边"),
            Say.That("对了，灯具卖到德国走什么物流比较省钱？").Sees(AskBudget + "|" + AskWeight + "|" + AskDimensions).Never(NotUnderstood, AskMarkets, AskCategory)),

        // Goal: 物流结果出来后问同一个货在澳洲该上哪个平台：产品和市场不再问。
        Zh("logistics-then-platform-keeps-facts",
            Say.That("2公斤瑜伽垫寄澳大利亚，货值120元，不赶时间").Sees(AskDimensions),
            Say.That("尺寸随它"), Say.That("能跟踪最好"), Say.That("退货先不考虑了"), Say.That("电池液体都没有").Sees(LogisticsResult),
            Say.That("这个瑜伽垫要是在澳洲卖，上哪个平台好").Sees(AskModel + "|" + AskBudget + "|" + AskExperience + "|" + PlatformResult)
                .Never(AskMarkets, AskCategory)),

        // Goal: 准备度评估中途问AQL是什么，回答后继续问质检。
        Zh("readiness-side-question-then-resume",
            Say.That("想评估一下我们公司出海做跨境准备得怎么样").Sees(ReadinessStart, AskDifferentiation),
            Say.That("款式都是我们自己设计的").Sees(AskQualityCheck),
            Say.That("AQL抽检具体是什么意思？").Sees(Answered, AskQualityCheck)),

        // Goal: 中文开始，中途改说英文：之后的问题用英文问。
        Zh("logistics-switch-to-english",
            Say.That("1公斤耳机寄到韩国").Sees(AskDimensions),
            Say.That("let's continue in english, no idea about the box size").Sees("declared value of the goods").Never("申报价值是多少", AskDimensions)),

        // Goal: 取消后用自己的话要回物流方案，再道谢告别。
        Zh("plan-recall-then-goodbye",
            Say.That("600克围巾寄意大利，货值25欧，便宜点的").Sees(AskDimensions),
            Say.That("没法量"), Say.That("要有单号能查"), Say.That("不给退"), Say.That("没有那些东西").Sees(LogisticsResult),
            Say.That("取消").Sees(Menu),
            Say.That("之前帮我弄的那个发货方案再发我看看").SeesOnce("物流计划："),
            Say.That("好的谢谢，先这样，拜拜").Sees(Farewell).Never(NotUnderstood, AskWeight)),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("held15-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("held15-zh-" + name, "zh-CN", turns);
}
