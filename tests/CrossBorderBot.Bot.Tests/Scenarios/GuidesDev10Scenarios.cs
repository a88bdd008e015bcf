using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The twenty-fourth pass's dev set for the guides, written before that pass changed any guide and measured once as it
/// stood. It is built from the KINDS of misses found in the twenty-second part (dev material this pass; the kinds and
/// their counts are in the pass's notes) and the lead's findings, each tried in new situations — other goods, markets,
/// problems and own wording, never the twenty-second, twenty-first or twentieth part's phrases (<see cref="GuidesDev10ScenarioTests"/>
/// checks that): choice and number answers in own words (experience only offline, a rough amount, a speed by a date, staff
/// as "me and a helper", a weight in 两/斤); buyers named by their trade; a question about preventing the problem at a
/// playbook step; the proposed playbook accepted and the steps gone on with in own words; the result asked for early; a
/// message about another question (or a correction) at a yes/no or speed question; someone else's time limit at a step;
/// "back to the questions" after a side question; a budget given with a doubt; "普通" at the parcel-size question. Half in
/// Chinese. Dev material: its misses are looked at and tuned on — so it says how far a kind was fixed, not how the bot
/// does on unseen wording.
/// </summary>
public static class GuidesDev10Scenarios
{
    private const string Roadmap = "(?i)roadmap|step|priorit|fix|improv|路线图|步骤|优先|首先|改进|提升";
    private const string Assumed = "(?i)I'll assume|我先按";
    private const string ConfirmPlaybook = "Is this your problem\\?|这是您遇到的问题吗";
    private const string FirstStep = "(?i)Step 1 of|第 1 步";
    private const string SecondOrDone = "(?i)Step 2 of|第 2 步|Well done|every step|所有步骤都完成";
    private const string PreventionShown = "To keep it from happening again|如何避免再次发生";
    private const string StepHasNoDuration = "(?i)no set duration|没有固定的时长";
    private const string TrackingNo = "(?i)Tracking needed: No|需要跟踪: 否";
    private const string TrackingYes = "(?i)Tracking needed: Yes|需要跟踪: 是";
    private const string EconomyNoted = "(?i)Noted: Economy|已记下：经济";
    private const string NoBatteryNoted = "(?i)Batteries / liquids: Neither|电池 / 液体: 都没有";
    private const string AnyPlatformQuestion = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;

    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        // Kinds: buyers named by their trade (G9); experience only at trade fairs, said in own words (G1).
        En("platform-panel-lights-contractors-trade-fairs-only",
            Say.That("we make LED panel lights and sell them to electrical contractors in poland, which platform suits us?").Sees(AnyPlatformQuestion).Never(AskModel, AskMarkets),
            Say.That("roughly 2000 dollars monthly").Sees(AskExperience),
            Say.That("just trade fairs so far, never sold anything on the internet").Sees(AskBrand).Never(NotUnderstood),
            Say.That("no brand of our own").Sees(PlatformResult, "Poland")),

        // Kinds: "back to the questions" after a side question is no answer (G10).
        En("platform-yoga-mats-side-question-then-back",
            Say.That("which marketplace is best for selling yoga mats to consumers in australia?").Sees(AskBudget),
            Say.That("800 usd a month").Sees(AskExperience),
            Say.That("a couple of years on ebay").Sees(AskBrand),
            Say.That("does australia charge GST on low value imports?").Sees(Answered, AskBrand),
            Say.That("alright, let's get back to your questions").Sees(AskBrand).Never(PlatformResult, NotUnderstood),
            Say.That("yes, the trademark is registered").Sees(PlatformResult, "Australia")),

        // Kinds: experience said as never online at the experience question (G1).
        En("platform-garden-tools-offline-distributors-only",
            Say.That("we want to sell garden tools to homeowners in germany, which platform?").Sees(AskBudget),
            Say.That("around 1200 euros per month").Sees(AskExperience),
            Say.That("we only worked through offline distributors, zero online sales").Sees(AskBrand).Never(NotUnderstood),
            Say.That("no").Sees(PlatformResult, "Germany")),

