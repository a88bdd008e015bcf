using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The nineteenth held-out batch, written blind before the nineteenth pass changed any behaviour by a helper that
/// wrote only this set and changed no code: from issue #9's "Deliver" list and by imitating how small sellers type in
/// chat, not from the code, the slot vocabulary or earlier batches' wordings (every message checked by a script against
/// all other test sources' strings, the training and held-out corpora and the slot vocabulary, after lowercasing and
/// removing punctuation and spaces, with a near-match pass; <see cref="NineteenthPassScenarioTests"/> rejects any
/// longer message of an earlier batch). Each conversation is one seller's whole goal from start to end (a logistics
/// result, a platform result, a readiness result or a problem's fix walked step by step) in 6 to 14 turns. The hard
/// kinds are spread evenly, one or two per conversation: natural answers at prompts (typos, slang, amounts in words,
/// mixed language, "not sure" / "随便"), several facts in one message, facts never asked again (also across guides),
/// side questions with the guide resuming, what-ifs after a result (market, weight, product, speed, battery), "why X
/// and not Y?", corrections, problems told as stories naming a platform or market, two markets or two products,
/// language switches both ways, plan recall in other words with a what-if after it, another guide's goal asked inside
/// a guide, thanks and goodbyes mid-way and at the end, a topic declined, details at the problem's confirm question,
/// questions about the bot's own result, quantities in every form, US states and cities, goods the base does not list
/// by name, a market named in a clause about another slot, another question's topic while one waits, pauses and coming
/// back, pronoun follow-ups, "how was this price worked out?", two results compared; and this pass's kinds: a need
/// stated like a problem at a prompt (at the tracking question), an answer that mentions a sensitive word of another
/// topic (patents at the differentiation question), asking for one question at a time under the readiness form (web
/// chat), going back to shipping after a side comparison (the parcel kept), products named in the seller's own words
/// in the first message, people counted in parts, asking for faster or cheaper after a speed was chosen, and questions
/// inside a playbook about its own step. Messages that echoed the example phrases the tuning helpers were given were
/// reworded before the second measurement (see <see cref="NineteenthPassScenarioTests"/>).
/// About a third of the turns are plain answers in a seller's own words. 20 in English, 20 in Chinese; each
/// scenario's comment states the seller's goal and the kinds it carries. Never tuned on: the pass count at the
/// commit that added it is in <see cref="NineteenthPassScenarioTests"/>.
/// </summary>
public static class NineteenthHeldOutScenarios
{
    private const string Noted = "(?i)noted|记下";
    private const string WhyAnswer = "(?i)ranked first|comes first|fit score|because|ruled out|exclud|not suit|limit|cheaper|slower|faster|排在第一|排第一|匹配度|因为|排除|不适合|不支持|限制|更便宜|更快|更慢";
    private const string HowSure = "(?i)estimat|approximat|indicative|rough|depend|vary|varies|source|review|actual|估|大致|大概|仅供参考|为准|来源|取决|实际|不确定";
    private const string PriceBasis = "(?i)weigh|\\bkg\\b|per kg|rate|estimat|based on|zone|surcharge|volumetric|重量|公斤|费率|估算|按|基于|附加费|体积重";
    private const string CompareAnswer = "(?i)cheaper|more expensive|costs? more|costs? less|differen|saves?|higher|lower|than|更便宜|更贵|便宜|贵|差价|相差|省";
    private const string FasterAnswer = "(?i)express|faster|fastest|quicker|days|更快|最快|快递|天";
    private const string ScoreAnswer = WhyAnswer + "|(?i)score|area|得分|分数|方面|领域";
    private const string Farewell = "(?i)welcome|glad|pleasure|any ?time|bye|good luck|take care|不客气|再见|随时|很高兴|祝";
    private const string FirstStep = "(?i)Step 1 of|第 1 步";
    private const string SecondStep = "(?i)Step 2 of|第 2 步";
    private const string ThirdStep = "(?i)Step 3 of|第 3 步";
    private const string AnyStep = "(?i)Step \\d+ of|第 \\d+ 步";
    private const string UnitedStates = "United States|\\bUSA?\\b|美国";
    private const string AnyLogisticsQuestion = AskWeight + "|" + AskDimensions + "|" + AskValue + "|" + AskDestination + "|" + AskUrgency + "|" + AskTracking + "|" + AskReturns + "|" + AskGoods;
    private const string AnyPlatformQuestion = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;
    private const string LaterLogisticsQuestion = AskUrgency + "|" + AskTracking + "|" + AskReturns + "|" + AskGoods + "|" + LogisticsResult;

    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        // Goal: yoga blocks in cartons to Denver, Colorado; at the tracking question the buyer's wish to follow it online.
        // Kinds: goods not listed by name, cartons, a US city and state, a need stated like a problem, how sure, thanks.
        En("logistics-yoga-blocks-to-denver-buyer-wants-to-follow",
            Say.That("3 cartons of cork yoga blocks going to a studio in denver, colorado, each carton about 11 kg")
                .Never(AskWeight, AskDestination),
            Say.That("cartons are 50x40x40"),
            Say.That("invoice value 420 usd for everything"),
            Say.That("regular speed works, nothing urgent"),
            Say.That("the studio owner likes checking the delivery status on the web herself").Sees(AskReturns + "|" + AskGoods)
                .Never(BestMatch, AskProblem, AskTracking),
            Say.That("no, they're final sale"),
            Say.That("just cork, no batteries no liquids").Sees(LogisticsResult, UnitedStates),
            Say.That("how accurate is that price really?").Sees(HowSure).Never(AskWeight, AskDestination),
            Say.That("ok good enough, thanks!").Sees(Farewell)),

