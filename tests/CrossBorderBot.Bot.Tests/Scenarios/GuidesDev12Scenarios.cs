using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The twenty-sixth pass's dev set for the guides, written before that pass changed any guide and measured once as it
/// stood. It is built from the KINDS of roots found in the twenty-fourth part (dev material this pass; kinds and counts
/// in the pass's notes), each tried in new situations — other goods, markets, platforms, problems and own wording, never
/// the twenty-fourth, twenty-third or twenty-second part's phrases or the last dev set's (<see cref="GuidesDev12ScenarioTests"/>
/// checks that): readiness answers in own words — whole-family negatives ("zero", "none of them", "一张都没有"), a scale
/// word alone, partial answers, marks done for some products, a question about the question (K1); experience told by the
/// platform or own site a seller is on in the opening (K2); money per year (K3); a deadline as the speed, sizes in Chinese
/// numerals, the first step asked after the readiness result (K4); going on at a step in other words or after a lead-in
/// (K5); returns told by the goods' fate, the customer told by the buyer, a correction at a step, the result asked early,
/// a closing at a step (K6). Half in Chinese. Dev material: its misses are looked at and tuned on — so it says how far a
/// kind was fixed, not how the bot does on unseen wording.
/// </summary>
public static class GuidesDev12Scenarios
{
    private const string AskCashCycle = "finance stock in transit|在途和海外仓库存垫资";
    private const string PartialResult = ReadinessResult + "|(?i)so far|answered|partial|目前|已回答|已填|部分";
    private const string Roadmap = "(?i)roadmap|step|priorit|fix|improv|路线图|步骤|优先|首先|改进|提升";
    private const string SomeCertificates = "For some products or markets|部分产品或市场有";
    private const string FirstStep = "(?i)Step 1 of|第 1 步";
    private const string SecondStep = "(?i)Step 2 of|第 2 步";
    private const string NextOrDone = "(?i)Step \\d+ of|第 \\d+ 步|Well done|every step|所有步骤都完成";
    private const string Changed = "(?i)changed|updated|noted|修改|改为|改成|更新|已记下";
    private const string Farewell = "(?i)welcome|glad|pleasure|any ?time|bye|good luck|take care|不客气|再见|随时|很高兴|祝";

    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        // ---- K1 readiness answers in own words ----

        // Kinds: a scale word alone (K1); a whole-family negative at certificates and at the yes/no registration (K1).
        En("readiness-candles-average-zero-certs",
            Say.That("can you score how prepared our candle workshop is to sell abroad online?").Sees(AskDifferentiation),
            Say.That("pretty average really").Sees(AskQualityCheck).Never(NotUnderstood),
            Say.That("we spot check a couple per batch").Sees(AskCertificates),
            Say.That("zero certificates so far").Sees(AskTaxRegistration).Never(NotUnderstood),
            Say.That("right, we have none of them").Sees(AskSmallBatches).Never(NotUnderstood)),

        // Kinds: a partial differentiation answer (K1); marks done for one product line = some (K1); a question about the
        // question keeps it (K1).
        En("readiness-heaters-some-own-designs-ukca-for-one-line",
            Say.That("we build electric heaters, please rate how set we are for selling across borders").Sees(AskDifferentiation),
            Say.That("a handful of models we designed ourselves, others are off-the-shelf OEM").Sees(AskQualityCheck).Never(NotUnderstood),
            Say.That("full inspection at the end of the line").Sees(AskCertificates),
            Say.That("UKCA finished for the oil-filled range only").Sees(AskTaxRegistration, SomeCertificates).Never(NotUnderstood),
            Say.That("no idea, what would EPR even cover for us?").Sees(AskTaxRegistration).Never(NotUnderstood, AskSmallBatches)),

        // Kinds: "nothing on that front" and "nope, not one" negatives (K1); the result asked early in other words (K6).
        En("readiness-socks-nothing-on-that-front-score-now",
            Say.That("sock mill here, want an assessment: are we fit to sell on foreign marketplaces?").Sees(AskDifferentiation),
            Say.That("honestly the same as every other sock mill").Sees(AskQualityCheck),
            Say.That("our QC girl checks samples daily").Sees(AskCertificates),
            Say.That("nope, not a single one").Sees(AskTaxRegistration).Never(NotUnderstood),
            Say.That("nothing on that front either").Sees(AskSmallBatches).Never(NotUnderstood),
            Say.That("let's stop and rate what you've got").Sees(PartialResult).Never(NotUnderstood, AskLeadTime)),

