using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The thirty-second session's dev set for the guides, written before that pass changed any guide and measured once as it
/// stood. It is built from the KINDS of prompt answers that recur across the thirtieth part and the failures left in the
/// twenty-ninth, twenty-eighth and twenty-fourth (dev material this pass), each tried in new situations and own wording,
/// never those parts' or the last dev set's phrases (<see cref="GuidesDev18ScenarioTests"/> checks that): an answer at a
/// choice question in the seller's own words that names none of the options' words (how the products differ: taken from
/// the market and changed, own moulds or own software, the same as every other shop; which online selling they did: only
/// domestic marketplaces named; tracking: only wanting to know where it is or when it lands), a value or a budget with a
/// qualifier before or after it ("for the lot", "来块", "tiny", "顶天"), a lead time after which the staff question must
/// still be asked, a product named by examples in a platform opening, a figure reported at a playbook step. Half in
/// Chinese. Dev material: its misses are looked at and tuned on.
/// </summary>
public static class GuidesDev18Scenarios
{
    private const string Changed = "(?i)changed|updated|noted|修改|改为|改成|更新|已记下";
    private const string AskTaxRegistrationZh = "IOSS 和 EPR";
    private const string AskLeadTimeEn = "placing a production order";
    private const string AskStaffEn = "How many people work on cross-border";
    private const string AskStaffZh = "有多少人负责跨境电商";
    private const string AskBrandZh = "自己的品牌吗";
    private const string FirstStep = "(?i)Step 1 of|第 1 步";
    private const string SecondOrDone = "(?i)Step 2 of|第 2 步|Well done|every step|所有步骤都完成";

    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        // ---- readiness, English ----

        // Kinds: products taken from best-sellers and changed (some differences, no option word); a lead time with
        // "normally" (the staff question still asked); domestic marketplaces only, named.
        En("readiness-pet-collars-tweaked-bestsellers",
            Say.That("we make pet collars and leashes in a small workshop, can you check if we're ready to sell abroad").Sees(ReadinessStart),
            Say.That("we copy what sells on taobao and swap the buckles and colours").Sees(AskQualityCheck).Never(NotUnderstood),
            Say.That("every collar gets a pull test before packing").Sees(AskCertificates),
            Say.That("none at all").Sees(AskTaxRegistration),
            Say.That("no idea what those are").Sees(AskSmallBatches),
            Say.That("yes, runs of 20 are fine").Sees(AskLeadTime),
            Say.That("normally 12 days or so").Sees(AskStaff).Never(AskLanguage)),

        // Kinds: own moulds and own firmware (own design, no option word); a lead time in weeks; the staff question asked.
        En("readiness-bike-lights-own-molds-firmware",
            Say.That("dongguan maker of bike lights, 60 workers, we'd like a readiness assessment for cross-border selling").Sees(ReadinessStart),
            Say.That("our own molds and our own firmware").Sees(AskQualityCheck).Never(NotUnderstood),
            Say.That("each light is burned in for two hours").Sees(AskCertificates),
            Say.That("CE and RoHS on all of them").Sees(AskTaxRegistration),
            Say.That("only a german VAT number").Sees(AskSmallBatches),
            Say.That("no, 1000 pieces minimum").Sees(AskLeadTime),
            Say.That("roughly five weeks normally").Sees(AskStaff).Never(AskLanguage)),

