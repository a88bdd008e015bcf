using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The twenty-sixth pass's "other wording" set for what a message is FOR ("understand" half), written before any change
/// of that pass from the KINDS the twenty-fourth part's failing turns were sorted into (/work notes, kinds26), never from
/// its phrases: each conversation is a short way to the place where the kind happens and then one message of that kind in
/// words of its own, in another guide, market, product or playbook. Kinds: W1 a what-if or another option named after a
/// result (another market, several markets, weight or count, channel kind, speed, a brand, a platform named); W2 a side
/// question inside a guide that is not about the step or the pending question (how long or what a named thing costs,
/// whether the carrier matters, prevention in other words), answered and the guide kept; W3 an opening routed to the
/// guide it asks for with what it gives (goods a buyer abroad wants, "how far are we from selling abroad", trouble told
/// as buyers' complaints or a platform's demand); W4 the ones-off: thanks at a step, the result asked for early, the plan
/// recalled in own words, the store or market corrected at a step; W5 the lead's findings in other words (a question at the
/// problem prompt, "ok carry on" after a side question, a unit weight times a count). Real knowledge base. Measured in
/// <see cref="UnderstandDev26Tests"/>; the pass tunes on it.
/// </summary>
public static class TwentySixthUnderstandDevScenarios
{
    private const string Farewell = "(?i)welcome|glad|pleasure|any ?time|bye|good luck|take care|不客气|再见|随时|很高兴|祝";
    private const string FirstStep = "(?i)Step 1 of|第 1 步";
    private const string StepHasNoDuration = "(?i)has no set duration|没有固定的时长";
    private const string PartialResult = "Readiness: |准备度：|(?i)so far|answered|partial|目前|已回答|已填|部分";
    private const string Prevention = "(?i)prevent|again|avoid|next time|future|避免|预防|再次|以后";
    private const string WhyAnswer = "(?i)ranked first|comes first|fit score|because|ruled out|exclud|not suit|limit|cheaper|slower|faster|排在第一|排第一|匹配度|因为|排除|不适合|不支持|限制|更便宜|更快|更慢";
    private const string CompareAnswer = "(?i)cheaper|more expensive|costs? more|costs? less|differen|saves?|higher|lower|than|更便宜|更贵|便宜|贵|差价|相差|省|区别|不同";
    private const string Changed = "(?i)changed|updated|noted|修改|改为|改成|更新|已记下";
    private const string AnyLogisticsQuestion = AskWeight + "|" + AskDimensions + "|" + AskValue + "|" + AskDestination + "|" + AskUrgency + "|" + AskTracking + "|" + AskReturns + "|" + AskGoods;
    private const string AnyPlatformQuestion = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;
    private const string Problem = BestMatch + "|" + AskIssueMarket;
    private const string PlatformAllInOneEn = "help me pick a marketplace: b2c, wooden toys, canada, 4000 cny a month, some experience, no brand";
    private const string PlatformAllInOneZh = "选平台：B2C，卖竹制餐具，加拿大，每月六千元，有一些经验，没品牌";
    private const string LogisticsAllInOneEn = "ship 2 kg of linen napkins to sydney, value 80 usd, 30x20x10 cm, standard, tracked, no returns, no batteries";
    private const string LogisticsAllInOneZh = "寄3公斤的陶瓷杯到悉尼，货值400元，35x25x20厘米，标准，要跟踪，不退货，没有电池";

    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        // W1 — a what-if or another option named after a result.
        En("another-market-as-well-after-platform-result",
            Say.That(PlatformAllInOneEn).Sees(PlatformResult),
            Say.That("and for mexico too?").Sees(PlatformResult, "Mexico").Never(AnyPlatformQuestion)),
        Zh("another-country-store-after-platform-result",
            Say.That(PlatformAllInOneZh).Sees(PlatformResult),
            Say.That("那澳洲站呢").Sees(PlatformResult, "澳大利亚|澳洲").Never(AnyPlatformQuestion)),
        Zh("two-markets-together-after-platform-result",
            Say.That(PlatformAllInOneZh).Sees(PlatformResult),
            Say.That("如果美国加拿大一起做呢").Sees(PlatformResult, "美国").Never(AnyPlatformQuestion)),
        En("a-brand-first-after-platform-result",
            Say.That(PlatformAllInOneEn).Sees(PlatformResult),
            Say.That("suppose we got a trademark registered first, would the list change?").Sees(PlatformResult + "|" + CompareAnswer).Never(AskBrand, "Brand Registry")),
        Zh("a-brand-first-after-platform-result-zh",
            Say.That(PlatformAllInOneZh).Sees(PlatformResult),
            Say.That("要是我们先把商标注册下来会怎么样").Sees(PlatformResult + "|" + CompareAnswer).Never(AskBrand, "品牌注册")),
        En("a-platform-named-after-platform-result",
            Say.That(PlatformAllInOneEn).Sees(PlatformResult),
            Say.That("how about shein for us?").Sees(WhyAnswer + "|" + PlatformResult).Never(NotUnderstood)),
        Zh("channel-kind-what-if-after-logistics-result",
            Say.That(LogisticsAllInOneZh).Sees(LogisticsResult),
            Say.That("要是改成走国际快递得贵多少").Sees(LogisticsResult + "|" + CompareAnswer).Never(AskWeight, "加拿大|新加坡")),
        En("count-and-weight-what-if-after-logistics-result",
            Say.That(LogisticsAllInOneEn).Sees(LogisticsResult),
            Say.That("what if it was 3 of those parcels, around 6 kg altogether").Sees(LogisticsResult + "|" + CompareAnswer).Never(AskWeight)),
        En("speed-what-if-after-logistics-result",
            Say.That(LogisticsAllInOneEn).Sees(LogisticsResult),
            Say.That("and if the customer needed it inside 4 days?").Sees(LogisticsResult + "|" + CompareAnswer).Never(AskWeight, AskUrgency)),
        Zh("weight-what-if-after-logistics-result-zh",
            Say.That(LogisticsAllInOneZh).Sees(LogisticsResult),
            Say.That("要是五个杯子一起寄，差不多六公斤呢").Sees(LogisticsResult + "|" + CompareAnswer).Never(AskWeight)),

