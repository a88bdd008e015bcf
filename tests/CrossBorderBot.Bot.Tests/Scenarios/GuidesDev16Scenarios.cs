using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The thirtieth session's dev set for the guides, written before that pass changed any guide and measured once as it
/// stood. It is built from the KINDS of prompt answers the twenty-eighth part (dev material this pass) holds, each tried in
/// new situations and own wording, never the twenty-eighth, twenty-seventh or the last dev set's phrases
/// (<see cref="GuidesDev16ScenarioTests"/> checks that): who checks quality in own words, certificates held in part or by
/// name, registrations in one country only, a minimum order at the small-batches question, a lead time with a condition,
/// a part-time helper or a relative as the team, a translation tool for the languages, a budget "you decide", sales
/// experience only at home, through agents or at fairs, OEM or an unregistered brand, grams, the price paid as the value,
/// "cheap but not slow", a returns window, goods by what they are made of; and the lead's leftovers: no experience outside
/// China, a certificate "for the US ones", a licence beside "生产", a peso with a Philippine city, the lunar new year in
/// lead times, the financing months after an opening that gave the team. Half in Chinese. Dev material: its misses are
/// looked at and tuned on.
/// </summary>
public static class GuidesDev16Scenarios
{
    private const string AskCashCycle = "finance stock in transit|在途和海外仓库存垫资";
    private const string Changed = "(?i)changed|updated|noted|修改|改为|改成|更新|已记下";

    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        // ---- readiness, English ----

        // Kinds: a relative checks quality; a certificate for some items; never registered; a minimum per design as yes;
        // a lead time longer after the spring festival (leftover); a cousin at weekends as the team.
        En("readiness-plush-toys-sister-checks",
            Say.That("plush toy workshop, want to know if we're fit to sell overseas").Sees(AskDifferentiation),
            Say.That("similar to what others sell, nicer stitching").Sees(AskQualityCheck),
            Say.That("my sister looks over each toy before packing").Sees(AskCertificates).Never(NotUnderstood),
            Say.That("EN71 on a couple of the bears").Sees(AskTaxRegistration).Never(NotUnderstood),
            Say.That("never registered for any of that").Sees(AskSmallBatches).Never(NotUnderstood),
            Say.That("yes, from 30 pieces a design").Sees(AskLeadTime).Never(NotUnderstood),
            Say.That("two weeks, three if it's right after the spring festival").Sees(AskStaff).Never(NotUnderstood),
            Say.That("me plus my cousin on weekends").Sees(AskLanguage).Never(Retried)),

        // Kinds: an outside inspection; a certificate "for the American models" (leftover); VAT in one country only; a
        // high minimum order as no; a lead time per kind of order.
        En("readiness-led-strips-ul-american-models",
            Say.That("LED strip supplier, check our cross-border readiness").Sees(AskDifferentiation),
            Say.That("mostly standard strips like everyone's").Sees(AskQualityCheck),
            Say.That("an outside inspection company checks before loading").Sees(AskCertificates).Never(NotUnderstood),
            Say.That("UL for the american models").Sees(AskTaxRegistration).Never(NotUnderstood),
            Say.That("VAT registered in france, EPR not yet").Sees(AskSmallBatches).Never(NotUnderstood),
            Say.That("MOQ at our factory is 500 rolls, so not really").Sees(AskLeadTime).Never(NotUnderstood),
            Say.That("10 days for standard, 25 for custom").Sees(AskStaff).Never(NotUnderstood)),

        // Kinds: the team and its languages in the opening; a notification held as a certificate; the financing months
        // after an opening that gave the team (leftover).
        En("readiness-skincare-team-in-opening-months",
            Say.That("skincare brand, 3 of us handle online sales and we speak english and korean, how ready are we to go global").Sees(ReadinessStart),
            Say.That("our formulas are developed in house").Sees(AskQualityCheck).Never(NotUnderstood),
            Say.That("each batch goes through a lab").Sees(AskCertificates),
            Say.That("we have CPNP for the EU").Sees(AskTaxRegistration).Never(NotUnderstood),
            Say.That("nope").Sees(AskSmallBatches),
            Say.That("yes").Sees(AskLeadTime),
            Say.That("around 3 weeks").Sees(AskReadinessBudget).Never(AskStaff, AskLanguage),
            Say.That("maybe 10k rmb").Sees(AskCashCycle),
            Say.That("we could carry stock for about 4 months").Sees(AskOnlineExperience).Never(Retried, NotUnderstood)),

