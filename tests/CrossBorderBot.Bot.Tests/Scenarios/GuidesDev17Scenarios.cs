using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The thirty-first session's dev set for the guides, written before that pass changed any guide and measured once as it
/// stood. It is built from the KINDS of prompt answers the twenty-ninth part (dev material this pass) holds, each tried in
/// new situations and own wording, never the twenty-ninth, twenty-eighth, twenty-seventh or the last dev set's phrases
/// (<see cref="GuidesDev17ScenarioTests"/> checks that): the team and its languages given in the opening, an own recipe
/// or own moulds, a look at each piece or a few per batch, an outside inspector by name, test reports for part of the
/// range, "not sure which" certificates, neither registration, a minimum order as no, a lead time with its reason, a
/// helper or a relative as the team, a translation tool or one speaker of another language, a budget cap, an earlier
/// answer corrected in passing (certificates, staff, weight, value, budget), a language switch with an answer; business
/// buyers in own words, own-site or domestic-only experience, making for other labels as no brand, a brand registered
/// at home only, "not sure, spend little"; weight with its packing, pounds, a value the buyer paid in a local currency,
/// the cheapest with a deadline, a deadline for the speed, basic tracking, a wholesale order kept as no returns, goods
/// named with their battery or by what they are made of. Half in Chinese. Dev material: its misses are looked at and
/// tuned on.
/// </summary>
public static class GuidesDev17Scenarios
{
    private const string AskCashCycle = "finance stock in transit|在途和海外仓库存垫资";
    private const string Changed = "(?i)changed|updated|noted|修改|改为|改成|更新|已记下";
    private const string AskTaxRegistrationZh = "IOSS 和 EPR";
    private const string AskTaxRegistrationEn = "IOSS and EPR";
    private const string AskSmallBatchesZh = "小批量和定制化产品";
    private const string AskSmallBatchesEn = "small batches and customised";
    private const string AskLeadTimeZh = "下生产订单到货物可发运";
    private const string AskLeadTimeEn = "placing a production order";
    private const string AskStaffZh = "有多少人负责跨境电商";
    private const string AskBrandZh = "自己的品牌吗";
    private const string AskBrandEn = "your own brand\\?";
    private const string PartialResult = ReadinessResult + "|(?i)so far|answered|partial|目前|已回答|已填|部分";

    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        // ---- readiness, English ----

        // Kinds: the team (one person) and its languages in the opening, never asked again; an own blend; a test of one
        // piece per batch; no certificates; a lead time with its reason; a budget and months.
        En("readiness-candles-solo-languages-in-opening",
            Say.That("is my little candle business ready to sell in europe? it's only me, and i write english and some german").Sees(ReadinessStart),
            Say.That("every scent is a blend i mixed myself").Sees(AskQualityCheck).Never(NotUnderstood),
            Say.That("i test burn one candle from every pour").Sees(AskCertificates).Never(NotUnderstood),
            Say.That("haven't got any certificates").Sees(AskTaxRegistration),
            Say.That("nothing registered so far").Sees(AskSmallBatches),
            Say.That("yes, i only make small runs anyway").Sees(AskLeadTime),
            Say.That("three weeks because the wax has to cure").Sees(AskReadinessBudget).Never(AskStaff, AskLanguage),
            Say.That("about 2000 rmb").Sees(AskCashCycle),
            Say.That("a couple of months").Sees(AskOnlineExperience).Never(Retried)),

        // Kinds: own designs; an outside inspector by name; test reports for part of the range; neither registration; a
        // minimum order as no; the staff answer corrected in passing while the language question waits.
        En("readiness-office-chairs-staff-corrected",
            Say.That("office chair factory, want to see if we're ready for cross-border e-commerce").Sees(ReadinessStart),
            Say.That("the mechanisms are mostly our own design").Sees(AskQualityCheck),
            Say.That("bureau veritas checks every shipment before it leaves").Sees(AskCertificates).Never(NotUnderstood),
            Say.That("REACH test reports for part of the range").Sees(AskTaxRegistration).Never(NotUnderstood),
            Say.That("no VAT and no EPR").Sees(AskSmallBatches).Never(NotUnderstood),
            Say.That("not really, we need at least 300 units per order").Sees(AskLeadTime).Never(NotUnderstood),
            Say.That("around 40 days").Sees(AskStaff),
            Say.That("just one person in sales deals with it").Sees(AskLanguage).Never(Retried),
            Say.That("wait, make that three people, two interns joined last week").Sees(AskLanguage + "|" + Changed).Never(NotUnderstood),
            Say.That("all of them manage in english").Sees(AskReadinessBudget).Never(NotUnderstood)),