        // 难点：只说程度词（K1）；证书和注册用“一张都没有”“啥都没办”等整族否定（K1）。
        Zh("readiness-umbrella-so-so-no-certs-at-all",
            Say.That("做雨伞的小厂，帮忙打个分，看够不够格卖到海外").Sees(AskDifferentiation),
            Say.That("马马虎虎吧").Sees(AskQualityCheck).Never(NotUnderstood),
            Say.That("出货前抽几把看看").Sees(AskCertificates),
            Say.That("证书一张都没有").Sees(AskTaxRegistration).Never(NotUnderstood),
            Say.That("税号啥的都还没办").Sees(AskSmallBatches).Never(NotUnderstood)),

        // 难点：部分回答，“几款”是数量不是提问（K1）；认证只做了部分型号（K1）。
        Zh("readiness-kettles-few-own-styles-ce-some-models",
            Say.That("电水壶厂，麻烦给咱们出海的准备情况打个分").Sees(AskDifferentiation),
            Say.That("几款是自家设计，剩下用的公模").Sees(AskQualityCheck).Never(NotUnderstood, "还不知道答案"),
            Say.That("每批按AQL抽检").Sees(AskCertificates),
            Say.That("CE只做了其中几个型号").Sees(AskTaxRegistration, SomeCertificates).Never(NotUnderstood),
            Say.That("EPR是干嘛的？跟我们有关吗").Sees(AskTaxRegistration).Never(NotUnderstood, AskSmallBatches)),

        // 难点：否定带语气和旁白（K1）；按年说预算（K3）。
        Zh("readiness-toys-negatives-with-asides-budget-per-year",
            Say.That("帮我们玩具厂做个出海准备度测评").Sees(AskDifferentiation),
            Say.That("跟别家差不太多").Sees(AskQualityCheck).Never(NotUnderstood),
            Say.That("质检都是工厂自己做").Sees(AskCertificates),
            Say.That("玩具应该要认证吧，不过我们一样也没做").Sees(AskTaxRegistration).Never(NotUnderstood),
            Say.That("这块也基本是空白").Sees(AskSmallBatches).Never(NotUnderstood),
            Say.That("能接小单").Sees(AskLeadTime),
            Say.That("二十天左右").Sees(AskStaff),
            Say.That("就三个人").Sees(AskLanguage),
            Say.That("英语可以").Sees(AskReadinessBudget),
            Say.That("一年差不多八万").Sees(AskCashCycle).Never(NotUnderstood, AskReadinessBudget)),

        // ---- K2 experience in the opening ----

        // Kinds: an own store in the opening as experience (K2); a follow-up market after the result.
        En("platform-own-woocommerce-store-add-france",
            Say.That("we already sell phone cases through our own woocommerce store, now want a marketplace for shoppers in france").Sees(AskBudget).Never(AskModel, AskMarkets, AskCategory),
            Say.That("about 900 euros monthly").Sees(AskBrand).Never(AskExperience),
            Say.That("no brand yet").Sees(PlatformResult, "France"),
            Say.That("what about belgium too?").Sees(PlatformResult, "Belgium")),

        // Kinds: a marketplace the seller is on now as experience (K2); money per year (K3).
        En("platform-on-ebay-now-yearly-budget",
            Say.That("selling yoga mats on ebay at the moment, which other platform for consumers in canada?").Sees(AskBudget).Never(AskModel, AskMarkets, AskCategory),
            Say.That("roughly 24k usd per year").Sees(AskBrand, "2[,.]?000").Never(AskExperience, "24[,.]?000")),

        // Kinds: a marketplace's country store the seller is on is experience, not a target market (K2).
        En("platform-on-amazon-fr-add-spain",
            Say.That("our kids' backpacks are listed on amazon.fr, want another marketplace for parents in spain").Sees(AskBudget).Never(AskModel, AskMarkets, AskCategory),
            Say.That("1200 eur a month").Sees(AskBrand).Never(AskExperience),
            Say.That("yes, registered in the EU").Sees(PlatformResult, "Spain")),