        // Kinds: the same goods every wholesaler carries (same as others, no option word); domestic marketplaces only.
        En("readiness-phone-cases-generic-stock",
            Say.That("trading firm in shenzhen, phone cases and screen protectors. how ready are we for selling overseas online?").Sees(ReadinessStart),
            Say.That("honestly the same stock every wholesaler in huaqiangbei carries").Sees(AskQualityCheck).Never(NotUnderstood),
            Say.That("the factory checks them, we don't").Sees(AskCertificates),
            Say.That("none that i know of").Sees(AskTaxRegistration),
            Say.That("nothing registered").Sees(AskSmallBatches),
            Say.That("sure, we sell from stock in any quantity").Sees(AskLeadTime),
            Say.That("stock ships the next day").Sees(AskStaff),
            Say.That("two of us").Sees(AskLanguage),
            Say.That("english only").Sees(AskReadinessBudget),
            Say.That("5000 rmb").Sees(AskCashCycle),
            Say.That("two or three months").Sees(AskOnlineExperience),
            Say.That("we've only sold on pinduoduo and douyin").Sees(AskData).Never(NotUnderstood)),

        // Kinds: a patented mechanism (own design in other words); an answer in own words at the online experience
        // question naming a cross-border marketplace.
        En("readiness-folding-chairs-patent",
            Say.That("folding chair factory, please rate how prepared we are to go cross border").Sees(ReadinessStart),
            Say.That("the folding mechanism is patented by us").Sees(AskQualityCheck).Never(NotUnderstood),
            Say.That("we load-test samples from every batch").Sees(AskCertificates),
            Say.That("EN 581 test reports").Sees(AskTaxRegistration),
            Say.That("we have neither").Sees(AskSmallBatches),
            Say.That("not really, the line needs big orders").Sees(AskLeadTime),
            Say.That("about 45 days usually").Sees(AskStaff).Never(AskLanguage)),

        // ---- platform, English ----

        // Kinds: a budget with "tiny" before it; own-site experience; no brand.
        En("platform-resin-art-tiny-budget",
            Say.That("i'm a one-woman studio making resin coasters, retail buyers in australia and canada, which marketplace fits me?").Sees(AskBudget).Never(AskModel, AskMarkets, AskCategory),
            Say.That("tiny, maybe 120 usd a month").Sees(AskExperience).Never(AskBrand),
            Say.That("a year on my own website").Sees(AskBrand),
            Say.That("no registered brand").Sees(PlatformResult, "Australia|Canada")),

        // Kinds: the product named by examples ("mugs, bowls, that kind of thing"), consumers and one market in the opening.
        En("platform-ceramics-examples-france",
            Say.That("ceramic studio in jingdezhen, mugs, bowls, that kind of thing, want to sell to consumers in france").Sees(AskBudget).Never(AskModel, AskMarkets, AskCategory),
            Say.That("8000 rmb per month").Sees(AskExperience),
            Say.That("none abroad").Sees(AskBrand),
            Say.That("we have a brand registered in china only").Sees(PlatformResult, "France")),

        // Kinds: a budget capped in own words ("no more than"); experience on domestic platforms only named.
        En("platform-tea-sets-budget-cap",
            Say.That("we sell tea sets, want to reach households in the us and uk").Sees(AskBudget + "|" + AskExperience).Never(AskCategory, AskMarkets),
            Say.That("no more than 400 dollars monthly for now").Sees(AskExperience).Never(AskBrand),
            Say.That("only tmall and jd so far").Sees(AskBrand).Never(NotUnderstood),
            Say.That("nope").Sees(PlatformResult)),

        // ---- logistics, English ----

        // Kinds: a value with "for the lot" after it; tracking in own words (knowing when it lands).
        En("logistics-candles-dublin-value-for-the-lot",
            Say.That("need to ship scented candles to a shop in dublin, cheapest way please").Sees(AskWeight).Never(AskDestination),
            Say.That("two boxes, 18 kg together").Sees(AskDimensions),
            Say.That("each box 45x35x30").Sees(AskValue),
            Say.That("620 usd for the lot").Sees(AskUrgency).Never(AskTracking),
            Say.That("no rush").Sees(AskTracking),
            Say.That("i just want to know the day it lands").Sees(AskReturns).Never(NotUnderstood),
            Say.That("no returns, it's a wholesale order").Sees(AskGoods),
            Say.That("wax only, nothing else").Sees(LogisticsResult, "Ireland")),

