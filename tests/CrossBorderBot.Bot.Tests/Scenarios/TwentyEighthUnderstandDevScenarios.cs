using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The twenty-eighth pass's "other wording" set for what a message is FOR ("understand" half), written before any change
/// of that pass from the KINDS the twenty-sixth part's failing turns were sorted into (roots28), never from its phrases:
/// each conversation is a short way to the place where the kind happens and then one message of that kind in words of its
/// own. Kinds: A readiness asked of oneself in own words at the opening; B an answer in own words (no asking form) at a
/// readiness prompt, taken as an answer attempt, not a free question; C money in the currency of a market in the data, by
/// its name in either language; D an opening naming a market to open and a customer type = the platform guide; G a
/// marketplace's regional nickname ("美区", "日区", "the UK site") as the market; L a question about the result at the
/// "what next" prompt; M go-ahead words at a playbook step; and last pass's leftovers: back to the guide after a detour,
/// a question about the question at a yes/no, the seller's own country store ("amazon.de") not a target market. Real
/// knowledge base. Measured in <see cref="UnderstandDev28Tests"/>.
/// </summary>
public static class TwentyEighthUnderstandDevScenarios
{
    private const string FirstStep = "(?i)Step 1 of|第 1 步";
    private const string SecondOrDone = "(?i)Step 2 of|第 2 步|Well done|every step|所有步骤都完成";
    private const string AnyStep = "(?i)Step \\d+ of|第 \\d+ 步|Well done|every step|所有步骤都完成";
    private const string PartialResult = "Readiness: |准备度：|(?i)so far|answered|partial|目前|已回答|已填|部分";
    private const string ScoreAnswer = "(?i)ranked first|because|score|area|lowest|weak|strong|得分|分数|方面|最低|短板|因为";
    private const string NoKnowledge = "(?i)don't know that yet|还不知道答案";
    private const string AskAmount = "(?i)amount with a currency|带币种的金额";
    private const string AnyPlatformQuestion = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;
    private const string Problem = BestMatch + "|" + AskIssueMarket;
    private const string LogisticsAllInOneEn = "ship 2 kg of phone cases to berlin, value 60 usd, 25x20x10 cm, standard, tracked, no returns, no batteries";

    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        // A — readiness asked of oneself in own words at the opening.
        Zh("own-words-readiness-zh-1",
            Say.That("做了三年拼多多，想试试卖到国外，先帮我掂量一下我们的实力").Sees(ReadinessStart).Never(NoKnowledge, AnyPlatformQuestion)),
        Zh("own-words-readiness-zh-2",
            Say.That("我们是小作坊做手工皂的，出海这事我们行不行啊").Sees(ReadinessStart).Never(NoKnowledge, AnyPlatformQuestion)),
        Zh("own-words-readiness-zh-3",
            Say.That("工厂做了十年代工，想自己做跨境，看看我们条件达不达标").Sees(ReadinessStart).Never(NoKnowledge, AnyPlatformQuestion)),
        En("own-words-readiness-en-1",
            Say.That("family pottery studio here, do we have what it takes to sell abroad?").Sees(ReadinessStart).Never(NoKnowledge, AnyPlatformQuestion)),
        En("own-words-readiness-en-2",
            Say.That("small leather workshop, are we up to selling internationally yet?").Sees(ReadinessStart).Never(NoKnowledge, AnyPlatformQuestion)),

        // B — an answer in own words at a readiness prompt: an answer attempt, not a free question.
        Zh("own-words-answer-at-differentiation-zh",
            Say.That("帮我们测一下出海准备度").Sees(AskDifferentiation),
            Say.That("跟同行的货没啥两样").Sees(AnyReadinessQuestion).Never(NoKnowledge, Answered)),
        Zh("own-words-answer-at-quality-zh",
            Say.That("帮我们测一下出海准备度").Sees(AskDifferentiation),
            Say.That("1").Sees(AskQualityCheck),
            Say.That("工厂那边自己把关，我们不管").Sees(AnyReadinessQuestion).Never(NoKnowledge, Answered)),
        En("own-words-answer-at-differentiation-en",
            Say.That("can you check how ready we are for cross-border selling").Sees(AskDifferentiation),
            Say.That("pretty much the same stuff everyone else lists").Sees(AnyReadinessQuestion).Never(NoKnowledge, Answered)),
        En("own-words-answer-at-quality-en",
            Say.That("can you check how ready we are for cross-border selling").Sees(AskDifferentiation),
            Say.That("1").Sees(AskQualityCheck),
            Say.That("our supplier handles that side").Sees(AnyReadinessQuestion).Never(NoKnowledge, Answered)),