        // Goal: a marketplace for kettlebells and balance boards, named in the seller's own words, sold in Germany.
        // Kinds: products in own words in the first message, budget unsure with a default, why X and not Y, goodbye.
        En("platform-kettlebells-and-balance-boards-germany",
            Say.That("we manufacture kettlebells and wooden balance boards, what platform would you pick for selling them in germany?")
                .Never(AskCategory, AskMarkets),
            Say.That("regular gym-goers, selling direct").Never(AskModel),
            Say.That("budget? honestly no clue yet, whatever a beginner normally spends").Never(NotUnderstood, GaveUp),
            Say.That("we've only done wholesale offline, never online"),
            Say.That("brand yes, registered in germany last year").Sees(PlatformResult).Never(AskMarkets, AskCategory),
            Say.That("why not otto or zalando instead of that one?").Sees(WhyAnswer + "|" + Answered).Never(AnyPlatformQuestion),
            Say.That("ok, makes sense. bye!").Sees(Farewell)),

        // Goal: a candle workshop's readiness on web chat: the form first, then one question at a time.
        // Kinds: facts in the opening kept, asking for one question at a time at the form, a sensitive word of another topic
        // (patents) at the differentiation question, people counted in parts, plain answers, facts never asked again.
        EnForm("readiness-form-candle-workshop-one-by-one",
            Say.That("we're a soy candle workshop, budget around 12k rmb a month, 1 year on etsy, no trademark yet, and we all write ok english. can you check our export readiness?")
                .Sees(ReadinessForm + "|" + AskDifferentiation),
            Say.That("could you ask me each question on its own rather than this form?").Sees(AskDifferentiation).Never(NotUnderstood),
            Say.That("we hold patents on some of our candle molds, otherwise our stuff is fairly standard").Sees(AskQualityCheck)
                .Never(BestMatch, AskProblem),
            Say.That("we burn-test a few candles from each pour").Sees(AskCertificates),
            Say.That("none so far").Sees(AskTaxRegistration),
            Say.That("no ioss, no epr").Sees(AskSmallBatches),
            Say.That("custom scents from 50 pieces").Sees(AskLeadTime),
            Say.That("about 2 weeks from order to ready").Sees(AskStaff),
            Say.That("we're 2 people full-time, 1 more helps out on saturdays and sundays").Sees(AskCashCycle).Never(AskStaff, AskLanguage, AskReadinessBudget),
            Say.That("maybe 2 months").Sees(AskData).Never(AskOnlineExperience),
            Say.That("we check etsy stats every week").Sees(AskIpCheck).Never(AskTrademark),
            Say.That("not really, never searched").Sees(AskChannelChoice),
            Say.That("we use whatever etsy labels offer").Sees(AskReturnsPlan),
            Say.That("buyers message us and we refund, no returns address abroad").Sees(ReadinessResult).Never(AskStaff, AskLanguage)),

        // Goal: a parcel of phone stands to Leeds; a side comparison of two marketplaces; going back to the shipping.
        // Kinds: several facts, a side question about another topic, going back with the parcel kept, plain answers.
        En("logistics-phone-stands-to-leeds-side-comparison-back",
            Say.That("how should i ship a 2 kg box of aluminium phone stands to leeds").Never(AskWeight, AskDestination),
            Say.That("31x24x9 cm"),
            Say.That("btw is amazon or ebay better for selling these in the uk?").Sees(Answered + "|" + WhyAnswer + "|(?i)amazon|ebay")
                .Never(AskWeight, AskDestination, NotUnderstood),
            Say.That("cool, let's resume the stands shipment").Sees(AnyLogisticsQuestion).Never(AskWeight, AskDestination, AskDimensions),
            Say.That("about 70 quid"),
            Say.That("inside 10 days would be ideal"),
            Say.That("tracking pls, need it"),
            Say.That("returns accepted for 14 days"),
            Say.That("all metal, no battery").Sees(LogisticsResult, "(?i)United Kingdom|\\bUK\\b|Britain"),
            Say.That("cheers mate, sorted").Sees(Farewell)),

        // Goal: ceramic planters to Lyon at the cheapest speed; then asking for something faster at a higher price.
        // Kinds: plain answers, "whatever is cheapest", faster after choosing a speed, two results compared, thanks.
        En("logistics-ceramic-planters-to-lyon-faster-after-cheapest",
            Say.That("need to ship ceramic planters to lyon, parcel is 5.5 kg").Never(AskWeight, AskDestination),
            Say.That("45 x 35 x 30"),
            Say.That("worth around 140 eur"),
            Say.That("go with the cheapest, we've got time").Never(NotUnderstood, GaveUp),
            Say.That("yeah, tracked please"),
            Say.That("no returns on planters, sorry"),
            Say.That("nope, only ceramics").Sees(LogisticsResult, "(?i)France"),
            Say.That("could it get there sooner? we can spend a little extra").Sees(LogisticsResult + "|" + FasterAnswer).Never(AskWeight, AskDestination, NotUnderstood),
            Say.That("what's the price gap between that quicker option and the first one?").Sees(CompareAnswer + "|" + PriceBasis).Never(AskWeight, NotUnderstood),
            Say.That("ok thank you, that helps").Sees(Farewell)),

        // Goal: Amazon US suspended the account over invoice authenticity; a question about the step's proof.
        // Kinds: problem story with platform and market, details at the confirm question, a question about the
        // playbook's own step, step done in own words, pause.
        En("problem-amazon-us-invoice-authenticity-suspension",
            Say.That("amazon us deactivated my account, they doubt our supplier invoices are real")
                .Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("yes that's it, about 25k usd stuck in the account").Sees(FirstStep).Never(AskIssueMarket, AskProblem),
            Say.That("what sort of documents would satisfy them on this?").Sees(Answered + "|" + AnyStep).Never(AskProblem, NotUnderstood),
            Say.That("read it all, they want invoices for the last 365 days").Sees(SecondStep),
            Say.That("got the invoices from our factory").Sees(ThirdStep),
            Say.That("that's enough for today, thanks").Sees(Farewell + "|" + Menu).Never(AskProblem)),

