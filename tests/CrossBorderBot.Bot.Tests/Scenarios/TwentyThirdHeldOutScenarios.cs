using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The twenty-third held-out batch, written blind before the twenty-third pass changed any behaviour by a helper that
/// wrote only this set and changed no code: from issue #9's "Deliver" list, the README's description of what the bot does
/// and the knowledge data (markets, platforms, logistics channels, categories, playbooks, readiness questions), by
/// imitating how small exporters type in a Teams or Slack chat, not from the bot's code, the slot vocabulary or earlier
/// batches' wordings (the bot was not run on any of its phrases while writing; every message checked by a script against
/// all other test sources' strings, the recognizer's corpora, the slot vocabulary and the README: same text after
/// lowercasing and removing punctuation, or a shared run of 6 or more words or 8 or more Chinese characters;
/// <see cref="HeldOutPassScenarioTests"/> rejects any longer message of an earlier batch). The sellers are real kinds
/// of small exporters: a factory owner, a trading company, a one-person Shopify shop, a seller who only knew 1688 or
/// Taobao. Each conversation is one seller's whole goal from start to end in 6 to 14 turns. This pass leans on the kinds
/// earlier parts covered little: numbers in the seller's own units and currencies (斤, 磅, pounds, inches, 万, "2k", RMB,
/// USD, EUR, GBP, CAD and AUD mixed), answers that hedge or give a range ("4-5 kg", "大概两三千"), a user who asks what a
/// question means before answering it, elliptical follow-ups after a result ("and for mexico?", "那韩国呢"), a guide
/// dropped half-way for side questions or another problem and taken up again later, the same fact given again in other
/// words (never asked again), the readiness and platform guides as much as logistics (the readiness guide past its budget
/// question), and each guide's result questioned ("why not temu?", "为啥给我推这个渠道"). Only places, markets,
/// categories, channels and playbooks the knowledge data holds are named. 20 in English, 20 in Chinese; each scenario's
/// comment states the seller's goal and the kinds it carries. Never tuned on: the pass count at the commit that added it
/// is in <see cref="HeldOutParts"/>.
/// </summary>
public static class TwentyThirdHeldOutScenarios
{
    private const string AskCashCycle = "finance stock in transit|在途和海外仓库存垫资";
    private const string PartialResult = ReadinessResult + "|(?i)so far|answered|partial|目前|已回答|已填|部分";
    private const string Roadmap = "(?i)roadmap|step|priorit|fix|improv|路线图|步骤|优先|首先|改进|提升";
    private const string Changed = "(?i)changed|updated|修改|改为|改成|更新";
    private const string WhyAnswer = "(?i)ranked first|comes first|fit score|because|ruled out|exclud|not suit|limit|cheaper|slower|faster|排在第一|排第一|匹配度|因为|排除|不适合|不支持|限制|更便宜|更快|更慢";
    private const string CompareAnswer = "(?i)cheaper|more expensive|costs? more|costs? less|differen|saves?|higher|lower|than|更便宜|更贵|便宜|贵|差价|相差|省|区别|不同";
    private const string ScoreAnswer = WhyAnswer + "|(?i)score|area|lowest|weak|得分|分数|方面|最低|短板";
    private const string Prevention = "(?i)prevent|again|avoid|next time|future|避免|预防|再次|以后";
    private const string Farewell = "(?i)welcome|glad|pleasure|any ?time|bye|good luck|take care|不客气|再见|随时|很高兴|祝";
    private const string FirstStep = "(?i)Step 1 of|第 1 步";
    private const string SecondOrDone = "(?i)Step 2 of|第 2 步|Well done|every step|所有步骤都完成";
    private const string NextOrDone = "(?i)Step \\d+ of|第 \\d+ 步|Well done|every step|所有步骤都完成";
    private const string NextOrDoneZh = "第 \\d+ 步|所有步骤都完成";
    private const string Fees = "(?i)fee|commission|referral|%|佣金|费用|费";
    private const string UnitedStates = "United States|\\bUSA?\\b|美国";
    private const string UnitedKingdom = "United Kingdom|\\bUK\\b|Britain|英国";
    private const string AustraliaZh = "澳大利亚|澳洲";
    private const string AskTrackingEn = "end-to-end tracking";

    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        // Goal: a one-woman Shopify candle shop sends a gift box to Dallas, then asks for Mexico. Kinds: weight in pounds,
        // size in inches, a value with "bucks", the urgency question explained before it is answered, an elliptical
        // follow-up on the market after the result, the ranking questioned.
        En("shopify-candles-dallas-pounds-inches",
            Say.That("one-woman shopify candle shop, how do i get a 3 candle gift box to a customer in Dallas").Sees(AskWeight).Never(AskDestination),
            Say.That("2.5 lbs").Sees(AskDimensions),
            Say.That("10 by 8 by 6 inches").Sees(AskValue),
            Say.That("she paid 64 bucks incl shipping").Sees(AskUrgency),
            Say.That("what do you mean by how fast, like number of days?").Sees(AskUrgency).Never(NotUnderstood),
            Say.That("a week or two is fine").Sees(AskTracking),
            Say.That("def want tracking").Sees(AskReturns),
            Say.That("nope, candles are non-returnable").Sees(AskGoods),
            Say.That("soy wax, no battery, not liquid").Sees(LogisticsResult, UnitedStates),
            Say.That("and for mexico?").Sees(LogisticsResult, "Mexico").Never(AskWeight),
            Say.That("why's the top one better than plain post?").Sees(WhyAnswer),
            Say.That("k thx, that's all").Sees(Farewell)),