        // 难点：开场说在速卖通开店，就是有经验（K2）；结果后追问另一个市场。
        Zh("platform-on-aliexpress-wigs-add-us",
            Say.That("我们在速卖通上开店卖假发，想给美国消费者再找个平台").Sees(AskBudget).Never(AskModel, AskMarkets, AskCategory),
            Say.That("每月五千刀").Sees(AskBrand).Never(AskExperience),
            Say.That("没注册商标").Sees(PlatformResult, "美国"),
            Say.That("墨西哥也一起做呢").Sees(PlatformResult, "墨西哥")),

        // 难点：自己的独立站在开场（K2）；按年说预算（K3）。
        Zh("platform-own-site-aroma-japan-yearly",
            Say.That("自己有个网站卖香薰，想加个平台卖给日本的普通消费者").Sees(AskBudget).Never(AskModel, AskMarkets, AskCategory),
            Say.That("一年大概十二万人民币").Sees(AskBrand, "10[,.]?000").Never(AskExperience)),

        // 难点：开场说在亚马逊某国站卖，那是经验不是目标市场（K2）；买家说客户（K6）。
        Zh("platform-on-amazon-uk-sell-to-salons",
            Say.That("我们的美甲灯现在在亚马逊英国站卖，想找个新平台").Sees(AskModel),
            Say.That("主要卖给美甲店").Sees(AskMarkets).Never(NotUnderstood),
            Say.That("法国和意大利").Sees(AskBudget),
            Say.That("一个月八千块").Sees(AskBrand).Never(AskExperience)),

        // ---- K4 deadline, sizes in Chinese numerals, roadmap ----

        // Kinds: a relative deadline as the speed (K4); returns told by the goods' fate (K6).
        En("logistics-scarves-milan-under-two-weeks-gift",
            Say.That("a 2 kg carton of silk scarves needs to go to a boutique in milan").Sees(AskDimensions).Never(AskWeight, AskDestination),
            Say.That("40x30x10").Sees(AskValue),
            Say.That("300 eur").Sees(AskUrgency),
            Say.That("the shop reopens in 12 days, it should be there before then").Sees(AskTracking).Never(NotUnderstood),
            Say.That("yes please").Sees(AskReturns),
            Say.That("they're a gift for the owner, she'll keep them").Sees(AskGoods).Never(NotUnderstood)),

        // Kinds: a named day as the deadline (K4); a closing (K6).
        En("logistics-ornaments-toronto-before-christmas",
            Say.That("glass ornaments for a customer in toronto, 1 kg parcel, how do i ship it").Sees(AskDimensions).Never(AskWeight, AskDestination),
            Say.That("25 x 25 x 20 cm").Sees(AskValue),
            Say.That("95 cad").Sees(AskUrgency),
            Say.That("she wants them before christmas day").Sees(AskTracking).Never(NotUnderstood, "don't know that yet")),

        // 难点：相对时间说时效（K4）；中文数字说尺寸（K4）。
        Zh("logistics-tea-sets-melbourne-three-weeks-chinese-size",
            Say.That("往墨尔本寄一套茶具，大概三公斤").Sees(AskDimensions).Never(AskWeight, AskDestination),
            Say.That("纸箱四十乘三十乘二十五公分").Sees(AskValue).Never(Retried),
            Say.That("申报八十澳元").Sees(AskUrgency),
            Say.That("还有三个礼拜客户就要用").Sees(AskTracking).Never(NotUnderstood, "还不知道答案")),

        // 难点：中文数字带米说尺寸（K4）；半个月说时效（K4）；样品不退说退货（K6）。
        Zh("logistics-display-racks-jeddah-metres-half-month",
            Say.That("要往吉达发两个展示架，一共九十公斤").Sees(AskDimensions).Never(AskWeight, AskDestination),
            Say.That("每个一米五乘六十乘四十").Sees(AskValue).Never(Retried),
            Say.That("货值两千美元").Sees(AskUrgency),
            Say.That("半个月之内到就行").Sees(AskTracking).Never(NotUnderstood),
            Say.That("需要").Sees(AskReturns),
            Say.That("这是给客户的样品，不会寄回来").Sees(AskGoods).Never(NotUnderstood)),

