using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The sixteenth pass's dev set for the guides, written before that pass changed any guide and measured once as it
/// stood. It is built from the KINDS of misses found in the fifteenth to twelfth parts (dev material this pass; the
/// kinds are listed in the pass's notes), each tried in new situations — other questions, products and markets, own
/// wording, never the fifteenth part's phrases (<see cref="GuidesDev3ScenarioTests"/> checks that): "can't / don't
/// have it / leave it" at a question that can be skipped or defaulted; a yes or no about a question's topic with words
/// between (a pointing word, the subject, an adverb, an object) or with the topic after the verb; a delivery time said as
/// a span; several products in one request; "pounds" as money after a value word; a readiness practice described
/// instead of named; a number with the unit of another question at a number question; a verb of targeting before the
/// customer; and results worked out again when an answer changes. Half in Chinese. Dev material: its misses are looked
/// at and tuned on — so it says how far a kind was fixed, not how the bot does on unseen wording.
/// </summary>
public static class GuidesDev3Scenarios
{
    private const string AskQuality = "check quality before goods|如何检查质量";
    private const string AskTaxRegistration = "VAT/GST, IOSS|增值税/GST";
    private const string AskSmallBatches = "produce small batches|快速生产小批量";
    private const string AskLeadTime = "How many days does it take from placing|从下生产订单到货物可发运";
    private const string AskCashCycle = "finance stock in transit|为在途和海外仓库存垫资";
    private const string AskTrademark = "registered trademark for your brand|品牌是否有注册商标";
    private const string Fast = "(?i)fast \\(express\\)|快速（快递）";
    private const string Standard = "(?i)\\bstandard\\b|标准";
    private const string Economy = "(?i)economy \\(cheapest\\)|经济（最便宜）";

    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        // Goal: lamps to Canada; the size "can't be given" in three ways over the guide, each taken as skipped.
        En("size-cannot-be-given-then-speed-as-days",
            Say.That("i need to ship 1.8 kg of table lamps to calgary, worth 70 usd").Sees(AskDimensions),
            Say.That("the box isn't packed yet so i can't tell you").Sees(AskUrgency).Never(AskDimensions),
            Say.That("it should get there within 10 days").Sees(AskTracking).Never(AskUrgency)),
        Zh("size-cannot-be-given-then-speed-as-days",
            Say.That("1.8公斤台灯寄加拿大，货值500元").Sees(AskDimensions),
            Say.That("还没打包，量不了").Sees(AskUrgency).Never(AskDimensions),
            Say.That("三四天内要到客户手里").Sees(AskTracking, Fast).Never(AskUrgency)),

        // Goal: the size waved away ("don't bother", "别管尺寸了"), then the tracking and returns answered with words between.
        En("size-waved-away-and-yes-no-with-words-between",
            Say.That("send 3kg of cushions to the netherlands, value 60 euros, standard speed").Sees(AskDimensions),
            Say.That("don't bother with the size"),
            Say.That("a tracking number is something we really need").Sees(AskReturns).Never(AskTracking),
            Say.That("returns, honestly we can't handle those").Sees(AskGoods).Never(AskReturns, NotUnderstood)),
        Zh("size-waved-away-and-yes-no-with-words-between",
            Say.That("3公斤抱枕寄荷兰，货值400块，正常速度").Sees(AskDimensions),
            Say.That("尺寸别管了"),
            Say.That("单号这个一定得有").Sees(AskReturns).Never(AskTracking),
            Say.That("退换货我们这边都不支持").Sees(AskGoods).Never(AskReturns, NotUnderstood)),

        // Goal: facts for later questions given at the size question (a wish for tracking, no returns) are kept, and the
        // size said to be unknown with the subject before it.
        Zh("later-facts-at-the-size-question-are-kept",
            Say.That("寄800克茶具去新加坡，货值300元，慢慢来").Sees(AskDimensions),
            Say.That("包裹最好能全程查到").Sees(AskDimensions).Never(NotUnderstood),
            Say.That("退货的话我们先不做").Sees(AskDimensions).Never(NotUnderstood, BestMatch),
            Say.That("尺寸我们也不太确定呢").Sees(AskGoods).Never(AskTracking, AskReturns, AskDimensions)),
        En("later-facts-at-the-size-question-are-kept",
            Say.That("800g tea set to singapore, 40 usd, no rush").Sees(AskDimensions),
            Say.That("being able to track it would be great").Sees(AskDimensions).Never(NotUnderstood),
            Say.That("returns are something we won't do").Sees(AskDimensions).Never(NotUnderstood, BestMatch),
            Say.That("we haven't measured it honestly").Sees(AskGoods).Never(AskTracking, AskReturns, AskDimensions)),