        // Goal: a Yongkang power-tool factory checks its readiness past the budget question. Kinds: a question about a
        // term before answering (the question waits), a range for the lead time, a hedged staff count, a budget range in
        // RMB, the result asked for early, the weakest area asked.
        En("yongkang-drills-readiness-ranges",
            Say.That("we're a power tool factory in yongkang thinking of selling direct online abroad. are we ready for that?").Sees(ReadinessStart),
            Say.That("our drills are pretty much like everyone else's").Sees(AskQualityCheck),
            Say.That("QC team does AQL on every batch").Sees(AskCertificates),
            Say.That("CE and UKCA on everything we sell").Sees(AskTaxRegistration),
            Say.That("what do you mean by EPR here exactly?").Sees(Answered, AskTaxRegistration),
            Say.That("ok then nope, none of that yet").Sees(AskSmallBatches),
            Say.That("small runs are ok, MOQ 50 pcs").Sees(AskLeadTime),
            Say.That("25-30 days").Sees(AskStaff),
            Say.That("2 sales guys part time on it, so maybe 1 really").Sees(AskLanguage),
            Say.That("english yes, german no").Sees(AskReadinessBudget),
            Say.That("maybe 20-30k rmb").Sees(AskCashCycle),
            Say.That("give me the result now, skip the rest").Sees(PartialResult).Never(AskCashCycle),
            Say.That("which area drags our score down the most?").Sees(ScoreAnswer)),

        // Goal: a garden-hose maker picks a marketplace for UK consumers. Kinds: model, market and product in the first
        // message, "2k usd" with a hedge, experience told as offline only, the result questioned ("why not temu?"), an
        // elliptical follow-up on another market, a fee question.
        En("garden-hoses-uk-why-not-temu",
            Say.That("which platform for garden hoses and sprinklers? we sell to regular consumers in the UK").Sees(AskBudget).Never(AskModel, AskMarkets, AskCategory),
            Say.That("2k usd a month, maybe a bit more").Sees(AskExperience),
            Say.That("none online, only ever sold to importers offline").Sees(AskBrand),
            Say.That("we never made a brand").Sees(PlatformResult, UnitedKingdom),
            Say.That("why not temu? everyone says it's cheap to start there").Sees(WhyAnswer),
            Say.That("and for germany?").Sees(PlatformResult, "Germany"),
            Say.That("what does the top one charge per sale").Sees(Fees),
            Say.That("ok thanks mate").Sees(Farewell)),

        // Goal: a baby-goods seller ships bibs to Amsterdam, breaks off for a GPSR listing block and comes back. Kinds: a
        // weight range, a problem report in the middle of a guide (the fix-an-issue guide stacks), "back to the shipping
        // thing" (the waiting question asked again, answers kept), values in EUR, the result for the Netherlands.
        En("baby-bibs-amsterdam-gpsr-detour",
            Say.That("need to ship 3 boxes of baby bibs to amsterdam").Sees(AskWeight).Never(AskDestination),
            Say.That("each one 4-5 kg").Sees(AskDimensions),
            Say.That("oh wait, something urgent: amazon france just blocked our bib listings, says GPSR info missing").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("yep, spot on").Sees(FirstStep),
            Say.That("done, emailed our EU rep").Sees(SecondOrDone),
            Say.That("ok, let's get back to the shipping thing").Sees(AskDimensions).Never(AskWeight),
            Say.That("41x31x29").Sees(AskValue),
            Say.That("about 300 EUR per box").Sees(AskUrgency),
            Say.That("normal speed works").Sees(AskTracking),
            Say.That("yes").Sees(AskReturns),
            Say.That("no").Sees(AskGoods),
            Say.That("cotton, nothing else").Sees(LogisticsResult, "Netherlands")),

        // Goal: a seller who only ever sold on 1688 picks a first marketplace abroad. Kinds: domestic experience in the
        // first message (never asked), wholesale in own words, two markets in a region, the category question explained
        // before it is answered, a budget in RMB, an elliptical follow-up on the second market.
        En("1688-reseller-first-site-abroad",
            Say.That("only ever sold on 1688 to other chinese shops, now want to try selling abroad. which site do i start on?").Sees(AskModel),
            Say.That("small shops mostly, so wholesale").Sees(AskMarkets),
            Say.That("southeast asia, the philippines and thailand").Sees(AskCategory),
            Say.That("what do you mean by category? like the product?").Sees(AskCategory).Never(NotUnderstood),
            Say.That("ok, hair accessories, scrunchies and claw clips").Sees(AskBudget),
            Say.That("like 3000 rmb").Sees(AskBrand).Never(AskExperience),
            Say.That("haven't got a brand yet").Sees(PlatformResult, "Philippines|Thailand"),
            Say.That("and thailand on its own?").Sees(PlatformResult, "Thailand"),
            Say.That("thank u so much").Sees(Farewell)),

        // Goal: an eBay US seller of earbuds has too many returns. Kinds: a return rate told with a figure and a reason, a
        // question about normal rates at a step, skipping a step, prevention, thanks.
        En("ebay-us-earbuds-returns",
            Say.That("30% of the bluetooth earbuds we sell on ebay US get sent back, mostly 'doesn't fit my ear'").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("yep").Sees(FirstStep),
            Say.That("what return rate is normal for earbuds anyway?").Sees(Answered),
            Say.That("ok done with that").Sees(SecondOrDone),
            Say.That("skip that step pls").Sees(NextOrDone),
            Say.That("how do we stop it creeping back up").Sees(Prevention),
            Say.That("cheers guys").Sees(Farewell)),