        // Kinds: a budget given with a doubt is no "don't know" (lead's finding); staff as "me and a helper" (G1).
        En("readiness-candles-budget-with-doubt-staff-in-words",
            Say.That("can you check our readiness for selling abroad? we make scented candles").Sees(AskDifferentiation),
            Say.That("all our own scents and designs").Sees(AskQualityCheck),
            Say.That("we test a sample from every batch").Sees(AskCertificates),
            Say.That("none yet").Sees(AskTaxRegistration),
            Say.That("no").Sees(AskSmallBatches),
            Say.That("yes, small runs are easy for us").Sees(AskLeadTime),
            Say.That("about two weeks").Sees(AskStaff),
            Say.That("my partner and me").Sees(AskLanguage).Never(NotUnderstood, Retried),
            Say.That("yes we write english").Sees(AskReadinessBudget),
            Say.That("hard to say on budget, probably 8k rmb a month").Sees(AskCashCycle).Never(Assumed, NotUnderstood)),

        // Kinds: the result asked for early in own words (G6); what to fix first then (G6).
        En("readiness-bike-lights-stop-early-verdict",
            Say.That("readiness check please, we produce bike lights").Sees(AskDifferentiation),
            Say.That("similar to most others").Sees(AskQualityCheck),
            Say.That("every unit is tested before packing").Sees(AskCertificates),
            Say.That("CE only").Sees(AskTaxRegistration),
            Say.That("no").Sees(AskSmallBatches),
            Say.That("that'll do for today, give me your verdict").Sees(ReadinessResult).Never(NotUnderstood, AskSmallBatches),
            Say.That("and which thing do we tackle first?").Sees(Roadmap).Never(NotUnderstood)),

        // Kinds: the result asked for early at a number question (G6).
        En("readiness-socks-stop-at-lead-time",
            Say.That("check how ready we are for cross-border, we knit socks").Sees(AskDifferentiation),
            Say.That("a few patterns are ours, most are common").Sees(AskQualityCheck),
            Say.That("we check by hand").Sees(AskCertificates),
            Say.That("OEKO-TEX for all").Sees(AskTaxRegistration),
            Say.That("no").Sees(AskSmallBatches),
            Say.That("yes").Sees(AskLeadTime),
            Say.That("ok let's wrap it up here, what's your assessment?").Sees(ReadinessResult).Never(Retried, NotUnderstood)),

        // Kinds: a speed by a date or an event at the speed question (G1).
        En("logistics-lanterns-before-festival",
            Say.That("shipping 2 kg of paper lanterns to a shop in vancouver").Never(AskWeight, AskDestination),
            Say.That("40x30x20").Sees(AskValue),
            Say.That("120 usd").Sees(AskUrgency),
            Say.That("it has to be there before their lantern festival, so pretty quick").Sees(AskTracking).Never(NotUnderstood),
            Say.That("yes").Sees(AskReturns)),

        // Kinds: a speed by a date at the speed question (G1); a speed word at the tracking question is no tracking answer (G7).
        En("logistics-mugs-by-date-then-no-rush-at-tracking",
            Say.That("need to send 3 kg of ceramic mugs to a customer in dublin").Never(AskWeight, AskDestination),
            Say.That("35x30x25").Sees(AskValue),
            Say.That("80 euros").Sees(AskUrgency),
            Say.That("should arrive by the 10th of next month").Sees(AskTracking).Never(NotUnderstood),
            Say.That("no rush on our end, honestly").Sees(AskTracking).Never(TrackingNo)),

        // Kinds: a correction of the destination at the speed question fills no speed (G7).
        En("logistics-vases-destination-changed-at-speed",
            Say.That("sending a 4 kg glass vase to a buyer in lyon").Never(AskWeight, AskDestination),
            Say.That("40x40x35").Sees(AskValue),
            Say.That("200 usd").Sees(AskUrgency),
            Say.That("sorry, my mistake, the buyer actually lives in milan").Sees("Italy|(?i)changed", AskUrgency).Never(EconomyNoted)),

        // Kinds: the proposed playbook accepted in own words (G4); the steps gone on with in own words (G5); prevention at a step (G3).
        En("fix-etsy-candles-ip-complaint-accept-prevent",
            Say.That("etsy removed our candle listings after a trademark complaint from another brand").Sees(BestMatch + "|" + AskIssueMarket).Never(AskProblem),
            Say.That("sure, let's work through that one").Sees(FirstStep + "|" + AskIssueMarket).Never(NotUnderstood),
            Say.That("alright, carry on to the next part").Sees(SecondOrDone).Never(NotUnderstood),
            Say.That("how can we stop a complaint like this from coming up next season?").Sees(PreventionShown)),

