using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The thirty-fifth session's dev set for the guides, written before that pass changed any guide and measured once as it
/// stood. It is built from the KINDS of prompt answers that recur across the thirty-third part and the failures left in the
/// thirty-second, thirty-first, thirtieth and twenty-ninth (dev material this pass), each tried in new situations and own
/// wording, never those parts' or the last dev set's phrases (<see cref="GuidesDev21ScenarioTests"/> checks that): facts
/// taken WRONG (a trademark registered only at home, a statement about the team at the small-batch question, certificates at
/// the quality question, an added market after a platform result, tens of grams), answers in own words at the readiness
/// questions (small batches as a minimum order, lead time with stock on hand, own design, certificates named by their
/// marks, one registration of two, the team, the language, months of stock, data use), all facts in one platform opening,
/// an answer for another open question, a correction of the budget in the platform guide. Half in Chinese. Dev material:
/// its misses are looked at and tuned on.
/// </summary>
public static class GuidesDev21Scenarios
{
    private const string AskStaffZh = "有多少人负责跨境电商";
    private const string ChangedOrNoted = "(?i)changed|updated|noted|修改|改为|改成|更新|已记下";

    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        // ---- readiness, English ----

        // Kinds: certificates named at the quality question are no inspection answer; small batches as a minimum order.
        En("readiness-desk-lamps-cert-at-quality",
            Say.That("we assemble led desk lamps, how prepared are we for selling abroad?").Sees(ReadinessStart),
            Say.That("same as most others").Sees(AskQualityCheck),
            Say.That("our lamps carry UL and FCC reports").Sees(AnyReadinessQuestion).Never("spot check", "Spot check")),

        // Kinds: a minimum order in pieces at the small-batch question; stock on hand at the lead-time question.
        En("readiness-mugs-minimum-order-stock",
            Say.That("ceramic mug workshop in jingdezhen, rate our readiness to sell overseas").Sees(ReadinessStart),
            Say.That("like the others").Sees(AskQualityCheck),
            Say.That("we inspect every kiln load").Sees(AskCertificates),
            Say.That("none").Sees(AskTaxRegistration),
            Say.That("no").Sees(AskSmallBatches),
            Say.That("we can start from 80 mugs per design").Sees(AskLeadTime).Never(NotUnderstood, Answered),
            Say.That("most designs are in stock, out in 2 days").Sees(AskStaff).Never(NotUnderstood)),

        // Kinds: a statement about the team at the small-batch question is no yes.
        En("readiness-socks-team-at-small-batch",
            Say.That("sock factory in zhuji, check if we're ready for cross-border selling").Sees(ReadinessStart),
            Say.That("about the same as others").Sees(AskQualityCheck),
            Say.That("random checks").Sees(AskCertificates),
            Say.That("none").Sees(AskTaxRegistration),
            Say.That("no").Sees(AskSmallBatches),
            Say.That("there are five of us in the export office").Never("Supply chain — Yes", "Supply chain - Yes")),

        // Kinds: own design said as the seller's own characters; one registration of two.
        En("readiness-stickers-own-characters-ioss-only",
            Say.That("we print vinyl stickers, how ready is our shop for selling in other countries?").Sees(ReadinessStart),
            Say.That("we drew a handful of original characters ourselves").Sees(AskQualityCheck).Never(NotUnderstood, Answered),
            Say.That("we eyeball every sheet").Sees(AskCertificates),
            Say.That("none needed i think").Sees(AskTaxRegistration),
            Say.That("we have IOSS, EPR not yet").Sees(AskSmallBatches).Never(NotUnderstood)),

        // Kinds: the team as one person in words; the language as English emails.
        En("readiness-teapots-one-sales-girl",
            Say.That("yixing teapot studio, evaluate our readiness to sell overseas").Sees(ReadinessStart),
            Say.That("each pot is hand made by us").Sees(AskQualityCheck),
            Say.That("every pot checked").Sees(AskCertificates),
            Say.That("none").Sees(AskTaxRegistration),
            Say.That("no").Sees(AskSmallBatches),
            Say.That("yes").Sees(AskLeadTime),
            Say.That("3 weeks").Sees(AskStaff),
            Say.That("just one sales girl handles it").Sees(AskLanguage).Never(Retried),
            Say.That("she writes english emails fine").Sees(AskReadinessBudget).Never(NotUnderstood)),