        // Goal: a trading company ships ceramic vases to Busan. Kinds: weight and destination in the first message, the
        // weight given again with the size (never asked again), the destination given again in other words (the waiting
        // question asked again), a what-if on speed, thanks.
        En("trading-co-vases-busan-said-twice",
            Say.That("we're a trading company, have to get a 6kg box of ceramic vases over to Busan").Sees(AskDimensions).Never(AskWeight, AskDestination),
            Say.That("like i said 6 kilos. box is 50x40x40").Sees(AskValue).Never(AskWeight, AskDimensions),
            Say.That("USD 420").Sees(AskUrgency),
            Say.That("the client's in korea btw, busan port").Sees(AskUrgency).Never(AskDestination),
            Say.That("no rush at all on this").Sees(AskTracking),
            Say.That("tracking needed pls").Sees(AskReturns),
            Say.That("they won't be returning anything").Sees(AskGoods),
            Say.That("fragile but no battery or liquid").Sees(LogisticsResult, "Korea"),
            Say.That("what if i send it express instead").Sees(LogisticsResult + "|" + CompareAnswer).Never(AskWeight),
            Say.That("ok that's what we'll do, thanks").Sees(Farewell)),

        // Goal: a tiny Etsy shop sends a silver necklace to Leeds and asks about UK VAT and Etsy's fee. Kinds: weight in
        // grams, a value in GBP, side questions after the result, the plan asked for again in other words.
        En("etsy-necklace-leeds-vat-fee-plan",
            Say.That("tiny etsy shop, sending a silver necklace to leeds").Sees(AskWeight).Never(AskDestination),
            Say.That("80g").Sees(AskDimensions),
            Say.That("small padded envelope, 20x15x3").Sees(AskValue),
            Say.That("£45").Sees(AskUrgency),
            Say.That("asap, it's a birthday gift").Sees(AskTracking),
            Say.That("yes, a tracked one").Sees(AskReturns),
            Say.That("returns accepted within 30 days").Sees(AskGoods),
            Say.That("just silver, nothing dangerous").Sees(LogisticsResult, UnitedKingdom),
            Say.That("unrelated q: do i have to charge UK VAT myself on etsy orders?").Sees(Answered),
            Say.That("and one more, whats the etsy fee per sale?").Sees(Fees),
            Say.That("ok can you bring up the shipping plan again").SeesOnce("Logistics plan: ")),

        // Goal: a one-person Shopify phone-case shop checks readiness. Kinds: a readiness question explained before it is
        // answered, answers in own words, ranges and "just me", a budget in USD for a CNY question,
        // the result asked for early, the first step asked.
        En("shopify-phone-cases-readiness-explain",
            Say.That("run a readiness check on my shopify store pls, i sell phone cases").Sees(ReadinessStart),
            Say.That("some are my own prints, most aren't").Sees(AskQualityCheck),
            Say.That("what do you mean by 'check quality'?").Sees(AskQualityCheck).Never(NotUnderstood),
            Say.That("i just trust my supplier tbh").Sees(AskCertificates),
            Say.That("no idea what phone cases need").Sees(AskTaxRegistration),
            Say.That("no").Sees(AskSmallBatches),
            Say.That("yes, it's print on demand").Sees(AskLeadTime),
            Say.That("like 2-3 days per order").Sees(AskStaff),
            Say.That("only me").Sees(AskLanguage),
            Say.That("only english, no other languages").Sees(AskReadinessBudget),
            Say.That("about $500/mo").Sees(AskCashCycle),
            Say.That("that's it, just show me the score").Sees(PartialResult),
            Say.That("what should i do first").Sees(Roadmap)),

        // Goal: Walmart Marketplace calls a factory's own-design sneakers counterfeit. Kinds: a counterfeit accusation
        // told as a story, a question about proof at a step, a side question comparing with an IP complaint, back to the
        // steps, prevention, thanks.
        En("walmart-sneakers-counterfeit-claim",
            Say.That("walmart marketplace says our sneakers are counterfeit and froze the listings, they're our own design!!").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("right, that one").Sees(FirstStep),
            Say.That("what docs prove they're ours? we have the design files and factory invoices").Sees(Answered),
            Say.That("ok uploaded everything").Sees(SecondOrDone),
            Say.That("go to next").Sees(NextOrDone),
            Say.That("hold on, is this the same thing as an IP complaint?").Sees(Answered),
            Say.That("ok continue").Sees(NextOrDone),
            Say.That("how to avoid this next time").Sees(Prevention),
            Say.That("thx").Sees(Farewell)),

        // Goal: a screen-protector maker looks for a wholesale marketplace for Mexican repair shops. Kinds: model, market
        // and product in the first message, a budget in RMB and USD at once, a pending trademark, the result questioned
        // by naming a platform, an elliptical follow-up on another market, the plan asked for again.
        En("screen-protectors-mexico-wholesale",
            Say.That("we make phone screen protectors, want to sell wholesale to repair shops in mexico").Sees(AskBudget).Never(AskModel, AskMarkets, AskCategory),
            Say.That("around 10,000 RMB (~1400 USD) per month").Sees(AskExperience),
            Say.That("we did amazon US for a year, then closed it").Sees(AskBrand),
            Say.That("trademark filed in mexico, still pending").Sees(PlatformResult, "Mexico"),
            Say.That("why isn't dhgate on top? it's made for this").Sees(WhyAnswer),
            Say.That("and brazil?").Sees(PlatformResult, "Brazil"),
            Say.That("show me that platform plan once more").SeesOnce("Platform plan: ")),

        // Goal: a seller picks a platform for kids' water bottles in the Philippines and stops for three side questions.
        // Kinds: side questions at the budget question (each answered, the question waits), "where were we", a budget
        // range, the result questioned by naming a platform.
        En("water-bottles-philippines-side-questions",
            Say.That("need a platform for kids' drink bottles, selling to parents in the philippines").Sees(AskBudget).Never(AskModel, AskMarkets, AskCategory),
            Say.That("hmm how much do sellers usually spend at the start?").Sees(Answered, AskBudget),
            Say.That("also, do food-contact rules apply to bottles over there?").Sees(Answered, AskBudget),
            Say.That("and how long does shipping to manila usually take").Sees(Answered, AskBudget),
            Say.That("ok sorry, where were we").Sees(AskBudget),
            Say.That("maybe 300-500 usd").Sees(AskExperience),
            Say.That("zero, never sold online").Sees(AskBrand),
            Say.That("nope, unbranded stuff").Sees(PlatformResult, "Philippines"),
            Say.That("why that one and not lazada").Sees(WhyAnswer)),