        // Goal: Etsy took down listings after a US brand's complaint; why this fix; a step declined; goodbye.
        // Kinds: problem story with platform and market, why this playbook, declining a step, goodbye.
        En("problem-etsy-trademark-complaint-step-declined",
            Say.That("etsy removed 4 of my listings because a us company says i used their brand name in the titles")
                .Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("yes, that's my situation").Sees(FirstStep),
            Say.That("why this fix? i think it's just a misunderstanding").Sees(WhyAnswer + "|" + Answered + "|" + AnyStep).Never(AskProblem),
            Say.That("collected the notices and the 4 listings").Sees(SecondStep),
            Say.That("not doing this one now, next please").Sees(ThirdStep).Never(NotUnderstood),
            Say.That("appreciate it, see ya").Sees(Farewell)),

        // Goal: a marketplace for car phone mounts in Mexico and Brazil, typed with slang; a budget what-if.
        // Kinds: two markets, slang, amount in words, what-if budget, thanks.
        En("platform-car-mounts-mexico-brazil-budget-doubled",
            Say.That("yo which marketplace for car phone mounts in mexico and brazil").Never(AskCategory, AskMarkets),
            Say.That("just regular drivers obv").Never(AskModel),
            Say.That("like fifteen hundred dollars a month").Never(AskBudget),
            Say.That("zero, first time selling abroad"),
            Say.That("nope, generic").Sees(PlatformResult).Never(AskMarkets, AskCategory),
            Say.That("what if we double the budget, does the pick change?").Sees(PlatformResult + "|" + WhyAnswer).Never(AnyPlatformQuestion, NotUnderstood),
            Say.That("sweet, thx").Sees(Farewell)),

        // Goal: USB desk fans with a built-in battery to Osaka; what if the battery is taken out.
        // Kinds: several facts, battery told at the goods question, what-if battery, why that channel, goodbye.
        En("logistics-desk-fans-to-osaka-battery-removed",
            Say.That("shipping 10 small usb desk fans to osaka, 3 kg total").Never(AskWeight, AskDestination),
            Say.That("box 40 by 30 by 20"),
            Say.That("200 bucks"),
            Say.That("a week or so"),
            Say.That("yeah we need a tracking no."),
            Say.That("returns are fine for us"),
            Say.That("each fan has a rechargeable lithium battery built in").Sees(LogisticsResult, "(?i)Japan"),
            Say.That("what if we ship them without the batteries?").Sees(LogisticsResult).Never(AskWeight, AskDestination, NotUnderstood),
            Say.That("why does that one come out on top now?").Sees(WhyAnswer).Never(AskWeight),
            Say.That("perfect, bye").Sees(Farewell)),

        // Goal: cast-iron pans to Toronto; the weight corrected; a question about delivery time at the result.
        // Kinds: several facts, correction of an earlier answer, plain answers, a question at the result, thanks.
        En("logistics-cast-iron-pans-to-toronto-weight-corrected",
            Say.That("sending cast iron pans to toronto, box weighs 4 kg").Never(AskWeight, AskDestination),
            Say.That("35 x 35 x 15"),
            Say.That("oops the box is actually 6 kg, forgot the lids").Sees("6").Never(AskWeight, NotUnderstood),
            Say.That("160 cad"),
            Say.That("we're not in a hurry whatsoever"),
            Say.That("a tracking code would be good"),
            Say.That("returns only if damaged"),
            Say.That("no batteries or liquids, just iron").Sees(LogisticsResult, "(?i)Canada"),
            Say.That("so how many days until it's there?").Sees("(?i)day|week").Never(AskWeight, AskDestination),
            Say.That("thanks a bunch").Sees(Farewell)),

        // Goal: scented candles and ceramic vases to Paris in one message; which first; the second after the result.
        // Kinds: two products, several facts, plain answers, what-if product, thanks.
        En("logistics-candles-and-vases-to-paris",
            Say.That("need shipping for two things to paris: a 2 kg box of scented candles and a 4 kg box of ceramic vases")
                .Sees("(?i)candle|2 ?kg", "(?i)vase|4 ?kg").Never(AskWeight, AskDestination),
            Say.That("the candles first"),
            Say.That("26x26x21"),
            Say.That("value 90 euros"),
            Say.That("no rush on the candles"),
            Say.That("yes, with a tracking link"),
            Say.That("no returns on candles"),
            Say.That("candles are wax, nothing liquid or electric").Sees(LogisticsResult, "(?i)France"),
            Say.That("now the vases box").Sees(LogisticsResult + "|" + AnyLogisticsQuestion, "(?i)France|vase|4 ?kg").Never(AskDestination, AskWeight),
            Say.That("great, thanks for both").Sees(Farewell)),

        // Goal: beach towels to Melbourne, then which marketplace to sell them on there, with the facts kept.
        // Kinds: plain answers, another guide's goal after a result, facts kept across guides, thanks.
        En("logistics-then-platform-beach-towels-melbourne",
            Say.That("ship a sample box of beach towels to melbourne, 3 kg").Never(AskWeight, AskDestination),
            Say.That("42*32*22"),
            Say.That("worth 80 usd"),
            Say.That("two weeks or so is fine"),
            Say.That("we want it trackable, for sure"),
            Say.That("no returns on samples"),
            Say.That("100% cotton, nothing else").Sees(LogisticsResult, "(?i)Australia"),
            Say.That("and where should we list these towels to sell in australia?").Sees(AnyPlatformQuestion + "|" + PlatformResult)
                .Never(AskMarkets, AskCategory),
            Say.That("families at the beach, so b2c").Never(AskModel, AskMarkets),
            Say.That("roughly a grand usd monthly"),
            Say.That("no selling abroad so far"),
            Say.That("we have no brand as of now").Sees(PlatformResult).Never(AskMarkets, AskCategory)),

