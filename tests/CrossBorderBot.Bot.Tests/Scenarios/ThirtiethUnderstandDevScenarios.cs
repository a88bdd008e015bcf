using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The thirtieth pass's "other wording" set for what a message is FOR ("understand" half), written before any change of
/// that pass from the KINDS left by the twenty-ninth pass (its leftovers, sorted from the twenty-seventh part) and the kinds
/// of issue #9 in this half, never from a part's phrases: each conversation is a short way to the place where the kind
/// happens and then one message of that kind in words of its own. Kinds: A business or wholesale buyers looked for online
/// at the opening = the platform guide with the buyers known (B2B), not the readiness check; B prevention asked right
/// after a side question at a playbook step; C the result so far asked in own words mid-readiness; D prevention asked with
/// colloquial question words ("咋", "how'd") at a playbook step; E a market said alone (or "and for X?") at "another
/// question?" after a knowledge answer = the same question for that market, not a yes/no miss; G a problem reported while
/// a guide's question waits = the fix-an-issue guide; H "咋样" about one's own state at the menu = still the readiness check. Real knowledge base. Measured in <see cref="UnderstandDev30Tests"/>.
/// </summary>
public static class ThirtiethUnderstandDevScenarios
{
    private const string FirstStep = "(?i)Step 1 of|第 1 步";
    private const string PartialResult = ReadinessResult + "|(?i)so far|answered|partial|目前|已回答|已填|部分";
    private const string Prevention = "(?i)prevent|again|avoid|next time|future|避免|预防|再次|以后";
    private const string NoKnowledge = "(?i)don't know that yet|还不知道答案";
    private const string AnyPlatformQuestion = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;
    private const string Problem = BestMatch + "|" + AskIssueMarket;
    private const string YesNoRetry = "(?i)answer yes or no|“是”或“否”";
    private const string StartZh = "想评估一下我们公司做跨境的准备情况";
    private const string StartEn = "please assess whether our company is ready to sell overseas";

    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        // A — business or wholesale buyers looked for online at the opening: the platform guide, the buyers known.
        Zh("business-buyers-opening-zh-1",
            Say.That("我们是佛山做瓷砖的，想在网上开发国外的经销商").Sees(AnyPlatformQuestion).Never(AskModel, ReadinessStart, NoKnowledge)),
        Zh("business-buyers-opening-zh-2",
            Say.That("温州鞋厂一家，想在线上找海外的批发商合作").Sees(AnyPlatformQuestion).Never(AskModel, ReadinessStart, NoKnowledge)),
        Zh("business-buyers-opening-zh-3",
            Say.That("深圳做数据线的工厂，想通过网络接国外贸易公司的大单").Sees(AnyPlatformQuestion).Never(AskModel, ReadinessStart, NoKnowledge)),
        En("business-buyers-opening-1",
            Say.That("we make ceramic mugs in jingdezhen and want to find shops abroad that would stock them, online").Sees(AnyPlatformQuestion).Never(AskModel, ReadinessStart, NoKnowledge)),
        En("business-buyers-opening-2",
            Say.That("wig factory in xuchang here, hoping to win overseas trade customers over the internet").Sees(AnyPlatformQuestion).Never(AskModel, ReadinessStart, NoKnowledge)),
        En("business-buyers-opening-3",
            Say.That("small towel mill, we want to meet foreign b2b buyers online").Sees(AnyPlatformQuestion).Never(AskModel, ReadinessStart, NoKnowledge)),

        // B — prevention asked right after a side question at a playbook step.
        Zh("prevention-after-side-question-zh-1",
            Say.That("亚马逊德国站有个买家说我们的保温杯漏水，给了差评").Sees(Problem),
            Say.That("嗯").Sees(FirstStep + "|" + BestMatch),
            Say.That("顺便问一下，德国的EPR是什么").Sees(Answered),
            Say.That("那以后要怎么做才能少收到这种差评").Sees(Prevention).Never(NotUnderstood)),
        Zh("prevention-after-side-question-zh-2",
            Say.That("发去英国的货卡在清关了，对方要我们补资料").Sees(Problem),
            Say.That("是").Sees(FirstStep + "|" + BestMatch),
            Say.That("英国进口增值税一般多少").Sees(Answered),
            Say.That("下回怎么避免再被卡").Sees(Prevention).Never(NotUnderstood)),
        En("prevention-after-side-question-1",
            Say.That("an amazon us buyer says our yoga mat smells bad and left 1 star").Sees(Problem),
            Say.That("yep").Sees(FirstStep + "|" + BestMatch),
            Say.That("by the way what is an FBA fee").Sees(Answered),
            Say.That("ok and how do we stop reviews like that from happening again").Sees(Prevention).Never(NotUnderstood)),
        En("prevention-after-side-question-2",
            Say.That("a box we sent to canada is held by customs, they want more paperwork").Sees(Problem),
            Say.That("yes").Sees(FirstStep + "|" + BestMatch),
            Say.That("quick one, what is a commercial invoice").Sees(Answered),
            Say.That("how can we avoid this next shipment").Sees(Prevention).Never(NotUnderstood)),

