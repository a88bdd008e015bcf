using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The thirty-fifth pass's "other wording" set for questions about the bot's own result (issue #9, #10 point 3), written
/// before any change of that pass from the KINDS that failed in the twenty-ninth to thirty-third parts, never from their
/// phrases: each conversation is a short way to the place where the kind happens, then one message of that kind in words
/// of its own. Kinds: R the readiness score, level or progress asked halfway = the partial result; W the weakest area
/// asked halfway or after the result = the areas by score; F how to improve or what to do first, halfway or after = the
/// roadmap; P why an option ranks first after a platform or shipping result = the ranking's reasons; K real knowledge
/// questions that merely hold a result word ("improve", "score", "rating") = still the knowledge base's. Real knowledge
/// base. Measured in <see cref="ResultsDev35Tests"/>.
/// </summary>
public static class ResultsDev35Scenarios
{
    private const string PartialResult = ReadinessResult + "|(?i)so far|answered|partial|目前|已回答|已填|部分";
    private const string WeakArea = "(?i)score|area|lowest|weak|strong|得分|分数|方面|最低|短板";
    private const string Roadmap = "(?i)roadmap|step|priorit|fix|improv|路线图|步骤|优先|首先|改进|提升";
    private const string WhyFirst = "(?i)ranked first|comes first|fit score|because|ruled out|exclud|not suit|limit|cheaper|slower|faster|排在第一|排第一|匹配度|因为|排除|不适合|不支持|限制|更便宜|更快|更慢";
    private const string NoKnowledge = "(?i)don't know that yet|还不知道答案";
    private const string StartEn = "please run the export readiness check for my company";
    private const string StartZh = "帮我们做一下出海准备度评估";
    private const string ResultNowEn = "ok enough questions, show me the result";
    private const string ResultNowZh = "剩下的问题不答了，出结果吧";

    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        // R — the score, level or progress asked halfway: the partial result from the answers so far.
        En("halfway-points-right-now", Halfway(StartEn, Say.That("how many points are we on right now?").Sees(PartialResult).Never(NotUnderstood, NoKnowledge))),
        En("halfway-level-at-the-moment", Halfway(StartEn, Say.That("what's our level looking like at the moment").Sees(PartialResult).Never(NotUnderstood, NoKnowledge))),
        En("halfway-hows-the-score", Halfway(StartEn, Say.That("hows our score looking now?").Sees(PartialResult).Never(NotUnderstood, NoKnowledge))),
        Zh("halfway-points-until-now", Halfway(StartZh, Say.That("到现在为止大概几分").Sees(PartialResult).Never(NotUnderstood, NoKnowledge))),
        Zh("halfway-level-right-now", Halfway(StartZh, Say.That("我们这会儿是什么水平").Sees(PartialResult).Never(NotUnderstood, NoKnowledge))),
        Zh("halfway-score-so-far", Halfway(StartZh, Say.That("目前得分咋样").Sees(PartialResult).Never(NotUnderstood, NoKnowledge))),
        Zh("halfway-points-as-it-stands", Halfway(StartZh, Say.That("照现在这样能得几分").Sees(PartialResult).Never(NotUnderstood, NoKnowledge))),

        // W, F — the weakest area or the first thing to do, asked halfway.
        En("halfway-weakest-area", Halfway(StartEn, Say.That("which of the areas is weakest for us so far?").Sees(WeakArea).Never(NotUnderstood, NoKnowledge))),
        Zh("halfway-weakest-area-zh", Halfway(StartZh, Say.That("目前哪方面最差").Sees(WeakArea).Never(NotUnderstood, NoKnowledge))),
        En("halfway-what-first", Halfway(StartEn, Say.That("what should we sort out before anything else?").Sees(Roadmap).Never(NotUnderstood, NoKnowledge))),
        Zh("halfway-what-first-zh", Halfway(StartZh, Say.That("我们该先补哪块").Sees(Roadmap).Never(NotUnderstood, NoKnowledge))),

        // W, F — the weakest area, why so low, how to improve or where to begin, after the result.
        En("after-dragging-down", After(StartEn, ResultNowEn, Say.That("what's dragging our score down?").Sees(WeakArea).Never(NotUnderstood, NoKnowledge))),
        En("after-holding-back", After(StartEn, ResultNowEn, Say.That("which bit is holding us back?").Sees(WeakArea).Never(NotUnderstood, NoKnowledge))),
        Zh("after-where-we-fall-short", After(StartZh, ResultNowZh, Say.That("我们差在哪儿").Sees(WeakArea).Never(NotUnderstood, NoKnowledge))),
        Zh("after-why-so-few-points", After(StartZh, ResultNowZh, Say.That("为啥这么低分").Sees(WeakArea).Never(NotUnderstood, NoKnowledge))),
        En("after-do-better", After(StartEn, ResultNowEn, Say.That("how can we do better").Sees(Roadmap).Never(NotUnderstood, NoKnowledge))),
        En("after-where-to-begin", After(StartEn, ResultNowEn, Say.That("where do we begin?").Sees(Roadmap).Never(NotUnderstood, NoKnowledge))),
        Zh("after-next-thing", After(StartZh, ResultNowZh, Say.That("下一步先弄什么").Sees(Roadmap).Never(NotUnderstood, NoKnowledge))),

        // P — why an option ranks first, after a platform or a shipping result.
        En("platform-why-number-one", Platforms("help me choose a platform", "B2C", "germany", "kitchen knives", "3000 rmb a month", "none", "no",
            Say.That("why's that one number one?").Sees(WhyFirst).Never(NotUnderstood, NoKnowledge))),
        En("platform-how-the-top-won", Platforms("help me choose a platform", "B2C", "germany", "kitchen knives", "3000 rmb a month", "none", "no",
            Say.That("how did the top pick end up on top?").Sees(WhyFirst).Never(NotUnderstood, NoKnowledge))),
        Zh("platform-why-it-first", Platforms("帮我选个平台", "B2C", "德国", "厨房刀具", "每月三千块", "没有", "没有",
            Say.That("为啥第一个是它").Sees(WhyFirst).Never(NotUnderstood, NoKnowledge))),
        Zh("platform-why-at-the-very-top", Platforms("帮我选个平台", "B2C", "德国", "厨房刀具", "每月三千块", "没有", "没有",
            Say.That("为什么它排在最上面").Sees(WhyFirst).Never(NotUnderstood, NoKnowledge))),
        En("shipping-why-that-channel-first", Shipping("need to ship a 2kg box of tea, 30x20x15 cm, worth 60 usd, to paris", "no rush", "yes", "no", "no",
            Say.That("how come you put that channel first?").Sees(WhyFirst).Never(NotUnderstood, NoKnowledge))),
        Zh("shipping-why-that-channel-first-zh", Shipping("寄一箱茶叶到巴黎，2公斤，30x20x15厘米，货值400元", "不急", "要", "不用", "没有",
            Say.That("为什么第一个推荐这个渠道").Sees(WhyFirst).Never(NotUnderstood, NoKnowledge))),

        // K — knowledge questions holding a result word, halfway and after: still answered from the knowledge base.
        En("knowledge-conversion-halfway", Halfway(StartEn, Say.That("how do sellers improve their amazon conversion rate?").Sees(Answered).Never(ReadinessResult, NotUnderstood))),
        Zh("knowledge-store-rating-halfway", Halfway(StartZh, Say.That("怎么提高在速卖通的店铺评分").Sees(Answered).Never(ReadinessResult, NotUnderstood))),
        En("knowledge-ebay-rating-after", After(StartEn, ResultNowEn, Say.That("what seller rating does ebay want for top rated sellers?").Sees(Answered).Never(NotUnderstood))),
        Zh("knowledge-account-health-after", After(StartZh, ResultNowZh, Say.That("亚马逊的账户健康评分怎么提升").Sees(Answered).Never(NotUnderstood))),
    ];

    /// <summary>The readiness check started and four questions answered by number, then <paramref name="turn"/>.</summary>
    private static ScenarioTurn[] Halfway(string start, ScenarioTurn turn) =>
    [
        Say.That(start).Sees(AskDifferentiation),
        Say.That("1").Sees(AnyReadinessQuestion), Say.That("2").Sees(AnyReadinessQuestion),
        Say.That("2").Sees(AnyReadinessQuestion), Say.That("1").Sees(AnyReadinessQuestion),
        turn,
    ];

    /// <summary>The readiness check started, four questions answered, the result asked for now, then <paramref name="turn"/>.</summary>
    private static ScenarioTurn[] After(string start, string resultNow, ScenarioTurn turn)
    {
        var halfway = Halfway(start, Say.That(resultNow).Sees(ReadinessResult));
        return [.. halfway, turn];
    }

    private static ScenarioTurn[] Platforms(string start, string model, string market, string category, string budget, string experience, string brand, ScenarioTurn turn) =>
    [
        Say.That(start).Sees(AskModel),
        Say.That(model).Sees(AskMarkets), Say.That(market).Sees(AskCategory), Say.That(category).Sees(AskBudget),
        Say.That(budget).Sees(AskExperience), Say.That(experience).Sees(AskBrand), Say.That(brand).Sees(PlatformResult),
        turn,
    ];

    private static ScenarioTurn[] Shipping(string start, string urgency, string tracking, string returns, string goods, ScenarioTurn turn) =>
    [
        Say.That(start).Sees(AskUrgency),
        Say.That(urgency).Sees(AskTracking), Say.That(tracking).Sees(AskReturns), Say.That(returns).Sees(AskGoods),
        Say.That(goods).Sees(LogisticsResult),
        turn,
    ];

    private static ConversationScenario En(string name, ScenarioTurn[] turns) => new("dev35r-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, ScenarioTurn[] turns) => new("dev35r-zh-" + name, "zh-CN", turns);
}
