using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The second held-out batch, written before the second pass changed any behaviour, in wording invented for it (not
/// the issue's examples, not the first batches' phrasing). It covers a problem report or a new task inside a guide (in
/// Chinese too) that stacks on the guide and lets it resume, slot filling in the readiness and fix-an-issue guides,
/// several products or destinations in one request, and natural answers at prompts. Never tuned on: the behaviour is
/// tuned on <see cref="MoreScenarios"/> and <see cref="SecondDevScenarios"/>. 6 in English, 9 in Chinese. Before the
/// second pass 1 of the 15 passed. Some failures were looked at while debugging (the transcripts of the English
/// readiness, English two-products and Chinese unknown-market scenarios), so those three are less than blind; the two
/// still failing were deliberately not fixed from their own wording. In the third pass both gaps were known by their
/// names (so those two are looked at too): the Chinese platform one passes since place groups written as one word and
/// plain negations at a question were read in general form (measured with CBB_RUN_GAPS=1, then unskipped); the
/// English logistics one still fails.
/// </summary>
public static class SecondHeldOutScenarios
{
    private const string AskTaxRegistration = "VAT/GST, IOSS and EPR|增值税/GST、IOSS 和 EPR";
    private const string AskSmallBatches = "small batches and customised|小批量和定制化";
    private const string AskLeadTime = "How many days does it take|需要多少天";
    private const string AskLanguage = "in the target market's language|语言回复买家";
    private const string AskMonthlyBudget = "What monthly budget|每月能为跨境电商投入多少预算";
    private const string AskCashCycle = "How many months could you finance|垫资多少个月";
    private const string AskOnlineExperience = "What online selling experience|有哪些线上销售经验";
    private const string AskTrademark = "registered trademark|是否有注册商标";
    private const string AskReturnsPlan = "tracking and returns for buyers abroad|处理物流追踪和退货";
    private const string Assumed = "(?i)I'll assume|我先按";

    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        En("readiness-first-message-and-natural-answers-fill-the-questionnaire",
            Say.That("are we ready to export online? we already hold CE and FCC certificates, sell on amazon, and 4 people handle it")
                .Sees("(?i)noted", AskDifferentiation).Never(AskCertificates, AskStaff),
            Say.That("we design our own products").Sees(AskQualityCheck),
            Say.That("we do AQL sampling before every shipment").Sees(AskTaxRegistration).Never(AskCertificates),
            Say.That("not really").Sees(AskSmallBatches),
            Say.That("yes we can").Sees(AskLeadTime),
            Say.That("about 25 days").Sees(AskLanguage).Never(AskStaff),
            Say.That("english only").Sees(AskMonthlyBudget),
            Say.That("no idea").Sees(Assumed, AskCashCycle),
            Say.That("about two months").Sees(AskData).Never(AskOnlineExperience),
            Say.That("sometimes").Sees(AskTrademark),
            Say.That("only registered in china").Sees(AskIpCheck),
            Say.That("yes").Sees(AskChannelChoice),
            Say.That("one forwarder does everything for us").Sees(AskReturnsPlan),
            Say.That("no plan yet").Sees(ReadinessResult).Never(AskStaff, AskOnlineExperience, AskCertificates)),
        En("fix-issue-description-gives-the-market-too",
            Say.That("I need to sort out a problem").Sees(AskProblem),
            Say.That("a customer in France says the power bank we sold overheated and she wants her money back")
                .Sees(BestMatch, "(?i)France").Never(AskIssueMarket, AskProblem)),
        En("platform-two-products-are-both-kept",
            Say.That("help me find a marketplace, we make yoga mats and camping gear plus some kitchen knives").Sees(AskModel, "(?i)kitchen"),
            Say.That("b2c").Sees(AskMarkets),
            Say.That("germany").Sees(AskBudget),
            Say.That("500 dollars monthly").Sees(AskExperience),
            Say.That("we're beginners").Sees(AskBrand),
            Say.That("no brand yet").Sees(PlatformResult, "(?i)kitchen"),
            Say.That("what about the kitchen knives instead?").Sees(PlatformResult, "(?i)kitchen")),
        En("problem-report-with-a-question-mark-inside-logistics-then-the-guide-resumes",
            Say.That("help me pick a shipping option").Sees(AskWeight),
            Say.That("1.5 kg").Sees(AskDimensions),
            Say.That("btw amazon just suspended our seller account, what do we do?").Sees(BestMatch).Never(AskProblem, AskDimensions),
            Say.That("cancel").Sees(AskDimensions).Never(AskWeight, Menu)),
        En("new-task-inside-the-platform-guide-then-the-guide-resumes",
            Say.That("help me choose a platform").Sees(AskModel),
            Say.That("b2b").Sees(AskMarkets),
            Say.That("hold on, first I'd like to know if my company is even ready to export").Sees("(?i)how ready").Never(AskMarkets),
            Say.That("cancel").Sees(AskMarkets).Never(AskModel, Menu)),
        En("logistics-natural-answers-at-every-prompt",
            Say.That("I've got parcels to send overseas").Sees(AskWeight),
            Say.That("roughly 750 grams").Sees(AskDimensions),
            Say.That("30 x 20 x 10 cm").Sees(AskValue),
            Say.That("about 25 euros").Sees(AskDestination),
            Say.That("Netherlands").Sees(AskUrgency),
            Say.That("no rush").Sees(AskTracking),
            Say.That("definitely").Sees(AskReturns),
            Say.That("not needed").Sees(AskGoods),
            Say.That("just clothes, nothing special").Sees(LogisticsResult, "Netherlands")),

        Zh("readiness-first-message-and-natural-answers-fill-the-questionnaire",
            Say.That("帮我们做个出海准备度评估，目前有两个人专职做跨境，每个月能投三万块，交期一般20天左右")
                .Sees("已记下", AskDifferentiation).Never(AskStaff),
            Say.That("自己设计的").Sees(AskQualityCheck),
            Say.That("偶尔抽查一下").Sees(AskCertificates),
            Say.That("部分有").Sees(AskTaxRegistration),
            Say.That("不清楚").Sees(Assumed, AskSmallBatches),
            Say.That("可以").Sees(AskLanguage).Never(AskLeadTime, AskStaff),
            Say.That("只会英语").Sees(AskCashCycle).Never(AskMonthlyBudget),
            Say.That("三到六个月").Sees(AskOnlineExperience),
            Say.That("只做过淘宝").Sees(AskData),
            Say.That("偶尔").Sees(AskTrademark),
            Say.That("没有").Sees(AskIpCheck),
            Say.That("否").Sees(AskChannelChoice),
            Say.That("还没考虑").Sees(AskReturnsPlan),
            Say.That("还没有方案").Sees(ReadinessResult).Never(AskStaff, AskMonthlyBudget, AskLeadTime)),
        Zh("fix-issue-unknown-market-uses-the-default-and-says-so",
            Say.That("遇到麻烦了，想处理一下").Sees(AskProblem),
            Say.That("我们的商品链接被平台删了").Sees(AskIssueMarket),
            Say.That("不确定是哪个国家").Sees(Assumed, BestMatch).Never(NotUnderstood)),
        Zh("platform-two-products-are-both-kept",
            Say.That("想找个合适的平台卖我们的毛绒玩具和童装").Sees(AskModel, "服装"),
            Say.That("卖给个人").Sees(AskMarkets),
            Say.That("东南亚").Sees(AskBudget),
            Say.That("一个月一万人民币左右").Sees(AskExperience),
            Say.That("做过一年shopee").Sees(AskBrand),
            Say.That("有品牌").Sees(PlatformResult, "服装"),
            Say.That("换成服装呢").Sees(PlatformResult, "服装")),
        Zh("logistics-three-destinations-are-all-kept",
            Say.That("寄1公斤衣服到日本、韩国和新加坡").Sees(AskDimensions, "韩国", "新加坡"),
            Say.That("跳过").Sees(AskValue),
            Say.That("50美元").Sees(AskUrgency),
            Say.That("标准").Sees(AskTracking),
            Say.That("要").Sees(AskReturns),
            Say.That("不要").Sees(AskGoods),
            Say.That("没有").Sees(LogisticsResult, "韩国", "新加坡"),
            Say.That("换成新加坡").Sees(LogisticsResult, "新加坡")),
        Zh("problem-report-inside-logistics-then-the-guide-resumes",
            Say.That("帮我选物流").Sees(AskWeight),
            Say.That("3公斤").Sees(AskDimensions),
            Say.That("另外有个包裹在英国清关被扣了，要我补税").Sees(BestMatch).Never(AskProblem, AskDimensions),
            Say.That("取消").Sees(AskDimensions).Never(AskWeight, Menu)),
        Zh("new-task-inside-the-platform-guide-then-the-guide-resumes",
            Say.That("帮我挑个平台").Sees(AskModel),
            Say.That("卖给企业").Sees(AskMarkets),
            Say.That("先不说这个了，我有一批货要发到澳洲，帮我看看怎么发").Sees(AskWeight).Never(AskMarkets),
            Say.That("取消").Sees(AskMarkets).Never(AskModel, Menu)),
        Zh("task-request-at-the-another-question-prompt",
            Say.That("你好").Sees(Menu),
            Say.That("亚马逊FBA是什么").Sees(Answered),
            Say.That("我想评估一下我们公司能不能做出口电商").Sees("准备度").Never(NotUnderstood)),
        Zh("problem-report-inside-the-platform-guide",
            Say.That("帮我挑个平台").Sees(AskModel),
            Say.That("我们店铺的商品被投诉侵权了，咋整").Sees(BestMatch).Never(AskModel, AskProblem)),
        Zh("platform-natural-answers-at-every-prompt",
            Say.That("我想在海外开店卖东西，选哪个平台好").Sees(AskModel),
            Say.That("主要做零售").Sees(AskMarkets),
            Say.That("欧美").Sees(AskCategory),
            Say.That("灯具").Sees(AskBudget),
            Say.That("每月三千美金").Sees(AskExperience),
            Say.That("完全没做过").Sees(AskBrand),
            Say.That("还没注册品牌").Sees(PlatformResult)),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("held2-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("held2-zh-" + name, "zh-CN", turns);
}