        // Goal: lipstick held at UK customs over a cosmetics notification. Kinds: a customs hold told as a story naming the
        // rule, a question about the rule at a step, a storage-cost question, back to the steps, prevention, thanks.
        En("lipstick-uk-customs-scpn",
            Say.That("our lipstick shipment is held at UK customs, they're asking about the SCPN notification").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("yes, go on").Sees(FirstStep),
            Say.That("what's SCPN, is it like the EU CPNP thing?").Sees(Answered),
            Say.That("ok, on to the next").Sees(NextOrDone),
            Say.That("how much will storage at customs cost us per day?").Sees(Answered),
            Say.That("next step").Sees(NextOrDone),
            Say.That("how can we make sure the next batch clears").Sees(Prevention),
            Say.That("thanks so much!").Sees(Farewell)),

        // Goal: a tripod kit first for Vancouver, then the buyer moves to Sydney. Kinds: weight and destination in the
        // first message, a value in CAD, a change of mind on the destination (the waiting question kept), a battery told
        // in own words, a what-if without the battery, the plan asked for.
        En("tripod-vancouver-then-sydney",
            Say.That("how much to ship a 1.2 kg phone tripod kit to vancouver").Sees(AskDimensions).Never(AskWeight, AskDestination),
            Say.That("30*12*10").Sees(AskValue),
            Say.That("CAD 80").Sees(AskUrgency),
            Say.That("actually scrap vancouver, the customer moved to sydney").Sees(AskUrgency).Never(AskWeight, AskDimensions, AskDestination),
            Say.That("standard speed is alright").Sees(AskTracking),
            Say.That("yes").Sees(AskReturns),
            Say.That("no").Sees(AskGoods),
            Say.That("there's a small li-ion battery in the remote").Sees(LogisticsResult, "Australia"),
            Say.That("what if i take the battery out?").Sees(LogisticsResult + "|" + CompareAnswer).Never(AskWeight),
            Say.That("ok just show me the plan for this one").SeesOnce("Logistics plan: ")),

        // Goal: a Temu seller account suspended for late shipments. Kinds: a suspension told with a reason and money held,
        // a payout question at a step, switching to Chinese mid-guide (the steps in Chinese), prevention in Chinese.
        En("temu-suspended-late-shipment-switch-zh",
            Say.That("our temu seller account got suspended for late shipment rate, 60k USD stuck in it").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("yes").Sees(FirstStep),
            Say.That("how long until they release the money?").Sees(Answered),
            Say.That("这一步做完了，后面用中文说").Sees(NextOrDoneZh),
            Say.That("下一步").Sees(NextOrDoneZh),
            Say.That("以后怎么避免因为发货慢被封").Sees(Prevention),
            Say.That("好的谢了").Sees(Farewell)),

        // Goal: a pet-toy seller gives every platform answer in one message for Spain and Italy. Kinds: six facts in one
        // message (the result at once), the result questioned by naming a platform, elliptical follow-ups on markets, a fee
        // question, an EPR question after the result, thanks.
        En("pet-toys-spain-italy-all-at-once",
            Say.That("b2c, pet toys, spain + italy, around 1.5k EUR a month, 2 yrs on aliexpress, own brand registered in the EU. which platforms?").Sees(PlatformResult, "Spain|Italy").Never(AskModel, AskMarkets, AskCategory, AskBudget, AskExperience, AskBrand),
            Say.That("why not amazon?").Sees(WhyAnswer),
            Say.That("and for italy?").Sees(PlatformResult, "Italy"),
            Say.That("what about france, same everything").Sees(PlatformResult, "France"),
            Say.That("what does the first one charge per sale").Sees(Fees),
            Say.That("do I need EPR for packaging in france?").Sees(Answered),
            Say.That("perfect, thanks a bunch").Sees(Farewell)),

        // Goal: a Ningbo chair factory moves two pallets to a Polish warehouse. Kinds: a weight range, pallet sizes, a value
        // in 万 RMB, a slow speed in weeks, returns answered with a reason, the result questioned ("why not the rail?"), a
        // what-if on weight.
        En("ningbo-chairs-pallets-poland",
            Say.That("we need to move 2 pallets of office chairs from ningbo to a warehouse in poland").Sees(AskWeight).Never(AskDestination),
            Say.That("about 350-400 kg total").Sees(AskDimensions),
            Say.That("120x100x150 each pallet").Sees(AskValue),
            Say.That("around 6万 rmb").Sees(AskUrgency),
            Say.That("no hurry, 5-6 weeks ok").Sees(AskTracking),
            Say.That("just basic tracking will do").Sees(AskReturns),
            Say.That("no returns, it's B2B").Sees(AskGoods),
            Say.That("no, just chairs").Sees(LogisticsResult, "Poland"),
            Say.That("why not the rail?").Sees(WhyAnswer),
            Say.That("what if it's 800 kg?").Sees(LogisticsResult + "|" + CompareAnswer).Never(AskWeight),
            Say.That("ok thanks, that helps").Sees(Farewell)),

        // Goal: bad reviews on Amazon Japan about a kettle lid. Kinds: quality complaints told as a story, a question about
        // deleting reviews at a step, prevention, thanks.
        En("amazon-jp-kettle-bad-reviews",
            Say.That("getting 1-star reviews on amazon japan, buyers say the kettle lid breaks").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("that's right, the lids").Sees(FirstStep),
            Say.That("can we ask amazon to delete the reviews?").Sees(Answered),
            Say.That("ok next step then").Sees(NextOrDone),
            Say.That("we've done that one").Sees(NextOrDone),
            Say.That("how do we stop this happening with the next batch").Sees(Prevention),
            Say.That("thanks a ton").Sees(Farewell)),