        // Kinds: prevention at a step in own words (G3).
        En("fix-amazon-us-late-shipment-suspension-prevent",
            Say.That("amazon us suspended our store because our late shipment rate was too high").Sees(BestMatch + "|" + AskIssueMarket).Never(AskProblem),
            Say.That("yes").Sees(FirstStep + "|" + AskIssueMarket),
            Say.That("what could we do so it doesn't come back a second time?").Sees(PreventionShown)),

        // Kinds: someone else's time limit at a step (G8).
        En("fix-india-customs-hold-days-kept",
            Say.That("our parcel to india is stuck at customs, they want an import licence from the buyer").Sees(BestMatch + "|" + AskIssueMarket).Never(AskProblem),
            Say.That("yes").Sees(FirstStep + "|" + AskIssueMarket),
            Say.That("how many days will the carrier keep it for us?").Sees(Answered).Never(StepHasNoDuration)),

        // Kinds: a place said of past selling is no market (G11).
        En("platform-ceramic-planters-japan-amazon-uk-past",
            Say.That("which platform would suit us for selling ceramic planters to people in japan?").Sees(AskBudget),
            Say.That("1000 usd a month").Sees(AskExperience),
            Say.That("about a year selling on amazon UK").Sees(AskBrand),
            Say.That("no").Sees(PlatformResult, "Japan").Never("(?i)Target markets: United Kingdom")),

        // 难点：按行业说的买家（G9）；经验说成只参加过展会（G1）。
        Zh("platform-tiles-decoration-companies-fairs-only",
            Say.That("我们做瓷砖，想卖给泰国的装修队和建材店，选哪个平台").Sees(AnyPlatformQuestion).Never(AskModel, AskMarkets),
            Say.That("每月八千块").Sees(AskExperience),
            Say.That("只参加过几次展会，网上一单没做过").Sees(AskBrand).Never(NotUnderstood),
            Say.That("没有").Sees(PlatformResult, "泰国")),

        // 难点：经验说成“完全是零”（G1）；口语化的约数预算（G2）。
        Zh("platform-hair-clips-budget-rough-zero-experience",
            Say.That("想把发夹卖给美国的年轻女生，哪个平台合适").Sees(AskBudget),
            Say.That("一个月千把块钱").Sees(AskExperience).Never(Retried),
            Say.That("跨境这块完全是零").Sees(AskBrand).Never(NotUnderstood),
            Say.That("没有品牌").Sees(PlatformResult, "美国")),

        // 难点：按行业说的买家（G9）；预算说成“两三万”（G2）。
        Zh("platform-brake-pads-garages-budget-range",
            Say.That("刹车片卖给墨西哥的汽修店，用哪个平台").Sees(AnyPlatformQuestion).Never(AskModel),
            Say.That("一个月两三万人民币吧").Sees(AskExperience).Never(Retried),
            Say.That("阿里国际站做了三年").Sees(AskBrand),
            Say.That("有商标").Sees(PlatformResult, "墨西哥")),

        // 难点：插问之后回答税务问题“一个都没弄”（G1）；提前要结果（G6）。
        Zh("readiness-tea-sets-vat-after-question-stop-early",
            Say.That("帮我们评估一下出海准备度，我们做茶具").Sees(AskDifferentiation),
            Say.That("大部分是自己设计的").Sees(AskQualityCheck),
            Say.That("每件出厂前都看一遍").Sees(AskCertificates),
            Say.That("没有认证").Sees(AskTaxRegistration),
            Say.That("IOSS具体是干嘛用的").Sees(Answered, AskTaxRegistration),
            Say.That("哦，那我们一个都没弄").Sees(AskSmallBatches).Never(NotUnderstood),
            Say.That("可以").Sees(AskLeadTime),
            Say.That("今天先到这儿，就按目前答的给个结论吧").Sees(ReadinessResult).Never(NotUnderstood, Retried),
            Say.That("最先该补哪一块").Sees(Roadmap).Never(NotUnderstood)),

        // 难点：预算带着犹豫给出（负责人发现）；人数说成“我和一个兼职”（G1）。
        Zh("readiness-phone-cases-budget-hesitant-staff-words",
            Say.That("想测一下做跨境的准备度，我们卖手机壳").Sees(AskDifferentiation),
            Say.That("和同行的差不多").Sees(AskQualityCheck),
            Say.That("抽检").Sees(AskCertificates),
            Say.That("不需要认证吧，不清楚").Sees(AskTaxRegistration),
            Say.That("没注册").Sees(AskSmallBatches),
            Say.That("能").Sees(AskLeadTime),
            Say.That("十天左右").Sees(AskStaff),
            Say.That("我加一个兼职的").Sees(AskLanguage).Never(NotUnderstood, Retried),
            Say.That("会英语").Sees(AskReadinessBudget),
            Say.That("这个说不准，大概每月五千上下").Sees(AskCashCycle).Never(Assumed, NotUnderstood)),