        // Kinds: same as other shops; a few pieces pulled per batch; not sure which certificates; a question about IOSS
        // that says none; stock orders; a colleague; a translation tool; a budget cap.
        En("readiness-kitchen-utensils-unsure",
            Say.That("we trade kitchen utensils out of ningbo, the manager wants to know if we can sell abroad online").Sees(ReadinessStart),
            Say.That("nothing special, the same as the other shops").Sees(AskQualityCheck),
            Say.That("we pull a few pieces out of each batch").Sees(AskCertificates).Never(NotUnderstood),
            Say.That("not sure which ones we'd need").Sees(AskTaxRegistration).Never(NotUnderstood),
            Say.That("what is IOSS even for? we never did it").Sees(AskSmallBatches + "|" + Answered),
            Say.That("mixed orders from our stock are fine").Sees(AskLeadTime).Never(NotUnderstood),
            Say.That("items in stock leave within a week").Sees(AskStaff).Never(NotUnderstood),
            Say.That("me plus another colleague").Sees(AskLanguage).Never(Retried),
            Say.That("we rely on google translate").Sees(AskReadinessBudget).Never(NotUnderstood),
            Say.That("4000 rmb a month at most").Sees(AskCashCycle)),

        // Kinds: small improvements; an inspection per lot; a language switch with an answer (the next questions in
        // Chinese); short Chinese answers; one speaker of another language.
        En("readiness-bike-parts-switch-chinese",
            Say.That("bicycle parts trader in tianjin, how ready are we to sell cross-border").Sees(ReadinessStart),
            Say.That("minor upgrades to the finish and the packaging").Sees(AskQualityCheck),
            Say.That("each lot gets an AQL inspection").Sees(AskCertificates),
            Say.That("我改用中文回答，部分产品有CE").Sees(AskTaxRegistrationZh),
            Say.That("都没办过").Sees(AskSmallBatchesZh),
            Say.That("小订单也做").Sees(AskLeadTimeZh),
            Say.That("大概三周出货").Sees(AskStaffZh),
            Say.That("两个人专职").Sees(AskLanguage),
            Say.That("其中一个会俄语").Sees(AskReadinessBudget).Never(NotUnderstood)),

        // Kinds: own sketches; a check while packing; none and unsure any is needed; made to order; part-timers; English
        // so-so; domestic shops only; a dashboard looked at; a trademark at home only.
        En("readiness-phone-stands-long",
            Say.That("we sell phone stands on pinduoduo, want a readiness check before going overseas").Sees(ReadinessStart),
            Say.That("we sketch our own designs").Sees(AskQualityCheck),
            Say.That("we check each stand while we pack it").Sees(AskCertificates).Never(NotUnderstood),
            Say.That("don't have any, not sure stands need them").Sees(AskTaxRegistration).Never(NotUnderstood),
            Say.That("no, nothing like that registered").Sees(AskSmallBatches),
            Say.That("yes, we make to order").Sees(AskLeadTime),
            Say.That("3 days, everything is made to order").Sees(AskStaff),
            Say.That("4 of us, part-time").Sees(AskLanguage).Never(Retried),
            Say.That("our english is so-so").Sees(AskReadinessBudget).Never(NotUnderstood),
            Say.That("3k rmb").Sees(AskCashCycle),
            Say.That("under a month, to be honest").Sees(AskOnlineExperience).Never(Retried),
            Say.That("pinduoduo and xianyu, only in china").Sees(AskData).Never(NotUnderstood),
            Say.That("we check the store dashboard weekly").Sees(AskTrademark).Never(NotUnderstood),
            Say.That("trademark only registered at home").Sees(AskIpCheck + "|" + PartialResult)),

        // Kinds: own moulds for some; ten tested per batch; none; neither; the certificates answer corrected in passing
        // while the lead-time question waits.
        En("readiness-toys-certificates-corrected",
            Say.That("toy workshop in chenghai, evaluate if we're ready to export online").Sees(ReadinessStart),
            Say.That("a few toys come from our own molds").Sees(AskQualityCheck),
            Say.That("we test ten pieces per batch").Sees(AskCertificates),
            Say.That("no certificates right now").Sees(AskTaxRegistration),
            Say.That("neither of them").Sees(AskSmallBatches),
            Say.That("small batches work for us").Sees(AskLeadTime),
            Say.That("actually i was wrong on certificates, the plush line has EN71").Sees(AskLeadTime + "|" + Changed).Never(NotUnderstood),
            Say.That("about 2 weeks").Sees(AskStaff)),