        // Goal: pet beds to Seattle, Washington; a pause; back later with the plan recalled in other words; another city.
        // Kinds: goods not listed by name, a pause, plan recall in other words, what-if market after a recalled plan.
        En("logistics-pet-beds-to-seattle-recalled-then-vancouver",
            Say.That("what's the best way to get 2 pet beds to seattle washington, 5 kg together").Never(AskWeight, AskDestination),
            Say.That("60x50x25"),
            Say.That("110 dollars"),
            Say.That("slow shipping is ok with us"),
            Say.That("yes, the buyer should get a tracking code"),
            Say.That("30 day returns"),
            Say.That("just foam and fabric").Sees(LogisticsResult, UnitedStates),
            Say.That("ok i'll stop here, talk later").Sees(Farewell + "|" + Menu),
            Say.That("hey, what did you suggest for the seattle pet beds before?").SeesOnce("Logistics plan: "),
            Say.That("and the same parcel to vancouver?").Sees(LogisticsResult, "(?i)Canada").Never(AskWeight, AskDestination, AskDimensions)),

        // Goal: a platform for ceramic tea sets in France and Italy; the seller switches to Chinese mid-guide.
        // Kinds: two markets, language switch with an answer, plain answers, why X and not Y in Chinese.
        En("platform-tea-sets-france-italy-switch-to-chinese",
            Say.That("looking for a platform to sell handmade tea sets").Never(AskCategory),
            Say.That("consumers in france and italy").Never(AskModel, AskMarkets),
            Say.That("我换中文吧，每个月大概八千块预算").Sees(AskExperience + "|" + AskBrand + "|" + PlatformResult)
                .Never("selling experience does your team|your own brand\\?", AskBudget),
            Say.That("之前在亚马逊日本站卖过一年"),
            Say.That("有品牌，欧盟那边还没注册").Sees(PlatformResult).Never(AskMarkets),
            Say.That("为什么没有推荐etsy？").Sees(WhyAnswer).Never(AnyPlatformQuestion),
            Say.That("明白，谢谢").Sees(Farewell)),

        // Goal: a DHL parcel lost on the way to Rome; a question, then a pronoun follow-up; a pause.
        // Kinds: problem story with carrier and city, side question, pronoun follow-up, step done, pause.
        En("problem-dhl-parcel-lost-to-rome",
            Say.That("dhl tracking hasn't moved for 12 days, parcel to rome, the customer is furious")
                .Sees(BestMatch + "|" + AskIssueMarket).Never(AskProblem),
            Say.That("yes, that's exactly what's going on").Sees(FirstStep + "|" + AskIssueMarket).Never(NotUnderstood),
            Say.That("can i file a claim with dhl for it?").Sees(Answered + "|" + AnyStep).Never(AskProblem),
            Say.That("and how long do they usually need for that?").Sees(Answered + "|" + AnyStep).Never(AskProblem, NotUnderstood),
            Say.That("checked dhl and the italian post, nothing").Sees(AnyStep),
            Say.That("gonna stop here for now, thanks").Sees(Farewell + "|" + Menu).Never(AskProblem)),

        // Goal: a brewing-gear maker's readiness, facts first; "idk" at two questions; how sure the score is.
        // Kinds: several facts noted, "don't know" answers, typos, facts never asked again, a question about the result.
        En("readiness-brewing-gear-idk-answers-how-sure",
            Say.That("how ready is our company to sell abroad? we make home beer brewing kits, 4 people on online sales, budget 8k rmb, 2 yrs on tmall, trademark in china only")
                .Sees(Noted, AskDifferentiation),
            Say.That("kinda unique, we design the fermenters ourselfs").Sees(AskQualityCheck),
            Say.That("every kit gets a leak test").Sees(AskCertificates),
            Say.That("idk which certs we'd need").Sees(AskTaxRegistration).Never(GaveUp),
            Say.That("dunno what those are").Sees(AskSmallBatches).Never(GaveUp),
            Say.That("we can do small orders, no customising").Sees(AskLeadTime),
            Say.That("3 wks roughly").Sees(AskLanguage).Never(AskStaff),
            Say.That("one guy speaks good english").Sees(AskCashCycle).Never(AskReadinessBudget),
            Say.That("about 3 months i guess").Sees(AskData).Never(AskOnlineExperience),
            Say.That("tmall dashboard only").Sees(AskIpCheck).Never(AskTrademark),
            Say.That("no, we never searched for other people's marks").Sees(AskChannelChoice),
            Say.That("cheapest quote wins").Sees(AskReturnsPlan),
            Say.That("haven't figured out returns yet").Sees(ReadinessResult).Never(AskStaff, AskTrademark),
            Say.That("how reliable is this score?").Sees(HowSure + "|" + ScoreAnswer).Never(AskDifferentiation)),

        // Goal: a platform for wool scarves in the UK and Germany; the trademark registered in the UK only.
        // Kinds: a market named in a clause about another slot (the market list stays), plain answers, how sure, pause.
        En("platform-wool-scarves-trademark-uk-only",
            Say.That("what marketplace should we use for wool scarves").Never(AskCategory),
            Say.That("straight to shoppers online").Never(AskModel),
            Say.That("uk and germany").Never(AskMarkets),
            Say.That("roughly 600 pounds a month").Never(AskBudget),
            Say.That("a bit of etsy, a few months"),
            Say.That("yes, but the trademark is only registered in the uk").Sees(PlatformResult, "(?i)Germany").Never(AskMarkets),
            Say.That("how confident are you in this ranking?").Sees(HowSure + "|" + WhyAnswer).Never(AnyPlatformQuestion),
            Say.That("alright, I'll leave it there today").Sees(Farewell + "|" + Menu)),

        // Goal: Zalando returns too high on sneakers in Germany; why this fix and not the bad reviews one; steps.
        // Kinds: problem story with platform and market, why this playbook and not another, steps told done, thanks.
        En("problem-zalando-germany-sneaker-returns",
            Say.That("on zalando germany almost half our sneakers come back, mostly 'too small'")
                .Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("yep, sounds right").Sees(FirstStep),
            Say.That("why this one and not the bad reviews fix?").Sees(WhyAnswer + "|" + Answered + "|" + AnyStep).Never(AskProblem),
            Say.That("pulled the returns by size and reason").Sees(SecondStep),
            Say.That("size chart redone with foot length in cm").Sees(ThirdStep),
            Say.That("great help, thanks").Sees(Farewell)),