        // Goal: a small trading company picks a marketplace for lamps in the US and Canada and comes back later for the
        // plan. Kinds: the currency of the budget corrected (the waiting question kept), an elliptical follow-up on the
        // second market, goodbye, the plan asked for later in other words.
        En("lamps-us-canada-budget-currency-fixed",
            Say.That("small trading co, we sell LED desk lamps to consumers. best marketplace for the US and canada?").Sees(AskBudget).Never(AskModel, AskMarkets, AskCategory),
            Say.That("like 5000 rmb a month").Sees(AskExperience),
            Say.That("sorry, i meant usd, not rmb").Sees(Changed + "|5[,.]?000", AskExperience).Never(AskBudget),
            Say.That("we've done ebay for 3 yrs").Sees(AskBrand),
            Say.That("registered US trademark").Sees(PlatformResult, UnitedStates),
            Say.That("and canada?").Sees(PlatformResult, "Canada"),
            Say.That("cool thanks, bye").Sees(Farewell),
            Say.That("hey, me again. what did you recommend for us?").SeesOnce("Platform plan: ")),

        // Goal: Coupang rejects hair dryers without KC, then a sample goes to Seoul. Kinds: a certification problem told as
        // a story, a testing-time question at a step, another task mid-guide (the logistics guide with the destination
        // taken), a plug-in product with no battery.
        En("coupang-dryers-kc-then-sample-seoul",
            Say.That("coupang rejected our hair dryers, says we need KC certification").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("yes").Sees(FirstStep),
            Say.That("how long does KC testing take roughly?").Sees(Answered),
            Say.That("marked it done").Sees(SecondOrDone),
            Say.That("forget the rest for now, i need to send one sample dryer to seoul for testing").Sees(AskWeight).Never(AskDestination),
            Say.That("1.1 kg boxed").Sees(AskDimensions),
            Say.That("28x22x10").Sees(AskValue),
            Say.That("sample, 30 usd").Sees(AskUrgency),
            Say.That("fast pls, they wait on it").Sees(AskTracking),
            Say.That("yes").Sees(AskReturns),
            Say.That("no").Sees(AskGoods),
            Say.That("no battery, plugs into the wall").Sees(LogisticsResult, "Korea")),

        // 目标：只在淘宝卖过女装的卖家第一次给日本客人寄裙子，结果后问韩国。难点：重量用斤、货值人民币、先问“时效”是什么意思再答、省略式追问（那韩国呢）、问为什么推荐、谢谢。
        Zh("taobao-dresses-japan-jin",
            Say.That("我之前只在淘宝卖女装，现在有个日本客人要三条裙子").Sees(AskWeight).Never(AskDestination),
            Say.That("两斤左右").Sees(AskDimensions),
            Say.That("30*25*8").Sees(AskValue),
            Say.That("三条一共450块").Sees(AskUrgency),
            Say.That("时效是指几天能到吗？").Sees(AskUrgency).Never(NotUnderstood),
            Say.That("十天内到就行").Sees(AskTracking),
            Say.That("物流要能随时查").Sees(AskReturns),
            Say.That("这单不给退").Sees(AskGoods),
            Say.That("就是衣服，啥都没有").Sees(LogisticsResult, "日本"),
            Say.That("那韩国呢").Sees(LogisticsResult, "韩国").Never(AskWeight),
            Say.That("为啥给我推这个渠道").Sees(WhyAnswer),
            Say.That("懂了，谢谢哈").Sees(Farewell)),

        // 目标：佛山陶瓷厂做准备度测评，答到预算以后。难点：答案用自己的话、交期给范围、预算说“两三万”、垫资月数给范围、提前要结果、问资金分数。
        Zh("foshan-ceramics-readiness-ranges",
            Say.That("我们是佛山的陶瓷厂，想做跨境，先帮我们评估下够不够格").Sees(ReadinessStart),
            Say.That("我们的花色都是自己设计的").Sees(AskQualityCheck),
            Say.That("质检部每批抽检，按AQL来").Sees(AskCertificates),
            Say.That("欧盟的食品接触测试做过，美国FDA那块还没弄").Sees(AskTaxRegistration),
            Say.That("没注册").Sees(AskSmallBatches),
            Say.That("小单能接，但要加钱").Sees(AskLeadTime),
            Say.That("大概二十到三十天").Sees(AskStaff),
            Say.That("跨境这块就俩人").Sees(AskLanguage),
            Say.That("英语还行，小语种不会").Sees(AskReadinessBudget),
            Say.That("大概两三万一个月").Sees(AskCashCycle),
            Say.That("三到六个月没问题").Sees(AskOnlineExperience),
            Say.That("先出结果吧，剩下的不答了").Sees(PartialResult).Never(AskOnlineExperience),
            Say.That("为什么我们资金那块分数这么低").Sees(ScoreAnswer)),

        // 目标：一个人做Shopify独立站的宠物牵引绳卖家想加一个平台卖美国。难点：经验、模式、市场、品类都在第一句（不再问）、预算写“2k美金”、结果后问为什么不推荐Temu、省略式追问加拿大、问佣金。
        Zh("shopify-leashes-us-why-not-temu",
            Say.That("我一个人做Shopify独立站两年了，卖宠物牵引绳给美国个人买家，想再开个平台").Sees(AskBudget).Never(AskModel, AskMarkets, AskCategory),
            Say.That("每月2k美金左右").Sees(AskBrand).Never(AskExperience),
            Say.That("我有美国商标").Sees(PlatformResult, "美国"),
            Say.That("为什么不推荐Temu？").Sees(WhyAnswer),
            Say.That("那加拿大呢").Sees(PlatformResult, "加拿大"),
            Say.That("排头那个平台抽几个点").Sees(Fees),
            Say.That("行嘞，感谢帮忙").Sees(Farewell)),