        // C — the result so far asked in own words mid-readiness.
        Zh("result-so-far-own-words-zh-1",
            Say.That(StartZh).Sees(AskDifferentiation),
            Say.That("1").Sees(AnyReadinessQuestion), Say.That("2").Sees(AnyReadinessQuestion),
            Say.That("把目前为止的情况给我看看").Sees(PartialResult).Never(NotUnderstood, NoKnowledge)),
        Zh("result-so-far-own-words-zh-2",
            Say.That(StartZh).Sees(AskDifferentiation),
            Say.That("1").Sees(AnyReadinessQuestion), Say.That("2").Sees(AnyReadinessQuestion),
            Say.That("就按现在填的，出个结果看看").Sees(PartialResult).Never(NotUnderstood, NoKnowledge)),
        En("result-so-far-own-words-1",
            Say.That(StartEn).Sees(AskDifferentiation),
            Say.That("1").Sees(AnyReadinessQuestion), Say.That("2").Sees(AnyReadinessQuestion),
            Say.That("what have you got on us so far?").Sees(PartialResult).Never(NotUnderstood, NoKnowledge)),
        En("result-so-far-own-words-2",
            Say.That(StartEn).Sees(AskDifferentiation),
            Say.That("1").Sees(AnyReadinessQuestion), Say.That("2").Sees(AnyReadinessQuestion),
            Say.That("give me the picture with what i've answered").Sees(PartialResult).Never(NotUnderstood, NoKnowledge)),

        // D — prevention asked with colloquial question words at a playbook step.
        Zh("colloquial-prevention-at-a-step-zh-1",
            Say.That("速卖通法国的买家说收到的台灯不亮，开了纠纷").Sees(Problem),
            Say.That("对的").Sees(FirstStep + "|" + BestMatch),
            Say.That("往后咋弄才能不再碰上这种纠纷").Sees(Prevention).Never(NotUnderstood)),
        Zh("colloquial-prevention-at-a-step-zh-2",
            Say.That("Shopee新加坡的店铺被限流了，说违规上架").Sees(Problem),
            Say.That("是的").Sees(FirstStep + "|" + BestMatch),
            Say.That("以后咋整才不会再违规").Sees(Prevention).Never(NotUnderstood)),
        Zh("colloquial-prevention-at-a-step-zh-3",
            Say.That("美国买家收到的陶瓷碗碎了，要求全额退款").Sees(Problem),
            Say.That("嗯嗯").Sees(FirstStep + "|" + BestMatch),
            Say.That("今后咋样才能少碎点").Sees(Prevention).Never(NotUnderstood)),
        En("colloquial-prevention-at-a-step",
            Say.That("our ebay uk account got a warning for late dispatch").Sees(Problem),
            Say.That("yes").Sees(FirstStep + "|" + BestMatch),
            Say.That("how'd we keep that from coming back").Sees(Prevention).Never(NotUnderstood)),
        En("colloquial-prevention-at-a-step-2",
            Say.That("walmart marketplace flagged our listing for a trademark complaint").Sees(Problem),
            Say.That("yes").Sees(FirstStep + "|" + BestMatch),
            Say.That("from now on what's the move so it don't repeat").Sees(Prevention).Never(NotUnderstood)),

        // E — a market said alone, or "and for X?", at "another question?" after a knowledge answer.
        Zh("market-at-another-question-zh-1",
            Say.That("欧盟卖儿童玩具需要什么认证？").Sees(Answered),
            Say.That("美国呢").Sees(Answered).Never(NotUnderstood, YesNoRetry)),
        Zh("market-at-another-question-zh-2",
            Say.That("德国的电商要交什么税？").Sees(Answered),
            Say.That("英国").Sees(Answered).Never(NotUnderstood, YesNoRetry)),
        En("market-at-another-question-1",
            Say.That("what certification do toys need in the eu?").Sees(Answered),
            Say.That("and for the us?").Sees(Answered).Never(NotUnderstood, YesNoRetry)),
        En("market-at-another-question-2",
            Say.That("is there a duty free threshold in australia?").Sees(Answered),
            Say.That("japan").Sees(Answered).Never(NotUnderstood, YesNoRetry)),
        En("market-at-another-question-3",
            Say.That("do i need a responsible person to sell cosmetics in the eu?").Sees(Answered),
            Say.That("what about in the uk").Sees(Answered).Never(NotUnderstood, YesNoRetry)),

        // G — a problem reported while a guide's question waits: the fix-an-issue guide.
        Zh("problem-while-a-question-waits-zh-1",
            Say.That("帮我选个跨境平台").Sees(AnyPlatformQuestion),
            Say.That("先说个急事，我们Temu美国的店被冻结了").Sees(Problem).Never(NotUnderstood)),
        Zh("problem-while-a-question-waits-zh-2",
            Say.That("想发一批货去日本，帮我选物流").Sees(AskWeight + "|" + AskDimensions + "|" + AskValue),
            Say.That("等一下，上周寄到日本的包裹丢了，客户在催").Sees(Problem).Never(NotUnderstood)),
        En("problem-while-a-question-waits-1",
            Say.That("help me pick a platform to sell on").Sees(AnyPlatformQuestion),
            Say.That("actually more urgent: our etsy shop in the us just got suspended").Sees(Problem).Never(NotUnderstood)),
        En("problem-while-a-question-waits-2",
            Say.That("i need to ship some lamps to france, which carrier?").Sees(AskWeight + "|" + AskDimensions + "|" + AskValue),
            Say.That("hold on, a parcel we sent to paris last week went missing and the buyer is angry").Sees(Problem).Never(NotUnderstood)),

        // H — "咋样" about the seller's own state at the menu stays the readiness check (what D's reading must not take).
        Zh("readiness-with-zayang-at-menu-zh",
            Say.That("我们做跨境的底子咋样").Sees(ReadinessStart).Never(NoKnowledge)),
        Zh("readiness-with-zayang-at-menu-zh-2",
            Say.That("看看我们公司出海条件咋样").Sees(ReadinessStart).Never(NoKnowledge)),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("dev30u-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("dev30u-zh-" + name, "zh-CN", turns);
}