        // Goal: half a tonne of ceramic tiles to Rotterdam by sea; how the price was made; cheaper if slower.
        // Kinds: "half a tonne", plain answers, how the price was worked out, what-if speed (cheaper), goodbye.
        En("logistics-half-a-tonne-of-tiles-to-rotterdam",
            Say.That("we need to move half a tonne of ceramic tiles to rotterdam").Never(AskWeight, AskDestination),
            Say.That("two pallets, 120x100x90 each"),
            Say.That("goods value 4,000 usd"),
            Say.That("sea is fine, around 6 weeks ok"),
            Say.That("yes, we want to track it"),
            Say.That("tiles can't be sent back"),
            Say.That("tiles only, no hazmat").Sees(LogisticsResult, "(?i)Netherlands"),
            Say.That("how did you calculate that cost?").Sees(PriceBasis).Never(AskWeight, AskDestination),
            Say.That("if we can wait longer is there something cheaper?").Sees(LogisticsResult + "|" + CompareAnswer + "|" + WhyAnswer)
                .Never(AskWeight, NotUnderstood),
            Say.That("good, bye for now").Sees(Farewell)),

        // Goal: hijab scarves to Riyadh; which marketplace works in Saudi asked mid-guide and put off; the parcel finished.
        // Kinds: another guide's goal asked inside a guide, "later", facts never asked again, plain answers, thanks.
        En("logistics-scarves-to-riyadh-platform-asked-and-put-off",
            Say.That("sending 1.5 kg of chiffon scarves to riyadh").Never(AskWeight, AskDestination),
            Say.That("32x22x8"),
            Say.That("which marketplace works in saudi, is noon a good idea for us?")
                .Sees(AnyPlatformQuestion + "|" + PlatformResult + "|" + Answered + "|" + AnyLogisticsQuestion).Never(NotUnderstood),
            Say.That("later, let's finish the parcel first").Sees(AnyLogisticsQuestion).Never(AskWeight, AskDestination, AskDimensions),
            Say.That("value 150 sar"),
            Say.That("needs to be there in under ten days"),
            Say.That("we need tracking on it"),
            Say.That("scarves are non-returnable"),
            Say.That("fabric only").Sees(LogisticsResult, "(?i)Saudi"),
            Say.That("thank you, that's super clear!").Sees(Farewell)),

        // Goal: 手绘纸扇寄阿姆斯特丹，选了便宜的以后问有没有快一点的。
        // Kinds: 产品用自己的话、口语回答、选了时效后要更快、比较两个结果、道谢。
        Zh("logistics-hand-painted-fans-to-amsterdam-faster",
            Say.That("一箱手绘纸扇要发阿姆斯特丹，4公斤上下，我们自己做的").Never(AskWeight, AskDestination),
            Say.That("箱子80*40*15"),
            Say.That("货值一千二人民币"),
            Say.That("便宜为主，慢点没关系").Never(NotUnderstood, GaveUp),
            Say.That("要可以查物流"),
            Say.That("这个不退"),
            Say.That("竹子和纸做的，没电池没液体").Sees(LogisticsResult, "荷兰"),
            Say.That("能不能换个早点到的，多花点钱无所谓").Sees(LogisticsResult + "|" + FasterAnswer).Never(AskWeight, AskDestination, NotUnderstood),
            Say.That("那快的比刚才那个贵多少？").Sees(CompareAnswer + "|" + PriceBasis).Never(AskWeight, NotUnderstood),
            Say.That("行，谢谢").Sees(Farewell)),

        // Goal: 瑜伽垫和弹力带卖美国选平台；为啥第一个排前面；先这样。
        // Kinds: 两个产品用自己的话、金额口语、问为什么排第一、暂停。
        Zh("platform-yoga-mats-resistance-bands-us",
            Say.That("我们卖瑜伽垫和弹力带，想做美国市场，上哪个平台合适").Never(AskCategory, AskMarkets),
            Say.That("卖给健身的个人").Never(AskModel),
            Say.That("每月两万来块吧").Never(AskBudget),
            Say.That("之前在速卖通卖过半年"),
            Say.That("自有品牌，美国那边商标还在审核").Sees(PlatformResult).Never(AskMarkets, AskCategory),
            Say.That("为啥这个排最前面？").Sees(WhyAnswer).Never(AnyPlatformQuestion),
            Say.That("好，今天先聊到这").Sees(Farewell + "|" + Menu)),

        // Goal: 网页聊天里做准备度表单，要求一个一个问；差异化时提到专利；人数分开说。
        // Kinds: 开头多个信息、表单时要求逐个问、回答里提到另一话题的敏感词（专利）、人数分开说、口语回答。
        ZhForm("readiness-form-ceramics-one-by-one",
            Say.That("帮我们评估下出海准备度，我们做日用陶瓷，每月预算两万，在拼多多做了两年，商标已在欧美注册，客服能用英语回复")
                .Sees(ReadinessForm + "|" + AskDifferentiation),
            Say.That("表格填起来太麻烦，你挨个问我行不行？").Sees(AskDifferentiation).Never(NotUnderstood),
            Say.That("部分造型我们自己申请了外观专利，大多数跟别家一样").Sees(AskQualityCheck).Never(BestMatch, AskProblem),
            Say.That("出厂前全检").Sees(AskCertificates),
            Say.That("做过LFGB").Sees(AskTaxRegistration),
            Say.That("都还没有").Sees(AskSmallBatches),
            Say.That("小单可以，定制起订500个").Sees(AskLeadTime),
            Say.That("一般要一个月上下").Sees(AskStaff),
            Say.That("全职两个，另外还有个兼职").Sees(AskCashCycle).Never(AskStaff, AskLanguage, AskReadinessBudget),
            Say.That("撑两三个月问题不大").Sees(AskData).Never(AskOnlineExperience),
            Say.That("看后台数据").Sees(AskIpCheck).Never(AskTrademark),
            Say.That("新品上架前会查").Sees(AskChannelChoice),
            Say.That("货代推荐啥就用啥").Sees(AskReturnsPlan),
            Say.That("退货就地销毁，不退回国内").Sees(ReadinessResult).Never(AskStaff, AskLanguage)),