        // Kinds: workers look by eye; no idea which certificates; "probably neither"; only big orders as no; one part-time
        // person; a translator app for the languages.
        En("readiness-ceramics-unsure-answers",
            Say.That("ceramic tableware factory, are we in shape to export through online stores").Sees(AskDifferentiation),
            Say.That("honestly not very different").Sees(AskQualityCheck),
            Say.That("we don't test much, the kiln guys eyeball it").Sees(AskCertificates).Never(NotUnderstood),
            Say.That("no idea which apply to plates").Sees(AskTaxRegistration).Never(NotUnderstood),
            Say.That("probably neither").Sees(AskSmallBatches).Never(NotUnderstood),
            Say.That("only big orders, minimum is a pallet").Sees(AskLeadTime).Never(NotUnderstood),
            Say.That("45 days normally").Sees(AskStaff),
            Say.That("one guy, and he's part time").Sees(AskLanguage).Never(Retried),
            Say.That("he gets by with a translator app").Sees(AskReadinessBudget).Never(NotUnderstood)),

        // Kinds: custom orders from a minimum; full-timers; some of them write English; a budget in dollars; months "tops".
        En("readiness-leather-bags-own-words",
            Say.That("leather bag maker, how prepared are we to sell abroad").Sees(AskDifferentiation),
            Say.That("we design every bag ourselves").Sees(AskQualityCheck),
            Say.That("final check on each bag").Sees(AskCertificates),
            Say.That("none yet").Sees(AskTaxRegistration),
            Say.That("not registered anywhere").Sees(AskSmallBatches).Never(NotUnderstood),
            Say.That("custom orders from 20 bags").Sees(AskLeadTime).Never(NotUnderstood),
            Say.That("roughly four weeks").Sees(AskStaff),
            Say.That("four full timers").Sees(AskLanguage).Never(Retried),
            Say.That("two of them write decent english").Sees(AskReadinessBudget).Never(NotUnderstood),
            Say.That("about 1500 usd per month").Sees(AskCashCycle),
            Say.That("three months tops").Sees(AskOnlineExperience).Never(Retried)),

        // Kinds: a registration held; the quality answer corrected while the staff question waits.
        En("readiness-lamps-quality-corrected-later",
            Say.That("lamp factory in zhongshan, evaluate how ready we are for cross-border").Sees(AskDifferentiation),
            Say.That("some of our own shapes").Sees(AskQualityCheck),
            Say.That("spot checks").Sees(AskCertificates),
            Say.That("CE on most").Sees(AskTaxRegistration),
            Say.That("we got IOSS last year").Sees(AskSmallBatches).Never(NotUnderstood),
            Say.That("yes").Sees(AskLeadTime),
            Say.That("20 days").Sees(AskStaff),
            Say.That("correction on the quality part: we now inspect every lamp").Sees(AskStaff + "|" + Changed).Never(NotUnderstood)),

        // ---- platform and logistics, English ----

        // Kinds: consumers in own words; experience on one's own website; a small brand of one's own.
        En("platform-yoga-mats-canada-own-site",
            Say.That("we make yoga mats, want a marketplace for overseas sales").Sees(AskModel + "|" + AskMarkets).Never(AskCategory),
            Say.That("individual shoppers, for home use").Sees(AskMarkets).Never(NotUnderstood),
            Say.That("canada mainly").Sees(AskBudget),
            Say.That("not much, around 300 dollars monthly").Sees(AskExperience),
            Say.That("only our own website for a year").Sees(AskBrand).Never(NotUnderstood),
            Say.That("yes, a small brand of our own").Sees(PlatformResult, "Canada")),

        // Kinds: business buyers in own words; exports through agents as no online experience; OEM only as no brand.
        En("platform-valves-b2b-through-agents",
            Say.That("valve manufacturer looking for overseas buyers online, which site?").Sees(AskModel + "|" + AskMarkets),
            Say.That("we sell to distributors and contractors").Sees(AskMarkets).Never(NotUnderstood),
            Say.That("poland mainly").Sees(AskBudget),
            Say.That("roughly 12k rmb a month").Sees(AskExperience),
            Say.That("nothing online, exports went through trading agents").Sees(AskBrand).Never(NotUnderstood),
            Say.That("we only make for other brands").Sees(PlatformResult, "Poland")),