        // ---- platform, English ----

        // Kinds: business buyers in own words; two markets; trade shows only as no online experience; making for other
        // labels as no brand.
        En("platform-hinges-b2b-chile-peru",
            Say.That("we make door hinges and locks, want an online channel to reach buyers abroad").Sees(AskModel + "|" + AskMarkets).Never(AskCategory),
            Say.That("hardware stores and contractors, not consumers").Sees(AskMarkets).Never(NotUnderstood),
            Say.That("chile and peru").Sees(AskBudget),
            Say.That("around 15k rmb monthly").Sees(AskExperience),
            Say.That("only trade shows so far, no online sales").Sees(AskBrand).Never(NotUnderstood),
            Say.That("we make for other labels, no brand of our own").Sees(PlatformResult, "Chile|Peru")),

        // Kinds: a region for the markets; the budget corrected at a later prompt (the pending question kept); a little
        // marketplace experience; no brand yet.
        En("platform-camping-gear-budget-corrected",
            Say.That("three of us sell camping gear, b2c, where should we sell in southeast asia").Sees(AskBudget).Never(AskModel, AskCategory),
            Say.That("20k rmb a month").Sees(AskExperience),
            Say.That("sorry, i meant 2k rmb, not 20k").Sees(AskExperience + "|" + Changed).Never(AskBudget),
            Say.That("a little, some months on shopee").Sees(AskBrand),
            Say.That("no brand yet").Sees(PlatformResult)),

        // Kinds: consumers, category and two markets in the first message; a budget cap; own-site experience only; a
        // trademark registered abroad.
        En("platform-earrings-own-shop-us-uk",
            Say.That("i sell handmade earrings to shoppers through my own shopify; which marketplace should i add for the us and uk?").Sees(AskBudget).Never(AskCategory, AskMarkets, AskModel),
            Say.That("maybe 200 dollars a month at most").Sees(AskExperience),
            Say.That("two years on my own web shop, nothing besides").Sees(AskBrand).Never(NotUnderstood),
            Say.That("yes, our trademark is registered in the us").Sees(PlatformResult, "United States|USA|United Kingdom|UK")),

        // Kinds: ordinary owners as consumers; a language switch with an answer (the next question in Chinese); domestic
        // experience only; a trademark at home only.
        En("platform-cat-trees-japan-switch-chinese",
            Say.That("we sell cat trees on tmall, want to try japan. which platform?").Sees(AskModel).Never(AskCategory, AskMarkets),
            Say.That("ordinary cat owners").Sees(AskBudget),
            Say.That("about 6000 rmb per month").Sees(AskExperience),
            Say.That("换中文吧，我们只在天猫卖过").Sees(AskBrandZh),
            Say.That("商标只注册了国内的").Sees(PlatformResult, "日本")),

        // ---- logistics, English ----

        // Kinds: cartons and their total weight; the cheapest with a deadline; basic tracking; a wholesale order kept;
        // goods by what they are made of.
        En("logistics-figurines-vienna-cheapest-deadline",
            Say.That("porcelain figurines for a gift shop in vienna, 4 cartons 48 kg in total").Sees(AskDimensions).Never(AskWeight, AskDestination),
            Say.That("every carton 50x40x30").Sees(AskValue),
            Say.That("goods worth 1800 usd").Sees(AskUrgency),
            Say.That("whatever is cheapest, but it has to arrive before mid december").Sees(AskTracking).Never(NotUnderstood),
            Say.That("only basic tracking updates").Sees(AskReturns),
            Say.That("it's a wholesale order, the shop keeps everything").Sees(AskGoods).Never(NotUnderstood),
            Say.That("just porcelain, no electronics").Sees(LogisticsResult, "Austria")),