        // Goal: 折叠椅寄马德里，跟踪问题时说买家想随时看到包裹在哪（愿望不是投诉）；问价格靠不靠谱。
        // Kinds: 一句多信息、把需求说得像问题、口语回答、问结果的把握、道谢。
        Zh("logistics-folding-chairs-to-madrid-buyer-wants-tracking",
            Say.That("两把折叠椅寄马德里，一共9公斤").Never(AskWeight, AskDestination),
            Say.That("70*50*12"),
            Say.That("值八十欧左右"),
            Say.That("两周内到就行"),
            Say.That("买家说想在网上随时看到包裹到哪了").Sees(AskReturns + "|" + AskGoods).Never(BestMatch, AskProblem, AskTracking),
            Say.That("这个不能退"),
            Say.That("都是铁和布，没有电池").Sees(LogisticsResult, "西班牙"),
            Say.That("这价格准不准啊").Sees(HowSure).Never(AskWeight, AskDestination),
            Say.That("好的，多谢了").Sees(Farewell)),

        // Goal: 寄伦敦的包裹，中途比较英国平台，然后“好，回到发货”，包裹信息保留。
        // Kinds: 一句多信息、中途问别的话题、回到指南且信息保留、口语回答、告别。
        Zh("logistics-to-london-side-comparison-then-back",
            Say.That("寄一箱3公斤的保温杯去伦敦，怎么走划算").Never(AskWeight, AskDestination),
            Say.That("41*31*26"),
            Say.That("顺便问下，英国卖保温杯是亚马逊好还是eBay好？").Sees(Answered + "|" + WhyAnswer + "|亚马逊|eBay")
                .Never(AskWeight, AskDestination, NotUnderstood),
            Say.That("好，回到发货的事").Sees(AnyLogisticsQuestion).Never(AskWeight, AskDestination, AskDimensions),
            Say.That("货值五十英镑"),
            Say.That("十天左右"),
            Say.That("伦敦那边要能查物流"),
            Say.That("可以退货的"),
            Say.That("不锈钢杯子，没电池").Sees(LogisticsResult, "英国"),
            Say.That("ok拜拜").Sees(Farewell)),

        // Goal: 美国海关因 UFLPA 扣了棉质 T 恤；步骤中问什么材料算证明；下一步；道谢。
        // Kinds: 问题故事（市场+法规）、确认时补充细节、步骤中问本步骤的问题、步骤完成、道谢。
        Zh("problem-us-customs-uflpa-cotton-tshirts",
            Say.That("美国海关把我们一柜纯棉T恤扣了，说怀疑用了新疆棉").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("是的，洛杉矶港，扣了一个礼拜了").Sees(FirstStep).Never(AskIssueMarket, AskProblem),
            Say.That("什么样的材料才算能证明棉花来源？").Sees(Answered + "|" + AnyStep).Never(AskProblem, NotUnderstood),
            Say.That("扣留通知看过了，截止日期记下了").Sees(SecondStep),
            Say.That("好，下一步").Sees(ThirdStep),
            Say.That("谢谢，先到这").Sees(Farewell + "|" + Menu)),

        // Goal: TikTok Shop 英国站说面霜宣传违规；确认时补充；问为什么是这个方案；拜拜。
        // Kinds: 问题故事（平台+市场）、确认时补充细节、为什么是这个方案、步骤完成、告别。
        Zh("problem-tiktok-uk-cream-claims",
            Say.That("TikTok Shop英国站说我们面霜的功效宣传不实，下架了三个视频").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("对，说我们写了'七天祛斑'").Sees(FirstStep).Never(AskIssueMarket, AskProblem),
            Say.That("为什么推荐这么处理？").Sees(WhyAnswer + "|" + Answered + "|" + AnyStep).Never(AskProblem),
            Say.That("通知的内容和期限搞清楚了").Sees(SecondStep),
            Say.That("这一步也弄完了").Sees(ThirdStep),
            Say.That("好的，那拜拜").Sees(Farewell)),

        // Goal: 亚马逊法国站要 EPR 注册号，没有就下架；问多久能办下来；一步先不做。
        // Kinds: 问题故事（平台+市场）、步骤中提问、代词追问、跳过一步、道谢。
        Zh("problem-amazon-france-epr-number",
            Say.That("亚马逊法国站通知我们缺EPR注册号，不补的话要下架").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("对").Sees(FirstStep),
            Say.That("法国的EPR一般要找谁办？").Sees(Answered + "|" + AnyStep).Never(AskProblem),
            Say.That("从申请到拿到号一般得等多长时间？").Sees(Answered + "|" + AnyStep).Never(AskProblem, NotUnderstood),
            Say.That("这步先不做，看下一步").Sees(SecondStep).Never(NotUnderstood),
            Say.That("多谢指点").Sees(Farewell)),

        // Goal: 半吨陶瓷花盆海运洛杉矶；问价格怎么算；换空运贵多少。
        // Kinds: 半吨、美国城市、口语回答、问价格怎么算、换时效假设、告别。
        Zh("logistics-half-ton-flowerpots-to-la",
            Say.That("有半吨陶瓷花盆要发洛杉矶").Never(AskWeight, AskDestination),
            Say.That("一个托盘，120*100*110"),
            Say.That("货值两万八人民币"),
            Say.That("海运，不急"),
            Say.That("要全程跟踪"),
            Say.That("不接受退回"),
            Say.That("就是花盆，没有违禁品").Sees(LogisticsResult, UnitedStates),
            Say.That("这运费是按什么算的？").Sees(PriceBasis).Never(AskWeight, AskDestination),
            Say.That("要是走空运要贵多少？").Sees(LogisticsResult + "|" + CompareAnswer).Never(AskWeight, AskDestination),
            Say.That("了解，再见").Sees(Farewell)),