        // W2 — a side question inside a guide: answered, the guide kept.
        En("registration-time-and-cost-at-a-step",
            Say.That("amazon.fr blocked our listings, they say our EPR number for packaging is missing").Sees(Problem),
            Say.That("yes that's it").Sees(FirstStep + "|" + BestMatch),
            Say.That("how long does the packaging registration in france take, and is there a fee?").Sees(Answered).Never(StepHasNoDuration, NotUnderstood)),
        Zh("where-to-get-a-paper-and-how-long-at-a-step",
            Say.That("寄到多哈的包裹显示签收了，可是买家说根本没收到").Sees(Problem),
            Say.That("对").Sees(FirstStep + "|" + BestMatch),
            Say.That("派送记录要找谁要？一般几天能拿到？").Sees(Answered).Never(StepHasNoDuration, NotUnderstood)),
        En("does-the-carrier-matter-at-a-step",
            Say.That("a parcel to a buyer in lyon has shown no tracking update for 18 days").Sees(Problem),
            Say.That("yes").Sees(FirstStep + "|" + BestMatch),
            Say.That("would it make a difference that it went by china post rather than a courier?").Sees(Answered).Never(AnyLogisticsQuestion, NotUnderstood)),
        Zh("does-the-channel-matter-at-a-step",
            Say.That("寄到米兰的包裹二十天没有物流更新了").Sees(Problem),
            Say.That("是的").Sees(FirstStep + "|" + BestMatch),
            Say.That("跟走的是邮政小包有关系吗？换专线会不会好点").Sees(Answered).Never(AnyLogisticsQuestion, NotUnderstood)),
        En("prevention-named-with-a-new-market-at-a-step",
            Say.That("amazon.it removed our listings because the WEEE registration number is missing").Sees(Problem),
            Say.That("yes").Sees(FirstStep + "|" + BestMatch),
            Say.That("how can we keep this from happening when we open in the netherlands").Sees(Prevention).Never(NotUnderstood)),
        Zh("prevention-of-a-customs-hold-at-a-step",
            Say.That("发到泰国的一批货被海关扣了，说我们申报价值太低").Sees(Problem),
            Say.That("对").Sees(FirstStep + "|" + BestMatch),
            Say.That("往后报关金额怎么写才不会再被查").Sees(Prevention).Never(NotUnderstood)),
        Zh("prevention-of-missing-certificates-at-a-step",
            Say.That("亚马逊日本站说我们的充电器缺PSE证书，链接被下架了").Sees(Problem),
            Say.That("是的").Sees(FirstStep + "|" + BestMatch),
            Say.That("今后上架新款之前得先备好哪些证书").Sees(Prevention).Never(NotUnderstood)),

        // W3 — an opening routed to the guide it asks for, with what it gives.
        Zh("a-buyer-in-a-city-wants-boxes-of-goods",
            Say.That("之前只在拼多多卖零食，现在墨尔本有个客户要三盒饼干").Sees(AnyLogisticsQuestion).Never(AnyPlatformQuestion, AskDestination)),
        Zh("a-customer-in-a-city-wants-pieces",
            Say.That("平时只做抖音小店，温哥华有位老顾客想要四件羊毛衫").Sees(AnyLogisticsQuestion).Never(AnyPlatformQuestion, AskDestination)),
        En("how-close-to-selling-abroad",
            Say.That("we knit wool hats in hebei, how close are we to being able to sell abroad online?").Sees(ReadinessStart).Never(NotUnderstood)),
        Zh("how-far-from-cross-border",
            Say.That("我们是做竹制餐具的工厂，离能做跨境电商还差多远").Sees(ReadinessStart).Never(NotUnderstood)),
        En("buyers-complain-the-goods-look-different-and-dispute",
            Say.That("buyers on my own website say the cushion covers look nothing like the pictures and some opened disputes with their bank").Sees(Problem).Never(AnyLogisticsQuestion)),
        Zh("a-platform-asks-for-a-missing-certificate",
            Say.That("速卖通西班牙站通知我们的儿童雨衣缺CE证书，要求一周内上传").Sees(Problem).Never(AnyLogisticsQuestion)),
        En("a-platform-wants-a-certificate-within-days",
            Say.That("walmart says our baby bibs need a children's product certificate uploaded within 5 days or they come down").Sees(Problem).Never(AnyLogisticsQuestion)),