        // Goal: the value is not known yet ("haven't priced it"): the default is used and said, the guide goes on.
        En("value-not-priced-yet",
            Say.That("2 kg of ceramic vases to norway, box 30x30x30").Sees(AskValue),
            Say.That("we haven't priced them yet").Sees(AskUrgency).Never(AskValue, NotUnderstood)),
        Zh("value-not-priced-yet",
            Say.That("2公斤陶瓷花瓶寄挪威，箱子30x30x30").Sees(AskValue),
            Say.That("价格还没定下来").Sees(AskUrgency).Never(AskValue, NotUnderstood)),

        // Goal: the delivery time said as a span at the speed question picks the speed tier; after the result a shorter
        // span is a what-if that gives a new result.
        En("speed-as-a-span-and-a-what-if-in-days",
            Say.That("ship 1 kg of socks to ireland, 20 eur, no box size").Sees(AskUrgency),
            Say.That("2-3 weeks is totally ok for us").Sees(AskTracking, Economy).Never(AskUrgency),
            Say.That("yes"), Say.That("no"),
            Say.That("nope, just cotton").Sees(LogisticsResult),
            Say.That("what if the buyer needs them in 2 days?").Sees(LogisticsResult, Fast).Never(AskUrgency, AskWeight)),
        Zh("speed-as-a-span-and-a-what-if-in-days",
            Say.That("1公斤袜子寄爱尔兰，货值150元，尺寸不知道").Sees(AskUrgency),
            Say.That("两三个礼拜到都可以").Sees(AskTracking, Economy).Never(AskUrgency),
            Say.That("要"), Say.That("不要"),
            Say.That("就是棉袜").Sees(LogisticsResult),
            Say.That("要是客户两天内就要收到呢").Sees(LogisticsResult, Fast).Never(AskUrgency, AskWeight)),

        // Goal: two different products in one request, each named by what it is.
        En("two-products-named-by-what-they-are",
            Say.That("got 3 kg of yoga mats and a 1 kg box of water bottles going to canada").Sees("(?i)yoga", "(?i)bottle").Never(AskDestination)),
        Zh("two-products-named-by-what-they-are",
            Say.That("一箱2公斤的拖鞋和一箱1公斤的袜子要寄日本").Sees("拖鞋", "袜子").Never(AskDestination)),

        // Goal: "pounds" after a value word is money even when the weight was given in kilos.
        En("pounds-after-a-value-word-are-money",
            Say.That("2 kg of leather wallets to scotland, declared at 40 pounds").Sees(AskDimensions, "(?i)40 GBP|£40").Never(AskValue)),

        // Goal: a number with the unit of another readiness question is not taken by the number question waiting.
        En("readiness-numbers-of-other-questions-at-the-lead-time",
            Say.That("check our export readiness").Sees(ReadinessStart, AskDifferentiation),
            Say.That("very different"), Say.That("spot checks"), Say.That("yes"), Say.That("no"), Say.That("yes"),
            Say.That("two of us handle it full time").Sees(AskLeadTime).Never("(?i)2 days"),
            Say.That("we can fund stock for about 4 months").Sees(AskLeadTime).Never(AskCashCycle),
            Say.That("around 25 days").Sees(AskLanguage).Never(AskStaff)),
        Zh("readiness-numbers-of-other-questions-at-the-lead-time",
            Say.That("帮我们评估一下出海准备情况").Sees(ReadinessStart, AskDifferentiation),
            Say.That("差异很大"), Say.That("抽检"), Say.That("有"), Say.That("没有"), Say.That("可以"),
            Say.That("现在是三个人在做跨境").Sees(AskLeadTime).Never("3 天"),
            Say.That("资金大概能撑半年").Sees(AskLeadTime).Never(AskCashCycle),
            Say.That("一般25天左右").Sees(AskLanguage).Never(AskStaff)),

        // Goal: at the staff question a corrected production time changes the lead time, not the staff count.
        En("readiness-lead-time-corrected-at-the-staff-question",
            Say.That("how ready are we to sell overseas?").Sees(AskDifferentiation),
            Say.That("a bit different"), Say.That("spot checks"), Say.That("some of them"), Say.That("not yet"), Say.That("yes"),
            Say.That("production usually takes about 3 weeks").Sees(AskStaff),
            Say.That("sorry, production is more like 4 weeks").Sees(AskStaff, "28").Never(NotUnderstood),
            Say.That("5 people").Sees(AskLanguage)),
        Zh("readiness-lead-time-corrected-at-the-staff-question",
            Say.That("我们适不适合出海，帮忙评估下").Sees(AskDifferentiation),
            Say.That("有一些差异"), Say.That("抽检"), Say.That("部分有"), Say.That("还没有"), Say.That("可以"),
            Say.That("生产一般要三周").Sees(AskStaff),
            Say.That("不对，生产要四周左右").Sees(AskStaff, "28").Never(NotUnderstood),
            Say.That("5个人").Sees(AskLanguage)),