        // Kinds: only sold inside China (leftover); a brand registered at home only.
        En("platform-pet-toys-japan-only-domestic",
            Say.That("pet toy seller, which platform to sell to people in japan?").Sees(AskBudget + "|" + AskExperience),
            Say.That("4000 rmb monthly").Sees(AskExperience),
            Say.That("only ever sold inside china, on tmall").Sees(AskBrand).Never(NotUnderstood),
            Say.That("brand registered here in china, not in japan").Sees(PlatformResult, "Japan")),

        // Kinds: the budget left to the bot (a default said); a little marketplace experience; an unregistered brand name.
        En("platform-sneakers-uk-budget-you-pick",
            Say.That("sneaker workshop, want to sell to consumers in the uk, which platform").Sees(AskBudget),
            Say.That("no budget in mind, you choose").Sees(AskExperience).Never(NotUnderstood),
            Say.That("some ebay sales last year").Sees(AskBrand).Never(NotUnderstood),
            Say.That("a brand name, not registered").Sees(PlatformResult, "United Kingdom|UK")),

        // Kinds: grams with the box; the price paid as the value; cheap but not slow; a returns window; goods by material.
        En("logistics-pendant-dublin-grams-paid",
            Say.That("a buyer in dublin ordered a pendant from me, how do i post it").Sees(AskWeight).Never(AskDestination),
            Say.That("maybe 60 grams with the box").Sees(AskDimensions),
            Say.That("10 by 8 by 4").Sees(AskValue),
            Say.That("he paid 38 euros").Sees(AskUrgency),
            Say.That("cheap is fine as long as it's not months").Sees(AskTracking).Never(NotUnderstood),
            Say.That("tracking please").Sees(AskReturns),
            Say.That("30 day returns").Sees(AskGoods).Never(NotUnderstood),
            Say.That("no, it's just metal").Sees(LogisticsResult, "Ireland")),

        // Kinds: an invoice as the value; no returns on a shop order; mains power as no battery.
        En("logistics-desk-fans-lisbon-mains",
            Say.That("shipping 6 kg of desk fans to a shop in lisbon").Sees(AskDimensions).Never(AskWeight, AskDestination),
            Say.That("45x35x30").Sees(AskValue),
            Say.That("invoice says 240 usd").Sees(AskUrgency),
            Say.That("no rush, a month is fine").Sees(AskTracking),
            Say.That("basic tracking is enough").Sees(AskReturns),
            Say.That("it's a shop order, nothing gets sent back").Sees(AskGoods).Never(NotUnderstood),
            Say.That("no batteries, they run on mains power").Sees(LogisticsResult, "Portugal")),

        // Kinds: a peso with a Philippine city is the Philippine peso (leftover).
        En("logistics-cebu-pesos",
            Say.That("sending 2 kg of phone cases to a buyer in cebu").Sees(AskDimensions).Never(AskWeight, AskDestination),
            Say.That("25x20x10").Sees(AskValue),
            Say.That("around 4500 pesos").Sees(AskUrgency).Never("MXN", NotUnderstood)),

        // ---- 准备度，中文 ----

        // 难点：年前下单年后才发的交期（遗留）。
        Zh("readiness-lanterns-after-new-year",
            Say.That("我们做灯笼的，想看看能不能做跨境").Sees(AskDifferentiation),
            Say.That("都是自己设计的款").Sees(AskQualityCheck),
            Say.That("出货前过一遍").Sees(AskCertificates),
            Say.That("不需要认证吧").Sees(AskTaxRegistration),
            Say.That("没有").Sees(AskSmallBatches),
            Say.That("可以").Sees(AskLeadTime),
            Say.That("平时两周，年前下单得等年后才能发").Sees(AskStaff).Never(NotUnderstood)),

        // 难点：“生产许可证”旁边说出持有的许可（遗留）；起订量高是不能做小批量。
        Zh("readiness-mooncakes-production-licence",
            Say.That("做月饼的食品厂，评估下出海准备").Sees(AskDifferentiation),
            Say.That("配方传了三代").Sees(AskQualityCheck).Never(NotUnderstood),
            Say.That("每炉都抽检").Sees(AskCertificates),
            Say.That("SC生产许可证有，出口的还没办").Sees(AskTaxRegistration).Never(NotUnderstood),
            Say.That("没有").Sees(AskSmallBatches),
            Say.That("起订量要一千盒，小单做不了").Sees(AskLeadTime).Never(NotUnderstood),
            Say.That("二十天左右").Sees(AskStaff)),