        // C — money in a market's currency by its name.
        Zh("baht-declared-value-zh",
            Say.That("寄个包裹到曼谷，1公斤，20x15x10厘米").Sees(AskValue),
            Say.That("货值 900 泰铢").Sees(AskUrgency).Never(AskAmount)),
        Zh("peso-declared-value-zh",
            Say.That("寄个包裹到马尼拉，1公斤，20x15x10厘米").Sees(AskValue),
            Say.That("大概2500比索").Sees(AskUrgency).Never(AskAmount)),
        Zh("real-declared-value-zh",
            Say.That("寄个包裹到圣保罗，1公斤，20x15x10厘米").Sees(AskValue),
            Say.That("申报 150 雷亚尔").Sees(AskUrgency).Never(AskAmount)),
        Zh("ringgit-declared-value-zh",
            Say.That("寄个包裹到槟城，1公斤，20x15x10厘米").Sees(AskValue),
            Say.That("对方付了95令吉").Sees(AskUrgency).Never(AskAmount)),
        En("won-declared-value",
            Say.That("send a 1 kg parcel to busan, 20x15x10 cm").Sees(AskValue),
            Say.That("45,000 won").Sees(AskUrgency).Never(AskAmount)),
        En("ringgit-declared-value",
            Say.That("send a 1 kg parcel to penang, 20x15x10 cm").Sees(AskValue),
            Say.That("about 95 ringgit").Sees(AskUrgency).Never(AskAmount)),
        En("zloty-declared-value",
            Say.That("send a 1 kg parcel to warsaw, 20x15x10 cm").Sees(AskValue),
            Say.That("it's worth 240 zloty").Sees(AskUrgency).Never(AskAmount)),
        En("dirham-declared-value",
            Say.That("send a 1 kg parcel to dubai, 20x15x10 cm").Sees(AskValue),
            Say.That("declared at 300 dirhams").Sees(AskUrgency).Never(AskAmount)),

        // D — a market to open + a customer type = the platform guide.
        Zh("market-to-open-with-customers-zh",
            Say.That("我们做五金工具的，想开拓巴西市场，主要卖给个人消费者").Sees(AnyPlatformQuestion).Never(AnyReadinessQuestion, AskModel, AskMarkets)),
        Zh("market-to-open-with-trade-buyers-zh",
            Say.That("陶瓷厂，打算进军澳洲，客户是当地批发商").Sees(AnyPlatformQuestion).Never(AnyReadinessQuestion, AskModel, AskMarkets)),
        En("market-to-open-with-customers",
            Say.That("we make yoga mats and want to get into the german market, selling straight to consumers").Sees(AnyPlatformQuestion).Never(AnyReadinessQuestion, AskModel, AskMarkets)),

        // G — a marketplace's regional nickname as the market.
        Zh("japan-region-nickname-zh",
            Say.That("亚马逊日区的listing被判定侵权下架了").Sees(BestMatch).Never(AskIssueMarket)),
        Zh("uk-region-nickname-zh",
            Say.That("TikTok英区店铺的包裹一直卡在海关").Sees(BestMatch).Never(AskIssueMarket)),
        Zh("us-region-nickname-platform-zh",
            Say.That("想做美区，卖宠物用品，帮我选个平台").Sees(AnyPlatformQuestion).Never(AskMarkets)),