        // Kinds: a value said with "all together"; tracking as "a rough idea where it is".
        En("logistics-kites-perth-rough-tracking",
            Say.That("how should i send a carton of kites to a customer in perth").Sees(AskWeight).Never(AskDestination),
            Say.That("6 kg").Sees(AskDimensions),
            Say.That("90 by 30 by 20 cm").Sees(AskValue),
            Say.That("the kites are worth 300 usd all together").Sees(AskUrgency).Never(AskTracking),
            Say.That("standard is ok").Sees(AskTracking),
            Say.That("a rough idea where it is would be enough").Sees(AskReturns).Never(NotUnderstood),
            Say.That("sure, they can send it back").Sees(AskGoods),
            Say.That("nope, just nylon and sticks").Sees(LogisticsResult, "Australia")),

        // Kinds: a value in euros with "roughly" after it.
        En("logistics-scarves-milan",
            Say.That("silk scarves for a boutique in milan, 3 kg parcel").Sees(AskDimensions).Never(AskWeight, AskDestination),
            Say.That("40x30x10").Sees(AskValue),
            Say.That("about 450 euros, give or take").Sees(AskUrgency).Never(AskTracking),
            Say.That("within ten days").Sees(AskTracking),
            Say.That("yes, full tracking").Sees(AskReturns),
            Say.That("no").Sees(AskGoods),
            Say.That("no").Sees(LogisticsResult, "Italy")),

        // ---- fix an issue, English ----

        // Kinds: a figure reported at a step (the step done, the next given).
        En("issue-amazon-us-broken-mugs-rate-at-step",
            Say.That("amazon us buyers keep getting our mugs broken, lots of returns and 1 star reviews").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("yes that's it").Sees(FirstStep),
            Say.That("checked it, about 6% of orders arrived broken").Sees(SecondOrDone).Never(NotUnderstood)),

        // Kinds: a budget with "max" after it; the brand answer in own words.
        En("platform-socks-b2b-germany-max",
            Say.That("sock factory, we want european shops and distributors to buy from us online, germany first").Sees(AskBudget).Never(AskModel, AskMarkets, AskCategory),
            Say.That("1500 euros a month max").Sees(AskExperience).Never(AskBrand),
            Say.That("never sold online").Sees(AskBrand),
            Say.That("we only do OEM").Sees(PlatformResult, "Germany")),

        // Kinds: the differentiation answered by what was added ("we add a gift box and a card"): some differences.
        En("readiness-tea-gift-box",
            Say.That("small tea brand from anxi, want a readiness check for cross-border e-commerce").Sees(ReadinessStart),
            Say.That("same teas as others but we put them in our own gift tins").Sees(AskQualityCheck).Never(NotUnderstood),
            Say.That("we taste every batch").Sees(AskCertificates)),

        // ---- 准备度，中文 ----

        // 难点：照着爆款改（有一些差异，没有选项词）；交期后仍要问人数。
        Zh("readiness-handbags-follow-hot-styles",
            Say.That("广州做女包的工厂，想测一下做跨境的准备度").Sees(ReadinessStart),
            Say.That("都是看爆款改一改颜色和五金").Sees(AskQualityCheck).Never(NotUnderstood),
            Say.That("每个包出厂前都检查").Sees(AskCertificates),
            Say.That("认证都没有").Sees(AskTaxRegistration),
            Say.That("还没办").Sees(AskSmallBatches),
            Say.That("小单可以接").Sees(AskLeadTime),
            Say.That("一般十五天左右出货").Sees(AskStaffZh).Never(AskLanguage)),