        // 难点：家人查质量；不懂认证；母亲兼职算人数；靠翻译软件；“最多俩月”。
        Zh("readiness-bamboo-family-translation",
            Say.That("竹制品作坊，想知道出海条件够不够").Sees(AskDifferentiation),
            Say.That("跟市面上的差不多").Sees(AskQualityCheck),
            Say.That("我爸每件都看").Sees(AskCertificates).Never(NotUnderstood),
            Say.That("这个不懂").Sees(AskTaxRegistration).Never(NotUnderstood),
            Say.That("都没听说过").Sees(AskSmallBatches).Never(NotUnderstood),
            Say.That("几十件也能做").Sees(AskLeadTime).Never(NotUnderstood),
            Say.That("一个月上下").Sees(AskStaff),
            Say.That("我跟我妈，她兼职").Sees(AskLanguage).Never(Retried),
            Say.That("英语靠翻译软件").Sees(AskReadinessBudget).Never(NotUnderstood),
            Say.That("三千来块").Sees(AskCashCycle),
            Say.That("最多俩月").Sees(AskOnlineExperience).Never(Retried)),

        // 难点：开场给了人数和语言，垫资月数照常问到并收下（遗留）；一国有 VAT 没有 EPR。
        Zh("readiness-earbuds-team-in-opening-months",
            Say.That("我们做蓝牙耳机，跨境这块三个人，英语日语都会，帮忙评估下准备度").Sees(ReadinessStart),
            Say.That("有几款是自己开模的").Sees(AskQualityCheck).Never(NotUnderstood),
            Say.That("全检").Sees(AskCertificates),
            Say.That("FCC和CE都齐了").Sees(AskTaxRegistration),
            Say.That("德国VAT有，EPR还没").Sees(AskSmallBatches).Never(NotUnderstood),
            Say.That("行").Sees(AskLeadTime),
            Say.That("十五天").Sees(AskReadinessBudget).Never(AskStaff, AskLanguage),
            Say.That("两万左右").Sees(AskCashCycle),
            Say.That("能压四个月的货款").Sees(AskOnlineExperience).Never(Retried, NotUnderstood)),

        // 难点：工厂负责质检；都没有；现货为主定制慢；现货的交期；“两三个人”。
        Zh("readiness-yiwu-toys-stock-items",
            Say.That("义乌玩具批发，看看能不能做跨境电商").Sees(AskDifferentiation),
            Say.That("都是市场上的通货").Sees(AskQualityCheck),
            Say.That("质检是工厂负责，我们不管").Sees(AskCertificates).Never(NotUnderstood),
            Say.That("没弄过认证").Sees(AskTaxRegistration),
            Say.That("IOSS EPR这些一样都没有").Sees(AskSmallBatches).Never(NotUnderstood),
            Say.That("现货为主，定制很慢").Sees(AskLeadTime).Never(NotUnderstood),
            Say.That("现货两天能发").Sees(AskStaff).Never(NotUnderstood),
            Say.That("两三个人").Sees(AskLanguage).Never(Retried)),

        // 难点：在人数问题上改口交期（不被当成人数）。
        Zh("readiness-small-appliances-lead-time-corrected",
            Say.That("小家电工厂，看下出海准备度").Sees(AskDifferentiation),
            Say.That("部分有改进").Sees(AskQualityCheck),
            Say.That("第三方验货").Sees(AskCertificates),
            Say.That("主要产品有CE").Sees(AskTaxRegistration),
            Say.That("英国VAT办了").Sees(AskSmallBatches),
            Say.That("能").Sees(AskLeadTime),
            Say.That("三周").Sees(AskStaff),
            Say.That("交期刚才说错了，大部分要四十天").Sees(AskStaff + "|" + Changed).Never(NotUnderstood)),

        // ---- 平台和物流，中文 ----