        // Goal: 运动水壶先说寄温哥华，后改成西雅图；结果后问几天到。
        // Kinds: 一句多信息、更正目的地、口语回答、结果后提问、道谢。
        Zh("logistics-water-bottles-vancouver-corrected-to-seattle",
            Say.That("帮我看下2公斤运动水壶寄温哥华").Never(AskWeight, AskDestination),
            Say.That("32*20*18"),
            Say.That("不好意思，不是温哥华，是寄西雅图").Sees(UnitedStates).Never(AskDestination, NotUnderstood),
            Say.That("货值四百块"),
            Say.That("十来天能到就行"),
            Say.That("客户要查件，跟踪得有"),
            Say.That("这个就不做退货了"),
            Say.That("水壶是空的，没有液体").Sees(LogisticsResult, UnitedStates),
            Say.That("这个大概几天能到？").Sees("天|周").Never(AskWeight, AskDestination),
            Say.That("谢啦，很清楚").Sees(Farewell)),

        // Goal: 同一个包裹寄日本和韩国，两个都要，先日本。
        // Kinds: 两个市场、一句多信息、口语回答、第二个市场的结果、道谢。
        Zh("logistics-same-parcel-to-japan-and-korea",
            Say.That("一样的包裹，1.5公斤的手机壳，日本和韩国各寄一个").Sees("日本", "韩国").Never(AskWeight),
            Say.That("先算日本").Never(AskWeight, AskDestination),
            Say.That("25*15*10"),
            Say.That("每个包裹值一百五十块"),
            Say.That("七八天吧"),
            Say.That("路上要能查得到"),
            Say.That("两个都不支持退货"),
            Say.That("硅胶的，没电池").Sees(LogisticsResult, "日本"),
            Say.That("韩国那个也算一下").Sees(LogisticsResult, "韩国").Never(AskWeight, AskDimensions, AskValue),
            Say.That("好嘞，谢谢").Sees(Farewell)),

        // Goal: 电动牙刷寄曼谷，带锂电池；如果电池拆掉呢；为什么第一个是这个。
        // Kinds: 口语回答、带电池、电池假设、问为什么排第一、告别。
        Zh("logistics-electric-toothbrushes-to-bangkok-battery",
            Say.That("20支电动牙刷寄曼谷，总共2公斤").Never(AskWeight, AskDestination),
            Say.That("28*18*14"),
            Say.That("货值六百块"),
            Say.That("一周之内能到"),
            Say.That("要带跟踪的渠道"),
            Say.That("牙刷拆了就不给退了"),
            Say.That("每支都带锂电池").Sees(LogisticsResult, "泰国"),
            Say.That("如果电池拆掉单独不发呢？").Sees(LogisticsResult).Never(AskWeight, AskDestination, NotUnderstood),
            Say.That("为啥现在排第一的是这个？").Sees(WhyAnswer).Never(AskWeight),
            Say.That("明白了，拜拜").Sees(Farewell)),

        // Goal: 沙特卖香薰选平台，然后换成阿联酋看看。
        // Kinds: 一句多信息、口语回答、换市场假设、问结果的把握、道谢。
        Zh("platform-aroma-saudi-then-uae",
            Say.That("香薰蜡烛想卖沙特，直接卖个人，选哪个平台").Never(AskCategory, AskMarkets, AskModel),
            Say.That("预算每月一万五上下吧"),
            Say.That("做过两年eBay"),
            Say.That("现在还没有自己的品牌").Sees(PlatformResult).Never(AskMarkets),
            Say.That("换成阿联酋呢？").Sees(PlatformResult, "阿联酋").Never(AnyPlatformQuestion),
            Say.That("这个结果有多可靠？").Sees(HowSure + "|" + WhyAnswer).Never(AnyPlatformQuestion),
            Say.That("收到，谢谢").Sees(Farewell)),

        // Goal: 蓝牙耳机寄悉尼，中途换成英文回答；结果后道谢。
        // Kinds: 一句多信息、中途换成英文（带答案）、口语回答、道谢。
        Zh("logistics-earbuds-to-sydney-switch-to-english",
            Say.That("寄一箱蓝牙耳机到悉尼，1.2公斤，货值300块").Never(AskWeight, AskDestination, AskValue),
            Say.That("22*18*10"),
            Say.That("sorry can we do english? no rush on this one")
                .Sees("end-to-end tracking|return the goods|batteries or liquids\\?|Logistics channels:").Never("全程物流跟踪|能够退货", AskUrgency),
            Say.That("yes, trackable please"),
            Say.That("7-day returns ok"),
            Say.That("each earbud case has a small lithium battery").Sees(LogisticsResult, "(?i)Australia"),
            Say.That("why that carrier first?").Sees(WhyAnswer),
            Say.That("cheers, nothing else from me").Sees(Farewell)),

        // Goal: 之前问过寄新加坡的方案，回来换说法调出来，再问重量翻倍。
        // Kinds: 一句多信息、暂停、换说法召回方案、召回后的重量假设、告别。
        Zh("logistics-dried-fruit-to-singapore-recalled-double-weight",
            Say.That("寄2公斤果干到新加坡，值两百块").Never(AskWeight, AskDestination, AskValue),
            Say.That("30*22*16"),
            Say.That("普通速度"),
            Say.That("跟踪要"),
            Say.That("果干不退换"),
            Say.That("没有液体没有电池，是食品").Sees(LogisticsResult, "新加坡"),
            Say.That("行，我晚点再来找你").Sees(Farewell + "|" + Menu),
            Say.That("我之前问的那个寄新加坡的结果，再发我看看").SeesOnce("物流计划："),
            Say.That("要是重量翻倍，4公斤呢？").Sees(LogisticsResult).Never(AskWeight, AskDestination),
            Say.That("好嘞，拜拜").Sees(Farewell)),