        // Kinds: pounds; a value the buyer paid in Canadian dollars; the weight corrected at a later prompt (the pending
        // question kept); yarn as no battery or liquid.
        En("logistics-crochet-vancouver-weight-corrected",
            Say.That("i sell crochet toys on etsy, got an order from vancouver, how do i ship it?").Sees(AskWeight).Never(AskDestination),
            Say.That("about 2 pounds").Sees(AskDimensions),
            Say.That("it fits in a 28x22x10 box").Sees(AskValue),
            Say.That("the buyer paid 70 canadian dollars").Sees(AskUrgency),
            Say.That("normal speed is fine, no hurry").Sees(AskTracking),
            Say.That("oh wait, with the packaging it's 1.2 kg").Sees(Changed + "|1.2", AskTracking).Never(AskWeight),
            Say.That("yes, tracking please").Sees(AskReturns),
            Say.That("returns are ok").Sees(AskGoods),
            Say.That("no, only yarn").Sees(LogisticsResult, "Canada")),

        // Kinds: product, cartons, weight and city in one message; a deadline for the speed; a shop order as no returns;
        // a built-in battery.
        En("logistics-speakers-riyadh-deadline-battery",
            Say.That("electronics trader, shipping portable speakers to a store in riyadh, 2 cartons totalling 30 kg").Sees(AskDimensions).Never(AskWeight, AskDestination),
            Say.That("cartons are 55*40*35 each").Sees(AskValue),
            Say.That("about 1900 usd worth").Sees(AskUrgency),
            Say.That("they need them in the store within a week").Sees(AskTracking).Never(NotUnderstood),
            Say.That("yes we need tracking").Sees(AskReturns),
            Say.That("b2b order, they won't send anything back").Sees(AskGoods).Never(NotUnderstood),
            Say.That("every speaker has a built-in lithium battery").Sees(LogisticsResult, "Saudi")),

        // ---- 准备度，中文 ----

        // 难点：开场给了人数和语言，不再问；自己调的香味；每批试烧；说明原因的交期。
        Zh("readiness-aroma-candles-couple-in-opening",
            Say.That("我们做香薰蜡烛，就我和我老公两个人，英语还行，想看看能不能做跨境").Sees(ReadinessStart),
            Say.That("香味都是自己调的").Sees(AskQualityCheck).Never(NotUnderstood),
            Say.That("每批都试烧").Sees(AskCertificates).Never(NotUnderstood),
            Say.That("还没有任何认证").Sees(AskTaxRegistration),
            Say.That("都没有").Sees(AskSmallBatches),
            Say.That("都是小批量做的").Sees(AskLeadTime),
            Say.That("两周左右，要等蜡凝固").Sees(AskReadinessBudget).Never(AskStaff, AskLanguage),
            Say.That("两千块左右").Sees(AskCashCycle),
            Say.That("三个月没问题").Sees(AskOnlineExperience).Never(Retried)),

        // 难点：第三方抽检；出口美国的几款有报告；两个都没弄；起订量高；外贸部人数；英语都可以；半年能扛。
        Zh("readiness-backpacks-factory",
            Say.That("做户外背包的工厂，想评估一下有没有条件做跨境电商").Sees(ReadinessStart),
            Say.That("有几款是我们自己开发的").Sees(AskQualityCheck),
            Say.That("出货前第三方抽检").Sees(AskCertificates),
            Say.That("出口美国的几款有检测报告").Sees(AskTaxRegistration).Never(NotUnderstood),
            Say.That("两个都没弄").Sees(AskSmallBatches).Never(NotUnderstood),
            Say.That("起订要三百个，小单不太好做").Sees(AskLeadTime).Never(NotUnderstood),
            Say.That("差不多一个月吧").Sees(AskStaff),
            Say.That("外贸这边三个人").Sees(AskLanguage).Never(Retried),
            Say.That("英语都可以").Sees(AskReadinessBudget).Never(NotUnderstood),
            Say.That("每月两万左右").Sees(AskCashCycle),
            Say.That("半年都能扛").Sees(AskOnlineExperience).Never(Retried)),