        // 目标：1688批发商给墨西哥城客户寄蓝牙音箱样品。难点：重量用磅、尺寸带公分、货值用“刀”、内置锂电池、结果后问墨西哥关税、改成慢而便宜的what-if、谢谢。
        Zh("1688-speaker-samples-mexico-pounds",
            Say.That("客户在墨西哥城，要发一箱蓝牙音箱样品过去").Sees(AskWeight).Never(AskDestination),
            Say.That("8磅").Sees(AskDimensions),
            Say.That("40x30x25公分").Sees(AskValue),
            Say.That("200刀").Sees(AskUrgency),
            Say.That("要快，客户等着测").Sees(AskTracking),
            Say.That("当然要").Sees(AskReturns),
            Say.That("样品不用退").Sees(AskGoods),
            Say.That("音箱里有内置锂电").Sees(LogisticsResult, "墨西哥"),
            Say.That("墨西哥今年是不是对中国产品加税了").Sees(Answered),
            Say.That("要是走慢一点便宜的呢").Sees(LogisticsResult + "|" + CompareAnswer).Never(AskWeight),
            Say.That("OK，辛苦了，谢谢").Sees(Farewell)),

        // 目标：亚马逊美国站手机壳被外观专利投诉下架。难点：知识产权投诉以故事讲出、步骤中问申诉时长、中途问FBA费用（问完回到步骤）、预防、谢谢。
        Zh("amazon-us-phone-case-design-patent",
            Say.That("有人在亚马逊美国站告我们手机壳侵犯他的外观专利，listing被下了").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("对").Sees(FirstStep),
            Say.That("外观专利投诉一般要多久才能申诉下来").Sees(Answered),
            Say.That("好了，这步弄完了").Sees(SecondOrDone),
            Say.That("先停一下，问个别的：美国站FBA的费用怎么算").Sees(Answered),
            Say.That("回到刚才的步骤").Sees(NextOrDone),
            Say.That("以后上架前怎么查专利").Sees(Prevention),
            Say.That("谢谢").Sees(Farewell)),

        // 目标：义乌外贸公司给沙特和阿联酋的批发客户选平台。难点：模式和市场在第一句、先问“预算”指什么再答、预算按年说（五万人民币）、经验用自己的话、贴牌无品牌、省略式追问土耳其、问为什么、要方案。
        Zh("yiwu-festive-decor-gulf-wholesale",
            Say.That("我们是义乌的外贸公司，想找个平台做批发，客户主要在沙特和阿联酋").Sees(AskCategory).Never(AskModel, AskMarkets),
            Say.That("小商品，主要是节日装饰品").Sees(AskBudget),
            Say.That("预算是指广告费还是平台年费？").Sees(AskBudget).Never(NotUnderstood),
            Say.That("都算上，一年大概五万人民币").Sees(AskExperience),
            Say.That("以前只做线下展会和阿里国际站询盘").Sees(AskBrand),
            Say.That("没有自有品牌，都是给客户贴牌").Sees(PlatformResult, "沙特|阿联酋"),
            Say.That("那土耳其呢").Sees(PlatformResult, "土耳其"),
            Say.That("凭啥这个排最前面").Sees(WhyAnswer),
            Say.That("把方案发我一下").SeesOnce("平台计划：")),

        // 目标：保温杯工厂做准备度测评，中途停下问认证和EPR，再回到测评。难点：两个题外问题（问完问题还在）、“回到测评”并顺带回答、答案用自己的话、提前要结果。
        Zh("vacuum-flask-readiness-detour-questions",
            Say.That("我们厂做保温杯，能不能帮忙评一评出海准备做得咋样").Sees(ReadinessStart),
            Say.That("外观跟别家差不多，但有专利的密封盖").Sees(AskQualityCheck),
            Say.That("出货前每箱都抽几个看").Sees(AskCertificates),
            Say.That("有个事先问下，保温杯卖到欧洲要做什么认证").Sees(Answered, AskCertificates),
            Say.That("还有，德国的包装EPR是不是必须的").Sees(Answered, AskCertificates),
            Say.That("好，回到测评，我们只有LFGB").Sees(AskTaxRegistration),
            Say.That("都没办").Sees(AskSmallBatches),
            Say.That("可以").Sees(AskLeadTime),
            Say.That("半个月").Sees(AskStaff),
            Say.That("三个人").Sees(AskLanguage),
            Say.That("能用英语沟通").Sees(AskReadinessBudget),
            Say.That("就到这吧，看结果").Sees(PartialResult)),

        // 目标：德国买家在eBay说蓝牙耳机是翻新货。难点：货不对版以故事讲出、步骤中问部分退款、继续、预防、谢谢。
        Zh("ebay-de-earphones-refurbished-claim",
            Say.That("德国买家说收到的蓝牙耳机是翻新的，在eBay上开了货不对板的纠纷").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("是的").Sees(FirstStep),
            Say.That("能不能只退一部分钱让他把货留着").Sees(Answered),
            Say.That("这个处理好了").Sees(SecondOrDone),
            Say.That("继续").Sees(NextOrDone),
            Say.That("以后怎么避免被说是翻新货").Sees(Prevention),
            Say.That("多谢").Sees(Farewell)),

        // 目标：寄一箱手机配件到曼谷。难点：重量和目的地在第一句、重量又说一遍（不再问）、货值给范围、目的地换个说法又说一遍（问题还在）、充电宝、问为什么、去掉充电宝的what-if。
        Zh("phone-accessories-bangkok-said-twice",
            Say.That("要寄一箱手机配件去曼谷，大概7公斤").Sees(AskDimensions).Never(AskWeight, AskDestination),
            Say.That("刚说了7公斤，箱子是45*35*30").Sees(AskValue).Never(AskWeight, AskDimensions),
            Say.That("货值大概1500到2000元").Sees(AskUrgency),
            Say.That("是寄泰国曼谷哈").Sees(AskUrgency).Never(AskDestination),
            Say.That("七天上下能到就行").Sees(AskTracking),
            Say.That("需要").Sees(AskReturns),
            Say.That("不需要").Sees(AskGoods),
            Say.That("有几个充电宝").Sees(LogisticsResult, "泰国"),
            Say.That("为什么充电宝会影响渠道").Sees(WhyAnswer),
            Say.That("如果不放充电宝呢").Sees(LogisticsResult + "|" + CompareAnswer).Never(AskWeight),
            Say.That("行，谢啦").Sees(Farewell)),