        // 难点：只跑过广交会是没有线上经验；代工是没有品牌。
        Zh("platform-garden-tools-fair-oem",
            Say.That("做园林工具的厂，想在网上找海外批发客户，选什么平台").Sees(AskMarkets).Never(AskModel, AskCategory),
            Say.That("意大利").Sees(AskBudget),
            Say.That("每月八千").Sees(AskExperience),
            Say.That("只跑过广交会，线上没做过").Sees(AskBrand).Never(NotUnderstood),
            Say.That("都是给别人代工").Sees(PlatformResult, "意大利")),

        // 难点：只在国内平台卖过（遗留）；商标只在国内注册。
        Zh("platform-handbags-us-domestic-only",
            Say.That("卖女包的，想卖给美国普通消费者，用哪个平台好").Sees(AskBudget),
            Say.That("每个月六七千").Sees(AskExperience),
            Say.That("只在抖音卖过，国外没碰过").Sees(AskBrand).Never(NotUnderstood),
            Say.That("商标只在国内注册了").Sees(PlatformResult, "美国")),

        // 难点：预算交给机器人定（说出默认值）；有牌子没注册。
        Zh("platform-yoga-wear-germany-budget-unsure",
            Say.That("做瑜伽服的，想出海，推荐个平台").Sees(AskModel + "|" + AskMarkets),
            Say.That("面向个人买家").Sees(AskMarkets),
            Say.That("德国").Sees(AskBudget),
            Say.That("预算不确定，你帮我定").Sees(AskExperience).Never(NotUnderstood),
            Say.That("淘宝做了五年").Sees(AskBrand),
            Say.That("有牌子但没注册").Sees(PlatformResult, "德国")),

        // 难点：用自己的话说卖给个人；两个市场；在海外站卖过。
        Zh("platform-pet-supplies-france-belgium",
            Say.That("我们卖宠物用品，想找个海外平台").Sees(AskModel + "|" + AskMarkets),
            Say.That("直接卖给养宠物的人").Sees(AskMarkets).Never(NotUnderstood),
            Say.That("法国和比利时").Sees(AskBudget),
            Say.That("一个月两三千").Sees(AskExperience),
            Say.That("在亚马逊美国站卖过一年").Sees(AskBrand),
            Say.That("有，自己的小牌子").Sees(PlatformResult, "法国|比利时")),

        // 难点：克数；买家付的钱当货值；便宜但别太慢；退货期；按材质说货物。
        Zh("logistics-bangles-sydney-grams-paid",
            Say.That("悉尼的买家买了一对银手镯，怎么寄").Sees(AskWeight).Never(AskDestination),
            Say.That("一百克左右").Sees(AskDimensions),
            Say.That("盒子十乘十乘五").Sees(AskValue),
            Say.That("买家付了120澳元").Sees(AskUrgency),
            Say.That("便宜就行，别太慢").Sees(AskTracking).Never(NotUnderstood),
            Say.That("要有单号能查").Sees(AskReturns),
            Say.That("七天内可以退").Sees(AskGoods).Never(NotUnderstood),
            Say.That("纯银的，没电池没液体").Sees(LogisticsResult, "澳大利亚|澳洲")),

        // 难点：一句话给出品名、箱数、重量、货值；每箱尺寸；只要大概轨迹；批发不退。
        Zh("logistics-mugs-dubai-batch",
            Say.That("发一批陶瓷杯去迪拜，6箱共90公斤，货值1500美元").Sees(AskDimensions).Never(AskWeight, AskDestination, AskValue),
            Say.That("每箱50*40*35").Sees(AskUrgency),
            Say.That("不赶时间，越便宜越好").Sees(AskTracking),
            Say.That("能看到大概到哪就行").Sees(AskReturns).Never(NotUnderstood),
            Say.That("批发的不退货").Sees(AskGoods),
            Say.That("就是陶瓷，不带电").Sees(LogisticsResult, "阿联酋|迪拜")),

        // 难点：达沃的“比索”是菲律宾比索（遗留）。
        Zh("logistics-davao-pesos",
            Say.That("寄三公斤的发饰到达沃").Sees(AskDimensions).Never(AskWeight, AskDestination),
            Say.That("三十乘二十乘十五").Sees(AskValue),
            Say.That("大概七千比索").Sees(AskUrgency).Never("MXN", NotUnderstood)),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("guides-dev16-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("guides-dev16-zh-" + name, "zh-CN", turns);
}