        // L — a question about the result at the "what next" prompt.
        Zh("weakest-area-at-what-next-zh",
            Say.That("帮我们测一下出海准备度").Sees(AskDifferentiation),
            Say.That("1").Sees(AnyReadinessQuestion), Say.That("2").Sees(AnyReadinessQuestion),
            Say.That("先出结果吧").Sees(PartialResult),
            Say.That("我们哪块最拖后腿").Sees(ScoreAnswer).Never(NotUnderstood)),
        En("weakest-area-at-what-next",
            Say.That("can you check how ready we are for cross-border selling").Sees(AskDifferentiation),
            Say.That("1").Sees(AnyReadinessQuestion), Say.That("2").Sees(AnyReadinessQuestion),
            Say.That("just show me the result now").Sees(PartialResult),
            Say.That("where are we weakest?").Sees(ScoreAnswer).Never(NotUnderstood)),

        // M — go-ahead words at a playbook step.
        Zh("go-ahead-at-a-step-zh",
            Say.That("速卖通西班牙的买家说收到的耳机是坏的，开了纠纷").Sees(Problem),
            Say.That("对").Sees(FirstStep + "|" + BestMatch),
            Say.That("往下走吧").Sees(AnyStep).Never(NotUnderstood)),
        Zh("go-ahead-at-a-step-zh-2",
            Say.That("寄到加拿大的包裹被海关扣了，要补税").Sees(Problem),
            Say.That("是的").Sees(FirstStep + "|" + BestMatch),
            Say.That("继续下一个").Sees(AnyStep).Never(NotUnderstood)),
        En("go-ahead-at-a-step",
            Say.That("our etsy listings in france got pulled over a missing EPR number").Sees(Problem),
            Say.That("yes").Sees(FirstStep + "|" + BestMatch),
            Say.That("ok keep going").Sees(AnyStep).Never(NotUnderstood)),

        // Leftovers: back to the guide after a detour; a question about the question at a yes/no; the seller's own store.
        En("back-to-the-issue-after-a-detour",
            Say.That("our etsy listings in france got pulled over a missing EPR number").Sees(Problem),
            Say.That("yes").Sees(FirstStep + "|" + BestMatch),
            Say.That(LogisticsAllInOneEn).Sees(LogisticsResult + "|" + AskUrgency + "|" + AskWeight),
            Say.That("alright, back to the EPR problem, what's next").Sees(AnyStep).Never(NoKnowledge, NotUnderstood)),
        Zh("back-to-the-issue-after-a-detour-zh",
            Say.That("速卖通西班牙的买家说收到的耳机是坏的，开了纠纷").Sees(Problem),
            Say.That("对").Sees(FirstStep + "|" + BestMatch),
            Say.That("寄2公斤手机壳到柏林，货值60美元，25x20x10厘米，标准，要跟踪，不退货，没有电池").Sees(LogisticsResult + "|" + AskUrgency + "|" + AskWeight),
            Say.That("行，回到耳机纠纷那件事，下一步呢").Sees(AnyStep).Never(NoKnowledge, NotUnderstood)),
        En("question-about-the-question-at-yes-no",
            Say.That("can you check how ready we are for cross-border selling").Sees(AskDifferentiation),
            Say.That("1").Sees(AnyReadinessQuestion), Say.That("1").Sees(AnyReadinessQuestion), Say.That("1").Sees(AskTaxRegistration),
            Say.That("what does that have to do with anything?").Sees(AskTaxRegistration).Never(AskSmallBatches)),
        Zh("question-about-the-question-at-yes-no-zh",
            Say.That("帮我们测一下出海准备度").Sees(AskDifferentiation),
            Say.That("1").Sees(AnyReadinessQuestion), Say.That("1").Sees(AnyReadinessQuestion), Say.That("1").Sees(AskTaxRegistration),
            Say.That("这题问来有啥用").Sees(AskTaxRegistration).Never(AskSmallBatches)),
        En("own-country-store-not-a-target",
            Say.That("we already sell on amazon.co.uk, which platform should we use to reach japan?").Sees(AnyPlatformQuestion).Never("United Kingdom")),
        Zh("own-country-store-not-a-target-zh",
            Say.That("我们在amazon.de上卖了两年了，想开拓美国，选哪个平台好").Sees(AnyPlatformQuestion).Never("德国")),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("dev28u-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("dev28u-zh-" + name, "zh-CN", turns);
}