        // 难点：跟别家差不多；偶尔开箱看；不清楚要什么认证；现货小单；现货几天发；同事；翻译软件；“顶多”。
        Zh("readiness-stationery-pdd-unsure",
            Say.That("我们在拼多多卖文具，想知道能不能出海").Sees(ReadinessStart),
            Say.That("跟别家差不多，就是包装好看点").Sees(AskQualityCheck),
            Say.That("有时候开几箱看看").Sees(AskCertificates).Never(NotUnderstood),
            Say.That("要什么认证都不清楚").Sees(AskTaxRegistration).Never(NotUnderstood),
            Say.That("没弄过").Sees(AskSmallBatches),
            Say.That("有现货，小单可以").Sees(AskLeadTime).Never(NotUnderstood),
            Say.That("现货三天内发").Sees(AskStaff).Never(NotUnderstood),
            Say.That("我跟一个同事").Sees(AskLanguage).Never(Retried),
            Say.That("用翻译软件回").Sees(AskReadinessBudget).Never(NotUnderstood),
            Say.That("三四千").Sees(AskCashCycle),
            Say.That("顶多两个月").Sees(AskOnlineExperience).Never(Retried),
            Say.That("只在拼多多和闲鱼卖过").Sees(AskData).Never(NotUnderstood)),

        // 难点：自己开模；每批抽测；在交期问题上改口认证（等待的问题不变）。
        Zh("readiness-pet-fountains-certificates-corrected",
            Say.That("我们在淘宝卖宠物饮水机，想出海，帮我评估一下").Sees(ReadinessStart),
            Say.That("饮水机是自己开模的").Sees(AskQualityCheck),
            Say.That("每批抽几台测").Sees(AskCertificates),
            Say.That("目前没有认证").Sees(AskTaxRegistration),
            Say.That("这个也没办").Sees(AskSmallBatches),
            Say.That("可以做小批量").Sees(AskLeadTime),
            Say.That("刚才认证答错了，饮水机有FCC").Sees(AskLeadTime + "|" + Changed).Never(NotUnderstood),
            Say.That("二十天出货").Sees(AskStaff),
            Say.That("四个人").Sees(AskLanguage)),

        // 难点：公模；全检；换英文并作答（后面的问题用英文）；英文短答。
        Zh("readiness-lamps-switch-english",
            Say.That("我们做灯具，想看看出海准备够不够").Sees(ReadinessStart),
            Say.That("基本都是公模").Sees(AskQualityCheck),
            Say.That("每批全检").Sees(AskCertificates),
            Say.That("let me answer in english: only our ceiling lights have CE").Sees(AskTaxRegistrationEn),
            Say.That("nothing registered yet").Sees(AskSmallBatchesEn),
            Say.That("yes, small orders are ok").Sees(AskLeadTimeEn),
            Say.That("roughly 20 days").Sees(AskStaff)),

        // 难点：自己画的图案；自己检查；IOSS 的问题（答后再问）；“那就是没有”；一件起做；姐妹俩。
        Zh("readiness-hair-clips-sisters",
            Say.That("在淘宝卖手工发夹，想知道适不适合做跨境").Sees(ReadinessStart),
            Say.That("图案都是我们自己画的").Sees(AskQualityCheck),
            Say.That("寄之前自己检查一遍").Sees(AskCertificates).Never(NotUnderstood),
            Say.That("没有认证").Sees(AskTaxRegistration),
            Say.That("IOSS是什么？").Sees(Answered, AskTaxRegistration),
            Say.That("那就是没有").Sees(AskSmallBatches).Never(NotUnderstood),
            Say.That("可以，一件也能做").Sees(AskLeadTime),
            Say.That("三五天能做好").Sees(AskStaff),
            Say.That("就我和我姐两个").Sees(AskLanguage).Never(Retried),
            Say.That("英语不太会").Sees(AskReadinessBudget).Never(NotUnderstood),
            Say.That("每个月两千").Sees(AskCashCycle)),

        // ---- 平台，中文 ----

        // 难点：找海外批发商（B2B）；两个市场；只做过1688；贴牌是没有品牌。
        Zh("platform-hand-tools-wholesale-australia-nz",
            Say.That("做五金工具的工厂，平时在1688卖，想找国外的批发商，用哪个平台").Sees(AskMarkets).Never(AskModel, AskCategory),
            Say.That("澳大利亚和新西兰").Sees(AskBudget),
            Say.That("每月一万五左右").Sees(AskExperience),
            Say.That("海外没做过，只做1688").Sees(AskBrand).Never(NotUnderstood),
            Say.That("没有自己的牌子，都是贴牌").Sees(PlatformResult, "澳大利亚|新西兰")),