        // 难点：重量用“两”（G1）；日期说时效（G1）。
        Zh("logistics-tea-samples-liang-by-date",
            Say.That("寄几包茶叶样品到新加坡").Sees(AskWeight).Never(AskDestination),
            Say.That("八两上下").Sees(AskDimensions).Never(Retried),
            Say.That("20*15*10").Sees(AskValue),
            Say.That("三百块").Sees(AskUrgency),
            Say.That("这个月25号之前得送到").Sees(AskTracking).Never(NotUnderstood)),

        // 难点：在跟踪问题上说时效（G7）。
        Zh("logistics-rugs-speed-said-at-tracking",
            Say.That("最便宜的方式寄一块6公斤的地毯到悉尼").Never(AskWeight, AskDestination),
            Say.That("80*30*30").Sees(AskValue),
            Say.That("九百块").Sees(AskTracking + "|" + AskUrgency),
            Say.That("不赶时间的").Never(TrackingNo),
            Say.That("半个月内到就好").Never(TrackingYes)),

        // 难点：在时效问题上改目的地，不算时效（G7）。
        Zh("logistics-bags-city-changed-at-speed",
            Say.That("寄一个3公斤的包到首尔").Never(AskWeight, AskDestination),
            Say.That("40*30*15").Sees(AskValue),
            Say.That("五百块").Sees(AskUrgency),
            Say.That("抱歉，客户说收货地址改到大阪了").Sees("日本|修改", AskUrgency).Never(EconomyNoted)),

        // 难点：尺寸问题上说“普通”，不是电池回答（负责人发现）。
        Zh("logistics-cushions-size-ordinary-carton",
            Say.That("寄2公斤靠垫到洛杉矶").Never(AskWeight, AskDestination),
            Say.That("就是普通纸箱，尺寸没量").Never(NoBatteryNoted)),

        // 难点：用自己的话接受推荐的方案（G4）；步骤里用自己的话继续（G5）。
        Zh("fix-aliexpress-watches-fake-claim-accept-go-on",
            Say.That("速卖通说我们的手表是仿品，把链接全下架了").Sees(BestMatch + "|" + AskIssueMarket).Never(AskProblem),
            Say.That("行，就照这个办").Sees(FirstStep + "|" + AskIssueMarket).Never(NotUnderstood),
            Say.That("申诉一般要准备什么材料").Sees(Answered),
            Say.That("好，接着往下走").Sees(SecondOrDone).Never(NotUnderstood)),

        // 难点：步骤里问怎么防止再发生（G3）。
        Zh("fix-shopee-store-frozen-slow-shipping-prevent",
            Say.That("Shopee把我们的店铺冻结了，说发货太慢").Sees(BestMatch + "|" + AskIssueMarket).Never(AskProblem),
            Say.That("是的").Sees(FirstStep + "|" + AskIssueMarket),
            Say.That("下次要怎么做才不会再出这种事").Sees(PreventionShown)),

        // 难点：步骤里问别人的期限（G8）。
        Zh("fix-mexico-customs-rfc-days",
            Say.That("寄墨西哥的包裹被海关扣了，要收件人的RFC税号").Sees(BestMatch + "|" + AskIssueMarket).Never(AskProblem),
            Say.That("对").Sees(FirstStep + "|" + AskIssueMarket),
            Say.That("海关会给几天时间补资料？").Sees(Answered).Never(StepHasNoDuration)),

        // 难点：步骤里用自己的话继续，并换成中文（G5）；预防（G3）。
        Zh("fix-ebay-de-listing-removed-continue-prevent",
            Say.That("eBay德国站把我们的蓝牙耳机下架了，说缺少CE声明").Sees(BestMatch + "|" + AskIssueMarket).Never(AskProblem),
            Say.That("是这个").Sees(FirstStep + "|" + AskIssueMarket),
            Say.That("这步弄好了，往下说吧").Sees(SecondOrDone).Never(NotUnderstood),
            Say.That("以后上新品怎么提前防着这种事").Sees(PreventionShown)),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("guides-dev10-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("guides-dev10-zh-" + name, "zh-CN", turns);
}