        // Goal: readiness practices described rather than named are taken.
        En("readiness-practices-described",
            Say.That("assess whether we're ready to export").Sees(AskDifferentiation),
            Say.That("most of our range is designed in-house").Sees(AskQuality).Never(AskDifferentiation, NotUnderstood),
            Say.That("we inspect every single order before it ships").Sees(AskCertificates).Never(AskQuality, NotUnderstood),
            Say.That("all our products carry CE and UKCA").Sees(AskTaxRegistration).Never(NotUnderstood)),
        Zh("readiness-practices-described",
            Say.That("评估一下我们能不能做出口").Sees(AskDifferentiation),
            Say.That("只是换了换包装和颜色").Sees(AskQuality).Never(AskDifferentiation, NotUnderstood),
            Say.That("每一批出货前都要全部检查").Sees(AskCertificates).Never(AskQuality, NotUnderstood),
            Say.That("认证都齐全").Sees(AskTaxRegistration).Never(NotUnderstood)),

        // Goal: a trademark still being applied for is "not yet", at the readiness and the platform questions.
        Zh("trademark-in-progress-is-not-yet",
            Say.That("想上跨境平台卖户外折叠椅，卖给欧洲个人买家，每月预算2000美金，没做过跨境").Sees(AskBrand),
            Say.That("品牌正在申请中").Sees(PlatformResult).Never(AskBrand, NotUnderstood)),
        En("trademark-in-progress-is-not-yet",
            Say.That("which platform for camping chairs sold to shoppers in germany, budget 800 usd a month, no experience").Sees(AskBrand),
            Say.That("our trademark application is still pending").Sees(PlatformResult).Never(AskBrand, NotUnderstood)),

        // Goal: the customer said with a verb of targeting.
        En("customer-said-with-a-targeting-verb",
            Say.That("help me pick a selling platform").Sees(AskModel),
            Say.That("we're aimed at small shops and cafes").Sees(AskMarkets).Never(AskModel, NotUnderstood)),
        Zh("customer-said-with-a-targeting-verb",
            Say.That("帮我挑个跨境平台").Sees(AskModel),
            Say.That("我们主要针对批发商").Sees(AskMarkets, "B2B").Never(AskModel, NotUnderstood)),

        // Goal: markets not chosen yet ("还没选好国家") and the budget not known: defaults said, the guide goes on.
        Zh("platform-markets-and-budget-not-chosen",
            Say.That("卖手工皂用哪个平台好").Sees(AskModel),
            Say.That("零售"),
            Say.That("国家还没选好").Sees(AskBudget).Never(AskMarkets, NotUnderstood),
            Say.That("预算现在还定不了").Sees(AskExperience).Never(AskBudget, NotUnderstood)),
        En("platform-markets-and-budget-not-chosen",
            Say.That("which marketplace for handmade soap?").Sees(AskModel),
            Say.That("end consumers"),
            Say.That("haven't picked a country yet").Sees(AskBudget).Never(AskMarkets, NotUnderstood),
            Say.That("can't put a number on the budget yet").Sees(AskExperience).Never(AskBudget, NotUnderstood)),

        // Goal: after a platform result the budget changes: the result is worked out again with the change said.
        En("platform-result-again-when-the-budget-changes",
            Say.That("b2c, kids toys, to the us and uk, 1500 usd a month, 1 year on ebay, own brand, which platform fits?").Sees(PlatformResult),
            Say.That("hmm actually we can only spend 200 dollars a month").Sees(PlatformResult, "(?i)200").Never(AskBudget, NotUnderstood)),
        Zh("platform-result-again-when-the-budget-changes",
            Say.That("B2C，卖儿童玩具到美国和英国，每月预算一万块，在eBay做过一年，有自己的品牌，推荐平台").Sees(PlatformResult),
            Say.That("其实每个月只能投一千五").Sees(PlatformResult, "1,500").Never(AskBudget, NotUnderstood)),

        // Goal: after a logistics result the value is corrected: a new result with the new value.
        Zh("logistics-result-again-when-the-value-changes",
            Say.That("1公斤耳环寄法国，货值100元，不着急，尺寸不知道，要跟踪，不退货，没有电池液体").Sees(LogisticsResult),
            Say.That("货值其实是1500块").Sees(LogisticsResult, "1,500|1500").Never(AskValue, NotUnderstood)),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("guides-dev3-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("guides-dev3-zh-" + name, "zh-CN", turns);
}