        // 难点：准备度结果后问从哪下手（K4）。
        Zh("readiness-bags-early-result-where-to-start",
            Say.That("箱包公司，看看出海的准备度够不够").Sees(AskDifferentiation),
            Say.That("有一些自己的款").Sees(AskQualityCheck),
            Say.That("每批抽检").Sees(AskCertificates),
            Say.That("先出个结果看看").Sees(PartialResult),
            Say.That("那我们应该先从哪里下手").Sees(Roadmap).Never("还不知道答案")),

        // Kinds: the first thing to improve asked after the readiness result (K4).
        En("readiness-mugs-early-result-what-to-tackle",
            Say.That("assess our mug factory's export readiness please").Sees(AskDifferentiation),
            Say.That("mostly standard shapes").Sees(AskQualityCheck),
            Say.That("third party QC").Sees(AskCertificates),
            Say.That("ok enough, give me the score").Sees(PartialResult),
            Say.That("so what should we tackle first?").Sees(Roadmap).Never("don't know that yet")),

        // ---- K5 going on at a step; K6 at a step ----

        // Kinds: going on at a step in other words (K5); a closing at a step (K6).
        En("fix-ebay-au-hair-dryers-missing-rcm",
            Say.That("ebay australia pulled our hair dryer listings, they say the RCM mark is missing").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("yep that's us").Sees(FirstStep),
            Say.That("alright, what comes after this?").Sees(SecondStep).Never(NotUnderstood),
            Say.That("many thanks, that's all for today").Sees(Farewell).Never(NotUnderstood)),

        // Kinds: a lead-in before the command at a step (K5).
        En("fix-amazon-de-speakers-weee-lead-in",
            Say.That("amazon germany deactivated our bluetooth speakers, no WEEE registration number on file").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("yes, that's the one").Sees(FirstStep),
            Say.That("my boss is on the call now, so: continue please").Sees(SecondStep).Never(NotUnderstood)),

        // Kinds: a correction of the market at a step (K6).
        En("fix-etsy-listing-corrected-market",
            Say.That("etsy pulled our candle listing in germany over missing safety labels").Sees(BestMatch).Never(AskProblem),
            Say.That("yes").Sees(FirstStep),
            Say.That("sorry, i meant austria, not germany").Sees(Changed + "|Austria|" + FirstStep).Never(NotUnderstood, SecondStep)),

        // 难点：用自己的话继续（K5）；步骤中道谢结束（K6）。
        Zh("fix-shopee-th-store-late-shipping-go-on",
            Say.That("虾皮泰国站说我们发货太慢，店铺被扣分了").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("嗯对的").Sees(FirstStep),
            Say.That("那接着往下呢").Sees(SecondStep).Never(NotUnderstood),
            Say.That("好的，辛苦了，先到这").Sees(Farewell).Never(NotUnderstood)),

        // 难点：先说一句别的再让继续（K5）。
        Zh("fix-lazada-fake-review-warning-lead-in",
            Say.That("Lazada菲律宾站警告我们刷评价，要我们解释").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("是这个").Sees(FirstStep),
            Say.That("老板在旁边看着呢，你接着说下一步").Sees(SecondStep).Never(NotUnderstood)),

        // 难点：在步骤里改口说市场（K6）。
        Zh("fix-amazon-jp-listing-corrected-market",
            Say.That("亚马逊日本站把我们的充电器下架了，说没有PSE").Sees(BestMatch).Never(AskProblem),
            Say.That("对").Sees(FirstStep),
            Say.That("不对不对，是韩国站，不是日本站").Sees(Changed + "|韩国|" + FirstStep).Never(NotUnderstood, SecondStep)),

        // 难点：用买家说客户（K6）；开场说在阿里国际站做（K2）。
        Zh("platform-alibaba-now-sell-to-hotels",
            Say.That("我们在阿里国际站上做床品，想再找个平台卖到中东").Sees(AskModel),
            Say.That("主要是酒店采购").Sees(AskBudget + "|" + AskMarkets).Never(NotUnderstood)),

        // Kinds: the customer told by the buyer (K6).
        En("platform-dental-supplies-to-clinics",
            Say.That("dental consumables, which platform suits us?").Sees(AskModel),
            Say.That("mostly dental clinics").Sees(AskMarkets).Never(NotUnderstood)),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("guides-dev12-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("guides-dev12-zh-" + name, "zh-CN", turns);
}