        // Goal: 准备度评估（一个一个问）；中途问 IOSS 是什么然后继续；几个“不清楚”。
        // Kinds: 开头多个信息、步骤中提问后继续、“不清楚”“随便”、已给的不再问、口语回答。
        Zh("readiness-furniture-ioss-question-midway",
            Say.That("我们做实木小家具，想评估下能不能出海，三个人，每月预算一万二，没做过线上，没有商标")
                .Sees(Noted, AskDifferentiation),
            Say.That("做工比别家好一点").Sees(AskQualityCheck),
            Say.That("老师傅自己看").Sees(AskCertificates),
            Say.That("要啥认证我们也搞不清").Sees(AskTaxRegistration).Never(GaveUp),
            Say.That("IOSS到底是个啥，我们要不要办？").Sees(Answered, AskTaxRegistration).Never(NotUnderstood),
            Say.That("那还没有").Sees(AskSmallBatches),
            Say.That("小单能做，定制也行").Sees(AskLeadTime),
            Say.That("四十天左右").Sees(AskLanguage).Never(AskStaff),
            Say.That("英语都不太行").Sees(AskCashCycle).Never(AskReadinessBudget),
            Say.That("一个月顶多了").Sees(AskData).Never(AskOnlineExperience),
            Say.That("没怎么看数据").Sees(AskIpCheck).Never(AskTrademark),
            Say.That("没查过专利").Sees(AskChannelChoice),
            Say.That("随便，哪家都行").Sees(AskReturnsPlan).Never(GaveUp),
            Say.That("退货还没想过").Sees(ReadinessResult).Never(AskStaff, AskTrademark)),

        // Goal: 速卖通西班牙买家说收到的台灯质量差给差评；确认时补充；问那个要多久。
        // Kinds: 问题故事（平台+市场）、确认时补充细节、步骤中提问、代词追问、道谢。
        Zh("problem-aliexpress-spain-lamp-bad-reviews",
            Say.That("速卖通西班牙的买家连着给了好几个差评，说台灯用两天就坏").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("是的，这个月已经五个差评了").Sees(FirstStep).Never(AskIssueMarket, AskProblem),
            Say.That("差评能申请删除吗？").Sees(Answered + "|" + AnyStep).Never(AskProblem),
            Say.That("那一般要多久处理？").Sees(Answered + "|" + AnyStep).Never(AskProblem, NotUnderstood),
            Say.That("差评原因统计好了").Sees(SecondStep),
            Say.That("感谢，回头再弄").Sees(Farewell + "|" + Menu)),

        // Goal: 服装卖法国和意大利选平台；经验问题里提到德国海外仓（市场不变）；为什么不是Zalando。
        // Kinds: 一句多信息、另一槽位的句子里提到市场（市场不变）、口语回答、为什么X不是Y、道谢。
        Zh("platform-womenswear-france-italy-german-warehouse",
            Say.That("女装想卖法国和意大利，B2C，选什么平台").Never(AskModel, AskMarkets, AskCategory),
            Say.That("每月预算三万左右").Never(AskBudget),
            Say.That("在亚马逊做过，德国有个海外仓").Sees(AskBrand + "|" + PlatformResult).Never(AskMarkets, AskExperience),
            Say.That("自有品牌，国内注册的").Sees(PlatformResult, "法国|意大利").Never(AskMarkets),
            Say.That("怎么没推荐Zalando？").Sees(WhyAnswer).Never(AnyPlatformQuestion),
            Say.That("清楚了，多谢").Sees(Farewell)),

        // Goal: 寄墨西哥的结果后，讲出上个月寄巴西被退回的事，转到问题处理。
        // Kinds: 口语回答、结果后讲问题故事（市场）、确认、步骤、道谢。
        Zh("logistics-mexico-then-brazil-returned-parcel-problem",
            Say.That("发一箱3公斤的蓝牙音箱去墨西哥城").Never(AskWeight, AskDestination),
            Say.That("35*25*20"),
            Say.That("货值六十美金"),
            Say.That("时效正常就行"),
            Say.That("得有跟踪单号"),
            Say.That("卖出不退"),
            Say.That("音箱内置锂电池，每个一块").Sees(LogisticsResult, "墨西哥"),
            Say.That("对了，上个月寄巴西的一票被退回来了，说收件人没有税号").Sees(BestMatch + "|" + AskIssueMarket).Never(AskProblem, AskWeight),
            Say.That("对，是这个情况").Sees(FirstStep + "|" + AskIssueMarket),
            Say.That("谢了").Sees(Farewell)),

        // Goal: 20件T恤寄悉尼，按件数说重量和货值；结果后问能不能再便宜点。
        // Kinds: 件数和单件重量、每件价格、口语回答、要更便宜、道谢。
        Zh("logistics-twenty-tshirts-to-sydney-cheaper",
            Say.That("20件T恤寄悉尼，每件200克左右").Never(AskWeight, AskDestination),
            Say.That("装一个袋子，40*30*10"),
            Say.That("一件三十块，总共二十件"),
            Say.That("尽快，客户在等"),
            Say.That("跟踪号得有"),
            Say.That("尺码不对可以换"),
            Say.That("纯棉的衣服而已").Sees(LogisticsResult, "澳大利亚"),
            Say.That("运费能再省点吗？多等几天没关系").Sees(LogisticsResult + "|" + CompareAnswer + "|" + WhyAnswer).Never(AskWeight, NotUnderstood),
            Say.That("好的，感谢").Sees(Farewell)),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("held19-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("held19-zh-" + name, "zh-CN", turns);

    /// <summary>On web chat, where the readiness check is one form.</summary>
    private static ConversationScenario EnForm(string name, params ScenarioTurn[] turns) => new("held19-en-" + name, "en-US", turns, "webchat");

    private static ConversationScenario ZhForm(string name, params ScenarioTurn[] turns) => new("held19-zh-" + name, "zh-CN", turns, "webchat");
}