        // Kinds: months of stock in own words; a budget at the months question.
        En("readiness-candles-budget-at-months",
            Say.That("scented candle maker, how ready are we for cross-border e-commerce?").Sees(ReadinessStart),
            Say.That("like the others").Sees(AskQualityCheck),
            Say.That("random checks").Sees(AskCertificates),
            Say.That("none").Sees(AskTaxRegistration),
            Say.That("no").Sees(AskSmallBatches),
            Say.That("yes").Sees(AskLeadTime),
            Say.That("2 weeks").Sees(AskStaff),
            Say.That("2").Sees(AskLanguage),
            Say.That("yes").Sees(AskReadinessBudget),
            Say.That("8000").Sees(AskCashCycle),
            Say.That("we could carry stock for about three months").Sees(AskOnlineExperience).Never(NotUnderstood)),

        // Kinds: a budget in another currency word at the months question (another open answer, or a new budget).
        En("readiness-scarves-money-at-months",
            Say.That("silk scarf studio, please check our readiness for selling overseas").Sees(ReadinessStart),
            Say.That("like the others").Sees(AskQualityCheck),
            Say.That("random checks").Sees(AskCertificates),
            Say.That("none").Sees(AskTaxRegistration),
            Say.That("no").Sees(AskSmallBatches),
            Say.That("yes").Sees(AskLeadTime),
            Say.That("2 weeks").Sees(AskStaff),
            Say.That("2").Sees(AskLanguage),
            Say.That("yes").Sees(AskReadinessBudget),
            Say.That("i'm not sure").Sees(AskCashCycle),
            Say.That("we have around 30,000 rmb for it").Never(NotUnderstood)),

        // Kinds: a trademark registered only at home is not registered in the target markets; data use in own words.
        En("readiness-umbrellas-trademark-home-only",
            Say.That("folding umbrella factory, see how ready we are to sell abroad").Sees(ReadinessStart),
            Say.That("like the others").Sees(AskQualityCheck),
            Say.That("random checks").Sees(AskCertificates),
            Say.That("none").Sees(AskTaxRegistration),
            Say.That("no").Sees(AskSmallBatches),
            Say.That("yes").Sees(AskLeadTime),
            Say.That("20 days").Sees(AskStaff),
            Say.That("2").Sees(AskLanguage),
            Say.That("yes").Sees(AskReadinessBudget),
            Say.That("10000").Sees(AskCashCycle),
            Say.That("2").Sees(AskOnlineExperience),
            Say.That("only domestic platforms").Sees(AskData),
            Say.That("we look at the sales numbers every week").Sees(AskTrademark).Never(NotUnderstood),
            Say.That("yes, we registered it with the china office only").Never("target markets", "in the markets you sell")),

        // ---- platform, English ----

        // Kinds: all facts in one opening message, the experience and the brand among them.
        En("platform-wallets-all-in-one",
            Say.That("two of us, leather wallets, selling to consumers in the uk, budget around 700 usd a month, had an etsy shop for two years, have a brand but never registered it").Sees(PlatformResult).Never(AskExperience, AskBrand)),

        // Kinds: a correction of the budget naming its slot in the platform guide.
        En("platform-lamps-budget-corrected",
            Say.That("which platform should we use to sell rattan lamps to shoppers in germany?").Sees(AskBudget),
            Say.That("500 usd a month").Sees(AskExperience),
            Say.That("actually make the budget 1500 usd, my partner agreed").Sees(ChangedOrNoted).Never(NotUnderstood, "I'll assume")),

        // Kinds: a market added after a platform result is an addition, not a change.
        En("platform-phone-cases-add-market",
            Say.That("we sell phone cases to shoppers in france, which platform? budget 800 usd a month, no experience, no brand").Sees(PlatformResult),
            Say.That("what if we add spain as well").Sees(PlatformResult).Never("France → Spain")),

        // ---- logistics, English ----

        // Kinds: a number of pieces with the weight of each: the quantity is never dropped silently.
        En("logistics-lamps-sydney-each",
            Say.That("have to ship 12 table lamps to a shop in sydney, each about 1.5 kg").Sees("(?i)\\b12\\b|18 kg|each|per piece|total")),