        // W4 — the ones-off: thanks at a step, the result early, the plan recalled, the store corrected at a step.
        En("thanks-at-a-step",
            Say.That("a parcel to a buyer in vienna has shown no tracking update for 3 weeks").Sees(Problem),
            Say.That("yes").Sees(FirstStep + "|" + BestMatch),
            Say.That("cheers, that helped loads!!").Sees(Farewell).Never(NotUnderstood)),
        Zh("thanks-at-a-step-zh",
            Say.That("寄到马德里的包裹三个星期没有物流更新了").Sees(Problem),
            Say.That("对").Sees(FirstStep + "|" + BestMatch),
            Say.That("太感谢了，帮了大忙").Sees(Farewell).Never(NotUnderstood)),
        En("score-asked-early-in-readiness",
            Say.That("can you check how ready we are for cross-border selling").Sees(AnyReadinessQuestion),
            Say.That("1").Sees(AnyReadinessQuestion), Say.That("1").Sees(AnyReadinessQuestion), Say.That("1").Sees(AnyReadinessQuestion),
            Say.That("let's stop there and rate what you've got").Sees(PartialResult).Never(NotUnderstood)),
        Zh("score-asked-early-in-readiness-zh",
            Say.That("帮我们测一下出海准备度").Sees(AnyReadinessQuestion),
            Say.That("1").Sees(AnyReadinessQuestion), Say.That("1").Sees(AnyReadinessQuestion), Say.That("1").Sees(AnyReadinessQuestion),
            Say.That("不答了，就按现在的打个分").Sees(PartialResult).Never(NotUnderstood)),
        Zh("platform-plan-recalled-after-goodbye",
            Say.That(PlatformAllInOneZh).Sees(PlatformResult),
            Say.That("好的，谢谢").Sees(Farewell),
            Say.That("我回来了，上次你帮我挑的那些平台再给我看看").SeesOnce("平台计划：")),
        En("platform-plan-recalled-in-own-words",
            Say.That(PlatformAllInOneEn).Sees(PlatformResult),
            Say.That("could you pull up that marketplace list you gave me again").SeesOnce("Platform plan: ")),
        Zh("store-corrected-at-a-step",
            Say.That("TikTok Shop法国站好多差评，说我们的台灯不亮").Sees(Problem),
            Say.That("对").Sees(FirstStep + "|" + BestMatch),
            Say.That("不对，是德国站不是法国站").Sees(Changed + "|德国|" + FirstStep).Never(NotUnderstood, "第 2 步")),
        En("market-corrected-at-a-step",
            Say.That("lots of bad reviews on our amazon US store saying the kettles leak").Sees(Problem),
            Say.That("yes").Sees(FirstStep + "|" + BestMatch),
            Say.That("sorry, I meant the canada store, not the US one").Sees(Changed + "|Canada|" + FirstStep).Never(NotUnderstood, "Step 2 of")),

        // W5 — the lead's findings, in other words.
        Zh("a-duration-question-at-the-problem-prompt",
            Say.That("我遇到一个问题，想处理一下").Sees(AskProblem),
            Say.That("一般要多长时间才能解决好？").Sees(Answered).Never(BestMatch)),
        En("carry-on-after-a-side-question",
            Say.That("ship 2 kg of wool socks to france").Sees(AskDimensions),
            Say.That("does france charge vat on small parcels?").Sees(Answered),
            Say.That("ok carry on").Sees(AskDimensions).Never(NotUnderstood)),
        Zh("carry-on-after-a-side-question-zh",
            Say.That("寄2公斤的袜子到法国").Sees(AskDimensions),
            Say.That("法国小包裹要交增值税吗？").Sees(Answered),
            Say.That("好，接着来").Sees(AskDimensions).Never(NotUnderstood)),
        Zh("unit-weight-times-count",
            Say.That("寄一箱马克杯到法国，每个250克，一箱40个").Sees("10 ?(kg|公斤)")),
        En("unit-weight-times-count-en",
            Say.That("ship a carton of candles to germany, each one 400 g, 25 in the carton").Sees("10 ?(kg|公斤)")),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("dev26u-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("dev26u-zh-" + name, "zh-CN", turns);
}