        // 难点：一般家庭是个人买家；先试一国；预算没想好；传统外贸是没有线上经验；还没有品牌。
        Zh("platform-storage-boxes-mexico-unsure",
            Say.That("我们做收纳用品的，想卖到国外，推荐个平台").Sees(AskModel + "|" + AskMarkets).Never(AskCategory),
            Say.That("卖给一般家庭用户").Sees(AskMarkets).Never(NotUnderstood),
            Say.That("先试试墨西哥").Sees(AskBudget),
            Say.That("预算还没想好，少投一点先").Sees(AskExperience).Never(NotUnderstood),
            Say.That("之前都是做传统外贸，没在网上卖过").Sees(AskBrand).Never(NotUnderstood),
            Say.That("还没有自己的品牌").Sees(PlatformResult, "墨西哥")),

        // 难点：开场给了个人买家和市场；速卖通经验；有品牌但目标市场没注册。
        Zh("platform-speakers-brazil-consumers",
            Say.That("做蓝牙音箱的，想卖给巴西的个人消费者").Sees(AskBudget).Never(AskModel, AskMarkets, AskCategory),
            Say.That("每月八千块").Sees(AskExperience),
            Say.That("在速卖通做了两年").Sees(AskBrand),
            Say.That("有品牌，但巴西没注册").Sees(PlatformResult, "巴西")),

        // 难点：C端两国；换英文并作答（后面的问题用英文）；只做过国内。
        Zh("platform-yoga-mats-france-netherlands-switch-english",
            Say.That("抖音小店卖瑜伽垫，想做法国和荷兰的C端").Sees(AskBudget).Never(AskModel, AskMarkets, AskCategory),
            Say.That("一个月五千").Sees(AskExperience),
            Say.That("switch to english please. only douyin, nothing abroad").Sees(AskBrandEn),
            Say.That("no, no brand").Sees(PlatformResult, "France|Netherlands")),

        // ---- 物流，中文 ----

        // 难点：箱数后给总重；便宜就行；在后面的问题上改口货值（等待的问题不变）；有轨迹就行；批发不退；纽扣电池。
        Zh("logistics-hair-accessories-kuala-lumpur-value-corrected",
            Say.That("义乌卖发饰的，吉隆坡一个店要货，3箱").Sees(AskWeight).Never(AskDestination),
            Say.That("三箱加起来二十公斤").Sees(AskDimensions),
            Say.That("每箱45x35x30").Sees(AskValue),
            Say.That("货值三千块人民币").Sees(AskUrgency),
            Say.That("便宜的就行").Sees(AskTracking),
            Say.That("不好意思货值说错了，是四千五").Sees(Changed + "|4500|4,500|4 500", AskTracking).Never(AskValue),
            Say.That("能查到大概位置就可以").Sees(AskReturns).Never(NotUnderstood),
            Say.That("批发出去的不退").Sees(AskGoods),
            Say.That("有些发夹带小灯，里面有纽扣电池").Sees(LogisticsResult, "马来西亚")),

        // 难点：克数；日元；正常速度；贵重要能查；二手不退；没电池。
        Zh("logistics-camera-lens-osaka",
            Say.That("我在闲鱼卖二手相机镜头，大阪的买家要一个，怎么寄").Sees(AskWeight).Never(AskDestination),
            Say.That("八百克左右").Sees(AskDimensions),
            Say.That("盒子 20*15*15").Sees(AskValue),
            Say.That("他付了三万日元").Sees(AskUrgency),
            Say.That("正常速度就行").Sees(AskTracking),
            Say.That("要，贵重东西得能查").Sees(AskReturns).Never(NotUnderstood),
            Say.That("二手的不退").Sees(AskGoods),
            Say.That("镜头而已，没电池").Sees(LogisticsResult, "日本")),

        // 难点：箱数、城市、总重一句话；海运不急；到港通知就行；买断不退；陶瓷不带电。
        Zh("logistics-flower-pots-melbourne-sea",
            Say.That("做陶瓷花盆的工厂，20箱要发到墨尔本的客户，总共四百公斤").Sees(AskDimensions).Never(AskWeight, AskDestination),
            Say.That("每箱60*45*40").Sees(AskValue),
            Say.That("报关金额5000美元").Sees(AskUrgency),
            Say.That("海运就行，不急").Sees(AskTracking),
            Say.That("到港通知我就行").Sees(AskReturns).Never(NotUnderstood),
            Say.That("客户买断的，不存在退货").Sees(AskGoods).Never(NotUnderstood),
            Say.That("就是陶瓷，没带电的").Sees(LogisticsResult, "澳大利亚|澳洲")),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("guides-dev17-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("guides-dev17-zh-" + name, "zh-CN", turns);
}