        // Kinds: a leading "yes" at the tracking question followed by the returns fact.
        En("logistics-bottles-oslo-yes-then-returns",
            Say.That("sending 2 kg of steel water bottles to a buyer in oslo").Sees(AskDimensions).Never(AskWeight, AskDestination),
            Say.That("30x20x20").Sees(AskValue),
            Say.That("90 usd").Sees(AskUrgency),
            Say.That("no rush").Sees(AskTracking),
            Say.That("yes, and they won't be sending anything back").Sees(AskGoods).Never(AskTracking, AskReturns)),

        // ---- 准备度，中文 ----

        // 难点：质量问题上说证书，不是抽检。
        Zh("readiness-chargers-cert-at-quality",
            Say.That("我们做充电宝的，想看看出海准备度").Sees(ReadinessStart),
            Say.That("跟别家差不多").Sees(AskQualityCheck),
            Say.That("产品都拿了CE和FCC认证").Sees(AnyReadinessQuestion).Never("偶尔抽检", "抽检")),

        // 难点：小批量问题上说团队人数，不是“能”。
        Zh("readiness-bags-team-at-small-batch",
            Say.That("白沟做箱包的，评一下我们的跨境准备度").Sees(ReadinessStart),
            Say.That("跟别家一样").Sees(AskQualityCheck),
            Say.That("抽检").Sees(AskCertificates),
            Say.That("没有").Sees(AskTaxRegistration),
            Say.That("没有").Sees(AskSmallBatches),
            Say.That("我们就两个业务员，英语都还行").Never("供应链 — 能", "供应链 — 是")),

        // 难点：起订量说小批量；现货说交期。
        Zh("readiness-cups-moq-stock",
            Say.That("做保温杯的工厂，想测一下出海准备度").Sees(ReadinessStart),
            Say.That("跟别家一样").Sees(AskQualityCheck),
            Say.That("每批抽检").Sees(AskCertificates),
            Say.That("没有").Sees(AskTaxRegistration),
            Say.That("没有").Sees(AskSmallBatches),
            Say.That("两百个起订").Sees(AskLeadTime).Never(NotUnderstood, Answered),
            Say.That("常规款有库存，三天内能发").Sees(AskStaffZh).Never(NotUnderstood)),

        // 难点：大多按客户图纸做（不是自己的设计）；认证用标志名说。
        Zh("readiness-hardware-buyers-drawings",
            Say.That("五金配件厂，帮我们看下跨境准备得怎么样").Sees(ReadinessStart),
            Say.That("基本都是照客户的图纸做").Sees(AskQualityCheck).Never(NotUnderstood, Answered),
            Say.That("每批都抽检").Sees(AskCertificates),
            Say.That("RoHS做过，别的没做").Sees(AskTaxRegistration).Never(NotUnderstood)),

        // 难点：两个登记只办了一个；什么证都没有。
        Zh("readiness-toys-vat-only",
            Say.That("澄海做塑料玩具的，评估一下出海准备度").Sees(ReadinessStart),
            Say.That("跟别家一样").Sees(AskQualityCheck),
            Say.That("抽检").Sees(AskCertificates),
            Say.That("啥证书都还没弄").Sees(AskTaxRegistration).Never(NotUnderstood),
            Say.That("办了德国VAT，EPR还没有").Sees(AskSmallBatches).Never(NotUnderstood)),

        // 难点：团队只有一个人（用字说）；语言用自己的话说。
        Zh("readiness-tea-boss-wife-alone",
            Say.That("我们卖普洱茶，想知道出海准备度").Sees(ReadinessStart),
            Say.That("茶叶都是自家山上的").Sees(AskQualityCheck),
            Say.That("每批都尝").Sees(AskCertificates),
            Say.That("没有").Sees(AskTaxRegistration),
            Say.That("没有").Sees(AskSmallBatches),
            Say.That("可以").Sees(AskLeadTime),
            Say.That("一周").Sees(AskStaffZh),
            Say.That("只有老板娘自己在弄").Sees(AskLanguage).Never(Retried),
            Say.That("英文回复客户没啥问题").Sees(AskReadinessBudget).Never(NotUnderstood)),