        // 难点：自己开的模具、自己写的程序（自主设计，没有选项词）；交期一个月。
        Zh("readiness-smart-scales-own-tooling",
            Say.That("我们是做智能体重秤的工厂，评估一下能不能做跨境电商").Sees(ReadinessStart),
            Say.That("模具是自己开的，程序也是自己写的").Sees(AskQualityCheck).Never(NotUnderstood),
            Say.That("每台都校准").Sees(AskCertificates),
            Say.That("有CE和FCC").Sees(AskTaxRegistration),
            Say.That("只办了德国的VAT").Sees(AskSmallBatches),
            Say.That("起订量五百台").Sees(AskLeadTime),
            Say.That("差不多一个月能交").Sees(AskStaffZh).Never(AskLanguage)),

        // 难点：大路货（和别人一样，没有选项词）；只在国内平台卖过（点名）。
        Zh("readiness-umbrellas-common-goods",
            Say.That("做雨伞的贸易公司，想看看出海准备得怎么样").Sees(ReadinessStart),
            Say.That("都是大路货，谁家都有").Sees(AskQualityCheck).Never(NotUnderstood),
            Say.That("工厂发货前抽检").Sees(AskCertificates),
            Say.That("没有").Sees(AskTaxRegistration),
            Say.That("没有").Sees(AskSmallBatches),
            Say.That("现货的话多少都能发").Sees(AskLeadTime),
            Say.That("现货两天发走").Sees(AskStaffZh),
            Say.That("三个人").Sees(AskLanguage),
            Say.That("都只会英语").Sees(AskReadinessBudget),
            Say.That("三千左右").Sees(AskCashCycle),
            Say.That("两个月").Sees(AskOnlineExperience),
            Say.That("只在京东和抖音上卖过").Sees(AskData).Never(NotUnderstood)),

        // 难点：外观专利（自主设计的另一说法）；交期说成“做一批要二十天”。
        Zh("readiness-kettles-design-patent",
            Say.That("我们做电水壶，想让你帮忙看看出海的准备度").Sees(ReadinessStart),
            Say.That("外观有我们自己的专利").Sees(AskQualityCheck).Never(NotUnderstood),
            Say.That("每台通电测试").Sees(AskCertificates),
            Say.That("有CB报告").Sees(AskTaxRegistration),
            Say.That("都没有").Sees(AskSmallBatches),
            Say.That("不行，量太小不做").Sees(AskLeadTime),
            Say.That("做一批要二十天").Sees(AskStaffZh).Never(AskLanguage)),

        // 难点：跟同行差不多，只是多送个配件（有一些差异）。
        Zh("readiness-fishing-gear-extra-part",
            Say.That("做渔具的，想评估下跨境准备").Sees(ReadinessStart),
            Say.That("跟同行的货差不多，我们多送一个配件").Sees(AskQualityCheck).Never(NotUnderstood),
            Say.That("抽检").Sees(AskCertificates)),

        // 难点：小单随时能接（能，没有选项词）；交期一周，之后仍要问人数。
        Zh("readiness-handmade-soap-small-orders",
            Say.That("我们是做手工皂的小工作室，想看看能不能做跨境").Sees(ReadinessStart),
            Say.That("配方是自己研究的").Sees(AskQualityCheck),
            Say.That("每批都测酸碱度").Sees(AskCertificates),
            Say.That("还没有").Sees(AskTaxRegistration),
            Say.That("也没有").Sees(AskSmallBatches),
            Say.That("几十块的散单随时能接").Sees(AskLeadTime).Never(NotUnderstood),
            Say.That("一周左右能做好").Sees(AskStaffZh).Never(AskLanguage)),

        // ---- 平台，中文 ----

        // 难点：用举例说产品（“杯子碗这些”）；开场给了个人买家和市场。
        Zh("platform-kitchenware-examples-uk",
            Say.That("潮州做陶瓷餐具的，碗碟杯子这些，想卖给英国的个人买家").Sees(AskBudget).Never(AskModel, AskMarkets, AskCategory),
            Say.That("一个月三千").Sees(AskExperience),
            Say.That("没做过跨境").Sees(AskBrand),
            Say.That("没有品牌").Sees(PlatformResult, "英国")),