        // 目标：发巴西的包裹被海关要求补税，客户不肯付。难点：清关扣留以故事讲出、步骤中问Remessa Conforme、继续、预防、谢谢。
        Zh("brazil-parcel-tax-buyer-refuses",
            Say.That("巴西那边把包裹扣下了，要补60%的税，买家不愿意掏钱").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("嗯对").Sees(FirstStep),
            Say.That("Remessa Conforme是什么，加入了是不是就不会这样").Sees(Answered),
            Say.That("这步做好了").Sees(SecondOrDone),
            Say.That("下一步呢").Sees(NextOrDone),
            Say.That("往后发巴西怎么做才不会又被扣").Sees(Prevention),
            Say.That("谢谢你").Sees(Farewell)),

        // 目标：做过速卖通的瑜伽服卖家一句话给齐平台向导的全部信息，卖英国和德国。难点：六项信息一句话（直接出结果）、问为什么推荐、省略式追问德国、有品牌的what-if、问某平台为什么没排上。
        Zh("yoga-wear-uk-germany-all-at-once",
            Say.That("B2C，卖瑜伽服，英国和德国，每月预算八千块，在速卖通做过一年，没品牌，推荐下平台").Sees(PlatformResult, "英国|德国").Never(AskModel, AskMarkets, AskCategory, AskBudget, AskExperience, AskBrand),
            Say.That("为什么推荐这个").Sees(WhyAnswer),
            Say.That("德国那边呢").Sees(PlatformResult, "德国"),
            Say.That("要是我有品牌了会不一样吗").Sees(PlatformResult + "|" + CompareAnswer).Never(AskBrand),
            Say.That("Zalando为什么没排上").Sees(WhyAnswer),
            Say.That("好，谢谢").Sees(Farewell)),

        // 目标：寄一批T恤到胡志明市。难点：重量给范围、先问“尺寸”指什么再答、尺寸用英寸、中途问越南进口增值税（问完继续）、“好了继续”并顺带给货值、结果后改重量。
        Zh("tshirts-hcmc-inches-vat-detour",
            Say.That("我要寄一批T恤到胡志明市").Sees(AskWeight).Never(AskDestination),
            Say.That("大概3到5公斤吧，还没称").Sees(AskDimensions),
            Say.That("尺寸是指纸箱大小吗").Sees(AskDimensions).Never(NotUnderstood),
            Say.That("16x12x10英寸").Sees(AskValue),
            Say.That("岔开问一下，越南对小额进口货收不收增值税").Sees(Answered, AskValue),
            Say.That("好了继续，货值两千人民币").Sees(AskUrgency),
            Say.That("不急").Sees(AskTracking),
            Say.That("要").Sees(AskReturns),
            Say.That("可以退").Sees(AskGoods),
            Say.That("没有").Sees(LogisticsResult, "越南"),
            Say.That("改成4公斤呢").Sees(LogisticsResult).Never(AskWeight)),

        // 目标：速卖通上同款收纳盒价格战。难点：同质化价格战以故事讲出、步骤中问差异化成本、跳过一步、预防、谢谢。
        Zh("aliexpress-storage-boxes-price-war",
            Say.That("速卖通上同款收纳盒一堆人卖，价格被压得没利润了").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("对对，说的就是这个").Sees(FirstStep),
            Say.That("做差异化要花很多钱吗").Sees(Answered),
            Say.That("这一步先不做，跳了").Sees(NextOrDone),
            Say.That("好，完成了").Sees(NextOrDone),
            Say.That("怎么才能不再陷进价格战").Sees(Prevention),
            Say.That("谢谢，懂了").Sees(Farewell)),

        // 目标：宠物窝小厂做准备度测评，一句话答两题。难点：一句话答两题（不再问）、先问“认证”指什么再答、一句话答小批量和交期、认证说“不清楚”、人数说“一个半”、预算用“一万左右”、提前要结果、问先补哪块。
        Zh("pet-beds-workshop-readiness-two-in-one",
            Say.That("我们家是做宠物窝的小厂，看看准备好出海没").Sees(ReadinessStart),
            Say.That("产品是自己设计的，出货前会请第三方验货").Sees(AskCertificates).Never(AskQualityCheck),
            Say.That("认证是啥意思，要哪些").Sees(AskCertificates).Never(NotUnderstood),
            Say.That("那我们不清楚要哪些，一个都没做").Sees(AskTaxRegistration),
            Say.That("也没有").Sees(AskSmallBatches),
            Say.That("小批量和定制都行，七天出货").Sees(AskStaff).Never(AskSmallBatches, AskLeadTime),
            Say.That("一个半人吧，老板娘兼着").Sees(AskLanguage),
            Say.That("都靠翻译软件撑着").Sees(AskReadinessBudget),
            Say.That("一万左右").Sees(AskCashCycle),
            Say.That("最多撑一个月不到").Sees(AskOnlineExperience),
            Say.That("停，先看分数").Sees(PartialResult),
            Say.That("我们最该先补的是哪一块").Sees(Roadmap)),