        // 难点：压货的月数用自己的话说。
        Zh("readiness-lamps-stock-months-words",
            Say.That("做灯具的，评一下出海准备度").Sees(ReadinessStart),
            Say.That("跟别家一样").Sees(AskQualityCheck),
            Say.That("抽检").Sees(AskCertificates),
            Say.That("没有").Sees(AskTaxRegistration),
            Say.That("没有").Sees(AskSmallBatches),
            Say.That("可以").Sees(AskLeadTime),
            Say.That("二十天").Sees(AskStaffZh),
            Say.That("2").Sees(AskLanguage),
            Say.That("可以").Sees(AskReadinessBudget),
            Say.That("一万").Sees(AskCashCycle),
            Say.That("库存最多能压一个半月").Sees(AskOnlineExperience).Never(NotUnderstood)),

        // 难点：在垫资月数问题上说了钱数。
        Zh("readiness-rugs-money-at-months",
            Say.That("地毯厂，想看看跨境准备度").Sees(ReadinessStart),
            Say.That("跟别家一样").Sees(AskQualityCheck),
            Say.That("抽检").Sees(AskCertificates),
            Say.That("没有").Sees(AskTaxRegistration),
            Say.That("没有").Sees(AskSmallBatches),
            Say.That("可以").Sees(AskLeadTime),
            Say.That("一个月").Sees(AskStaffZh),
            Say.That("2").Sees(AskLanguage),
            Say.That("可以").Sees(AskReadinessBudget),
            Say.That("不清楚").Sees(AskCashCycle),
            Say.That("能拿出四万块左右").Never(NotUnderstood)),

        // 难点：商标只在国内注册，不是目标市场注册；数据用自己的话说。
        Zh("readiness-tiles-trademark-home-only",
            Say.That("瓷砖厂，评估一下出海准备度").Sees(ReadinessStart),
            Say.That("跟别家一样").Sees(AskQualityCheck),
            Say.That("抽检").Sees(AskCertificates),
            Say.That("没有").Sees(AskTaxRegistration),
            Say.That("没有").Sees(AskSmallBatches),
            Say.That("可以").Sees(AskLeadTime),
            Say.That("一个月").Sees(AskStaffZh),
            Say.That("2").Sees(AskLanguage),
            Say.That("可以").Sees(AskReadinessBudget),
            Say.That("一万").Sees(AskCashCycle),
            Say.That("2").Sees(AskOnlineExperience),
            Say.That("只做过国内平台").Sees(AskData),
            Say.That("每个月都会翻一翻后台报表").Sees(AskTrademark).Never(NotUnderstood),
            Say.That("有，不过是在国内注册的").Never("目标市场")),

        // ---- 平台，中文 ----

        // 难点：一句话给齐所有事实，经验和品牌也在里面。
        Zh("platform-tea-sets-all-in-one",
            Say.That("夫妻店，做茶具，卖给美国个人买家，每月预算五千人民币，在eBay上卖过一年半，有牌子没注册").Sees(PlatformResult).Never(AskExperience, AskBrand)),

        // 难点：在平台向导里改预算（说出是预算）。
        Zh("platform-shoes-budget-corrected",
            Say.That("想把运动鞋卖给英国的个人消费者，选哪个平台").Sees(AskBudget),
            Say.That("每月八千").Sees(AskExperience),
            Say.That("等下，预算改成一万二，合伙人同意了").Sees(ChangedOrNoted).Never(NotUnderstood, "我先按")),

        // 难点：平台结果后加一个市场，不是换市场。
        Zh("platform-towels-add-market",
            Say.That("毛巾卖给日本的个人消费者，选什么平台？每月预算三千块，没经验，没品牌").Sees(PlatformResult),
            Say.That("要是再加上韩国呢").Sees(PlatformResult).Never("日本 → 韩国")),

        // ---- 物流，中文 ----

        // 难点：“几十克”不是 0.01 公斤。
        Zh("logistics-earrings-tens-of-grams",
            Say.That("有副耳环要寄到新加坡，怎么寄").Sees(AskWeight).Never(AskDestination),
            Say.That("也就几十克").Never("0.01"),
            Say.That("10乘8乘3").Sees(AskValue)),

        // 难点：件数和每件重量，件数不能丢。
        Zh("logistics-pillows-dubai-each",
            Say.That("要寄十个抱枕到迪拜，每个大概八百克").Sees("十|10|8 公斤|8公斤|每个|每件|一共|总")),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("guides-dev21-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("guides-dev21-zh-" + name, "zh-CN", turns);
}