        // 难点：预算前有“很少”；只在国内平台卖过（点名，没有选项词）。
        Zh("platform-hairpins-small-budget-domestic",
            Say.That("我卖手工发簪，想卖给美国的个人消费者，用哪个平台").Sees(AskBudget).Never(AskModel, AskMarkets, AskCategory),
            Say.That("预算很少，一个月几百块").Sees(AskExperience).Never(AskBrand),
            Say.That("只在小红书和淘宝上卖过").Sees(AskBrandZh).Never(NotUnderstood),
            Say.That("还没有").Sees(PlatformResult, "美国")),

        // 难点：预算后面跟“顶天了”。
        Zh("platform-led-strips-budget-cap",
            Say.That("做LED灯带的工厂，想找中东的批发商").Sees(AskBudget + "|" + AskMarkets).Never(AskModel, AskCategory),
            Say.That("每月一万块顶天了").Sees(AskExperience).Never(AskBrand),
            Say.That("阿里国际站做了一年").Sees(AskBrand),
            Say.That("有自己的牌子，国内注册的").Sees(PlatformResult)),

        // ---- 物流，中文 ----

        // 难点：货值后面带“左右吧”；跟踪在自己的话里（知道到了没有）。
        Zh("logistics-silk-pajamas-sydney",
            Say.That("杭州卖真丝睡衣的，悉尼一个客人订了两套，怎么寄").Sees(AskWeight).Never(AskDestination),
            Say.That("一公斤左右").Sees(AskDimensions),
            Say.That("30*25*8").Sees(AskValue),
            Say.That("两套加起来一千二左右吧").Sees(AskUrgency).Never(AskTracking),
            Say.That("不赶时间").Sees(AskTracking),
            Say.That("知道什么时候到了就行").Sees(AskReturns).Never(NotUnderstood),
            Say.That("可以退").Sees(AskGoods),
            Say.That("没有").Sees(LogisticsResult, "澳大利亚|澳洲")),

        // 难点：货值说成“值个五百多”；跟踪说成“大概到哪了能查就行”。
        Zh("logistics-calligraphy-brushes-seoul",
            Say.That("湖州做毛笔的，首尔一个书法老师要了一批，怎么发").Sees(AskWeight).Never(AskDestination),
            Say.That("三公斤").Sees(AskDimensions),
            Say.That("40*30*15厘米").Sees(AskValue),
            Say.That("这批毛笔值个五百多").Sees(AskUrgency).Never(AskTracking),
            Say.That("一周内到最好").Sees(AskTracking),
            Say.That("大概到哪了能查就行").Sees(AskReturns).Never(NotUnderstood),
            Say.That("不退").Sees(AskGoods),
            Say.That("就是毛笔").Sees(LogisticsResult, "韩国")),

        // 难点：货值用美金说，后面带“整批”。
        Zh("logistics-garden-tools-toronto",
            Say.That("园艺工具要发给多伦多的客户，一箱25公斤").Sees(AskDimensions).Never(AskWeight, AskDestination),
            Say.That("60*40*40").Sees(AskValue),
            Say.That("整批七百美金").Sees(AskUrgency).Never(AskTracking),
            Say.That("便宜就行").Sees(AskTracking),
            Say.That("要").Sees(AskReturns)),

        // ---- 解决问题，中文 ----

        // 难点：在步骤上报一个比例（这一步做了，给下一步）。
        Zh("issue-shopee-leaking-bottles-rate-at-step",
            Say.That("Shopee马来西亚站的买家说我们的喷雾瓶漏液，差评越来越多").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("是的，就是这个问题").Sees(FirstStep),
            Say.That("查了一下，大约百分之五的单子有漏液").Sees(SecondOrDone).Never(NotUnderstood)),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("guides-dev18-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("guides-dev18-zh-" + name, "zh-CN", turns);
}