        // 目标：Shopee马来西亚店铺因充电宝缺认证被冻结。难点：缺认证以故事讲出（平台、市场、产品）、步骤中问在哪办认证、继续、预防、谢谢。
        Zh("shopee-my-powerbank-cert-frozen",
            Say.That("Shopee马来站冻结了我们的店，说充电宝缺SIRIM认证").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("没错").Sees(FirstStep),
            Say.That("SIRIM认证去哪里办").Sees(Answered),
            Say.That("OK下一步").Sees(NextOrDone),
            Say.That("这步也搞定").Sees(NextOrDone),
            Say.That("以后要怎么预防").Sees(Prevention),
            Say.That("感谢感谢").Sees(Farewell)),

        // 目标：一个人做独立站，把一双跑鞋寄到墨尔本。难点：重量说“出头”、货值用澳元、中途问澳洲GST（问完继续）、“接着来”并顺带回答时效、省略式追问新加坡、要澳洲的方案。
        Zh("running-shoes-melbourne-gst-then-singapore",
            Say.That("一个人做独立站，要把一双跑鞋寄到墨尔本").Sees(AskWeight).Never(AskDestination),
            Say.That("一千一百克左右").Sees(AskDimensions),
            Say.That("鞋盒33x22x12").Sees(AskValue),
            Say.That("120澳元").Sees(AskUrgency),
            Say.That("澳洲1000澳元以下的进口要交GST吗").Sees(Answered, AskUrgency),
            Say.That("好，接着来，正常速度就行").Sees(AskTracking),
            Say.That("要跟踪").Sees(AskReturns),
            Say.That("30天内可退").Sees(AskGoods),
            Say.That("就是鞋").Sees(LogisticsResult, AustraliaZh),
            Say.That("那新加坡呢").Sees(LogisticsResult, "新加坡").Never(AskWeight),
            Say.That("墨尔本那单的方案，麻烦再调出来").SeesOnce("物流计划：")),

        // 目标：露营灯卖家给德国和法国个人买家选平台。难点：模式、市场、品类在第一句、预算说“两三千”、先问“经验”指什么再答、无跨境经验、有德国商标、比较前两名、省略式追问法国。
        Zh("camping-lights-germany-france-explain-experience",
            Say.That("想卖户外露营灯给德国和法国的个人买家，选哪个平台").Sees(AskBudget).Never(AskModel, AskMarkets, AskCategory),
            Say.That("大概两三千吧，看效果再加").Sees(AskExperience),
            Say.That("经验是指跨境的，还是国内的也算？").Sees(AskExperience).Never(NotUnderstood),
            Say.That("那就没有跨境经验").Sees(AskBrand),
            Say.That("有，德国注册了商标").Sees(PlatformResult, "德国|法国"),
            Say.That("第二名跟第一名差在哪").Sees(WhyAnswer + "|" + CompareAnswer),
            Say.That("那法国呢").Sees(PlatformResult, "法国"),
            Say.That("行，谢谢你啦").Sees(Farewell)),

        // 目标：寄香薰机到利雅得，中途插进一个沙特丢件问题，处理后回到物流。难点：物流向导中报问题（叠加）、“回到刚才寄香薰机的事”（问题还在、答案保留）、货值美金、精油算液体、结果为沙特。
        Zh("aroma-diffuser-riyadh-lost-parcel-detour",
            Say.That("帮我算下寄一箱香薰机到利雅得怎么走").Sees(AskWeight).Never(AskDestination),
            Say.That("5.5kg").Sees(AskDimensions),
            Say.That("插句话，上个月寄沙特的小包没跟踪号，买家说到现在都没收到").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("对的").Sees(FirstStep),
            Say.That("还有办法查到吗").Sees(Answered),
            Say.That("先这样，回到刚才寄香薰机的事").Sees(AskDimensions).Never(AskWeight),
            Say.That("52x38x30").Sees(AskValue),
            Say.That("货值800美金").Sees(AskUrgency),
            Say.That("普通").Sees(AskTracking),
            Say.That("要").Sees(AskReturns),
            Say.That("不退").Sees(AskGoods),
            Say.That("香薰机带一小瓶精油").Sees(LogisticsResult, "沙特")),

        // 目标：亚马逊美国站要求补FCC ID，上传后被拒。难点：FCC问题以故事讲出、步骤中问FCC和SDoC区别、继续、预防、谢谢。
        Zh("amazon-us-fcc-id-mismatch",
            Say.That("亚马逊美国要求我们补FCC ID，上传的被拒了，说跟产品对不上").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("嗯，是这个情况").Sees(FirstStep),
            Say.That("FCC认证和SDoC有啥区别").Sees(Answered),
            Say.That("做完了").Sees(SecondOrDone),
            Say.That("还有吗").Sees(NextOrDone),
            Say.That("以后换检测实验室要注意什么").Sees(Prevention),
            Say.That("谢谢老师").Sees(Farewell)),

        // 目标：工厂直发一台缝纫机到洛杉矶，中途改用英文，结果后问加拿大，再用中文要美国的方案。难点：重量用斤（净重和毛重）、尺寸用×、中途换英文（后续问题用英文）、机油、省略式追问、要之前的方案。
        Zh("sewing-machine-la-switch-english",
            Say.That("工厂直发一台小型缝纫机到洛杉矶给客户").Sees(AskWeight).Never(AskDestination),
            Say.That("净重12斤，带箱14斤").Sees(AskDimensions),
            Say.That("55×35×40cm").Sees(AskValue),
            Say.That("报价是320美元").Sees(AskUrgency),
            Say.That("can we do english from here? not urgent at all").Sees(AskTrackingEn),
            Say.That("yes, need it trackable").Sees(AskReturns),
            Say.That("they can return within 7 days").Sees(AskGoods),
            Say.That("no battery, a bit of machine oil inside").Sees(LogisticsResult, UnitedStates),
            Say.That("what if it goes to canada?").Sees(LogisticsResult, "Canada"),
            Say.That("刚才美国那个方案再给我看下").SeesOnce("物流计划：|Logistics plan: ")),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("held23-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("held23-zh-" + name, "zh-CN", turns);
}
