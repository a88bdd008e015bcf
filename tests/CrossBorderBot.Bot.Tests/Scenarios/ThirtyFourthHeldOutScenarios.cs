using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The thirty-fourth held-out batch, written blind before this pass (session 35) changed any behaviour by a helper that
/// wrote only this set and changed no code: from issue #9's text, the README's description of what the bot does and the
/// knowledge data (markets and their cities, platforms, logistics channels, categories, playbooks, readiness questions), by
/// imitating how small exporters type in a Teams or Slack chat, not from the bot's code, its tuning files, the slot
/// vocabulary, the cue vocabulary or earlier batches' wordings (the bot was not run on any of its phrases while writing;
/// every message checked by a script against all other test sources' strings under tests/, bot/ and knowledge/ and the
/// README: same text after lowercasing and removing punctuation, or a shared run of 6 or more words or 8 or more Chinese
/// characters; the first check flagged 116 of 458 messages (scenario turns, prompt replies and openings), most of them
/// short answers, steps and thanks that earlier sets or tests already hold, the rest longer messages sharing a run of
/// words or Chinese characters with an earlier set, a test, the training corpora or the knowledge data; all 116 were
/// reworded; the second flagged 23 of those rewordings, the third 5, the fourth 2, each reworded again; the fifth
/// flagged none: 146 rewordings in all (two more messages lost a web address for the marketplace's plain name and were
/// checked again); <see cref="HeldOutPassScenarioTests"/> rejects any longer message of an earlier batch).
/// This part is REPRESENTATIVE, not a stress test: it measures how a typical small exporter fares, not the newest kinds.
/// It holds the conversations real sellers have (a factory owner, a trading company, a one-person Shopify or Etsy shop, a
/// seller who only knew Taobao, 1688 or Pinduoduo, a Yiwu wholesaler, a small team), in proportion to how often each
/// happens — readiness before going abroad, choosing a platform, shipping a parcel or a batch, a problem on an order, a
/// listing or an account — each typed naturally: typos and abbreviations, mixed English and Chinese, several facts in one
/// message, answers in one's own words, a side question inside a guide, a fact corrected, a what-if or a "why" after a
/// result, the plan asked for again, thanks, a language switch, "cancel" (leaving a guide, or a task started inside
/// another guide). A fact a seller gives early (the team's size, the languages it speaks, the weight, the destination) is
/// expected never to be asked again. Each conversation is one seller's whole goal in 6 to 14 turns; the four guides
/// (logistics, platforms, readiness, fix-an-issue) have ten conversations each, 20 in English and 20 in Chinese. Only
/// places, markets, categories, channels and playbooks the knowledge data holds are named. Never tuned on: the pass count
/// at the commit that added it is in its row of <see cref="HeldOutParts"/>.
/// </summary>
public static class ThirtyFourthHeldOutScenarios
{
    private const string AskTrackingZh = "全程物流跟踪";
    private const string AskReturnsZh = "能够退货";
    private const string AskUrgencyEn = "How fast must it arrive";
    private const string AskTrackingEn = "end-to-end tracking";
    private const string AskReturnsEn = "return the goods";
    private const string AskExperienceEn = "selling experience does your team";
    private const string AskExperienceZh = "跨境销售经验";
    private const string AskBrandEn = "your own brand\\?";
    private const string AskBrandZh = "自己的品牌吗";
    private const string AskTaxRegistrationZh = "IOSS 和 EPR";
    private const string AskSmallBatchesZh = "小批量和定制化产品";
    private const string AskLeadTimeEn = "placing a production order";
    private const string AskLeadTimeZh = "下生产订单到货物可发运";
    private const string AskStaffEn = "How many people work on cross-border";
    private const string AskLanguageEn = "in the target market's language";
    private const string AskReadinessBudgetZh = "每月能为跨境电商投入多少预算";
    private const string AskCashCycleEn = "finance stock in transit";
    private const string PartialResult = ReadinessResult + "|(?i)so far|answered|partial|目前|已回答|已填|部分";
    private const string Roadmap = "(?i)roadmap|step|priorit|fix|improv|路线图|步骤|优先|首先|改进|提升";
    private const string Changed = "(?i)changed|updated|noted|修改|改为|改成|更新|已记下";
    private const string WhyAnswer = "(?i)ranked first|comes first|fit score|because|ruled out|exclud|not suit|limit|cheaper|slower|faster|排在第一|排第一|匹配度|因为|排除|不适合|不支持|限制|更便宜|更快|更慢";
    private const string CompareAnswer = "(?i)cheaper|more expensive|costs? more|costs? less|differen|saves?|higher|lower|than|更便宜|更贵|便宜|贵|差价|相差|省|区别|不同";
    private const string ScoreAnswer = WhyAnswer + "|(?i)score|area|lowest|weak|strong|得分|分数|方面|最低|短板";
    private const string Prevention = "(?i)prevent|again|avoid|next time|future|避免|预防|再次|以后";
    private const string Farewell = "(?i)welcome|glad|pleasure|any ?time|bye|good luck|take care|不客气|再见|随时|很高兴|祝";
    private const string FirstStep = "(?i)Step 1 of|第 1 步";
    private const string SecondOrDone = "(?i)Step 2 of|第 2 步|Well done|every step|所有步骤都完成";
    private const string NextOrDone = "(?i)Step \\d+ of|第 \\d+ 步|Well done|every step|所有步骤都完成";
    private const string Fees = "(?i)fee|commission|referral|%|佣金|费用|费";

    /// <summary>"cancel" leaves the guide: the menu, or words saying the guide was left.</summary>
    private const string Cancelled = Menu + "|(?i)cancel|start over|left|取消|已退出|重新开始";

    /// <summary>A task cancelled inside another guide: back in that guide, its waiting step shown again.</summary>
    private const string BackToSteps = NextOrDone + "|(?i)back to|回到";
    private const string UnitedStates = "United States|\\bUSA?\\b|美国";
    private const string UnitedKingdom = "United Kingdom|\\bUK\\b|Britain|英国";

    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        // ---- logistics, English ----

        // Goal: a one-person Etsy macramé maker mails a wall hanging to a buyer in Sydney. Kinds: a city for the country,
        // a weight, a tube's size, a value in Australian dollars, a side question about the buyer's import tax at a prompt
        // (answered, the prompt asked again), a loose speed, tracking, no returns on custom work, nothing, a what-if on
        // Canada, thanks.
        En("etsy-macrame-hanging-sydney",
            Say.That("hey! i knot macrame wall hangings for my etsy shop, a lady in sydney just bought one, whats my best option to mail it").Sees(AskWeight).Never(AskDestination),
            Say.That("1.3 kilo roughly incl the tube").Sees(AskDimensions),
            Say.That("the tube is 80 x 12 x 12 cm").Sees(AskValue),
            Say.That("she paid 95 aussie dollars").Sees(AskUrgency),
            Say.That("will she have to pay some tax when it lands there?").Sees(Answered, AskUrgency),
            Say.That("regular speed, 2-3 wks is fine").Sees(AskTracking),
            Say.That("yes tracked pls, she likes to follow it").Sees(AskReturns),
            Say.That("no returns on custom pieces").Sees(AskGoods),
            Say.That("just cotton cord and a wooden dowel").Sees(LogisticsResult, "Australia"),
            Say.That("what if it was going to canada instead?").Sees(LogisticsResult + "|" + CompareAnswer, "Canada").Never(AskWeight),
            Say.That("sweet, thank you!!").Sees(Farewell)),

        // Goal: a Ningbo trading company ships three pallets of garden hose reels to an importer in Rotterdam. Kinds: the
        // product, the count and the city in the first message, a gross weight, one pallet's size, an FOB value, sea in own
        // words, tracking, a trade deal as no returns, nothing, a question about rail after the result, the plan again.
        En("ningbo-hose-reels-rotterdam",
            Say.That("small trading co in ningbo, 3 pallets of garden hose reels are ready for an importer in rotterdam").Sees(AskWeight).Never(AskDestination),
            Say.That("total gross wt 640kg").Sees(AskDimensions),
            Say.That("each pallet 120x100x150cm").Sees(AskValue),
            Say.That("fob value usd 5,800").Sees(AskUrgency),
            Say.That("by sea is fine, they restock for spring in march").Sees(AskTracking),
            Say.That("yes, want to see where the container is").Sees(AskReturns),
            Say.That("no returns, its a b2b deal").Sees(AskGoods),
            Say.That("no battery no liquid, plastic and steel only").Sees(LogisticsResult, "Netherlands"),
            Say.That("would the train to europe get there quicker?").Sees(LogisticsResult + "|" + CompareAnswer + "|" + Answered).Never(AskWeight),
            Say.That("ok send me the whole plan once more so i can forward it").SeesOnce("Logistics plan: ")),

        // Goal: a one-person Shopify watch-strap seller posts an order and corrects the destination. Kinds: a city for the
        // country, grams, a small box, a value in dollars, a corrected destination at a later prompt (the pending question
        // kept), a week, tracking, returns, nothing, a "why" after the result, thanks.
        En("shopify-watch-straps-destination-fixed",
            Say.That("solo shopify seller here, watch straps. order of 12 straps going to seoul").Sees(AskWeight).Never(AskDestination),
            Say.That("600g or so").Sees(AskDimensions),
            Say.That("small box 20x15x6").Sees(AskValue),
            Say.That("$130 all in").Sees(AskUrgency),
            Say.That("oops wrong custmer, this one ships to tokyo not seoul").Sees(Changed + "|Japan|Tokyo", AskUrgency).Never(AskDestination),
            Say.That("ideally she gets it inside a week").Sees(AskTracking),
            Say.That("sure, tracking yes").Sees(AskReturns),
            Say.That("she can send them back within 14 days").Sees(AskGoods),
            Say.That("nothing like that, silicone and leather only").Sees(LogisticsResult, "Japan"),
            Say.That("why is the top one cheaper than the rest?").Sees(WhyAnswer + "|" + CompareAnswer + "|" + Answered),
            Say.That("perfect, many thanks for sorting that").Sees(Farewell)),

        // Goal: a Xuchang wig factory ships lace wigs to a salon in Atlanta and switches to Chinese halfway. Kinds: a city
        // for the country, a weight, a carton size, a value in dollars, a language switch with an answer (the next question
        // in Chinese), tracking, returns for defects, nothing, a what-if on a slower, cheaper channel, thanks.
        En("xuchang-wigs-atlanta-switch-chinese",
            Say.That("hi, xuchang wig factory, a salon in atlanta wants 20 lace front wigs, how shd we ship").Sees(AskWeight).Never(AskDestination),
            Say.That("about 7 kg packed").Sees(AskDimensions),
            Say.That("one carton 50*40*30").Sees(AskValue),
            Say.That("invoice is 2600 usd").Sees(AskUrgency),
            Say.That("我换中文说吧，她下周就要用，快一点").Sees(AskTrackingZh),
            Say.That("要有单号，客户要随时查").Sees(AskReturnsZh),
            Say.That("有质量问题可以退").Sees(AskGoods),
            Say.That("没有电池液体，全是真人发").Sees(LogisticsResult, "美国"),
            Say.That("如果走便宜点的渠道要多等几天").Sees(LogisticsResult + "|" + CompareAnswer + "|" + Answered).Never(AskWeight),
            Say.That("好的，谢谢你呀").Sees(Farewell)),

        // Goal: a four-person Suzhou embroidery studio ships framed pieces to a gallery in Paris, cancels while the gallery
        // adds pieces and starts again. Kinds: a city for the country, "cancel", a restart with four facts (none asked
        // again), a value in euros, a deadline, tracking, no returns, nothing, a what-if on sea freight, thanks.
        En("suzhou-embroidery-paris-cancel-restart",
            Say.That("small suzhou embroidery studio, 4 of us. a gallery in paris ordered framed embroidery pieces").Sees(AskWeight).Never(AskDestination),
            Say.That("wait, cancel that, the gallery wants to add more pieces first").Sees(Cancelled),
            Say.That("ok final order: 10 framed pieces to paris, 14kg, one crate 70x50x40").Sees(AskValue).Never(AskWeight, AskDestination, AskDimensions),
            Say.That("EUR 3,200").Sees(AskUrgency),
            Say.That("the exhibition opens in 3 weeks").Sees(AskTracking),
            Say.That("tracking is a must, glass frames").Sees(AskReturns),
            Say.That("no returns, sold as is").Sees(AskGoods),
            Say.That("no batteries, no liquid, only silk, wood and glass").Sees(LogisticsResult, "France"),
            Say.That("what would it be by sea freight instead?").Sees(LogisticsResult + "|" + CompareAnswer + "|" + Answered).Never(AskWeight),
            Say.That("merci, really helpful").Sees(Farewell)),

        // ---- logistics, Chinese ----

        // Goal: a Taobao dress shop posts its first overseas order to Singapore. Kinds: the country, weight and size in one
        // message, a side question about Singapore GST at a prompt (answered, the prompt asked again), a value in yuan, a
        // loose speed, tracking, returns, nothing, a what-if on a Malaysian city, thanks.
        Zh("taobao-dresses-singapore",
            Say.That("淘宝卖女装的，新加坡有个客人下了三条连衣裙，打包好1.2公斤，袋子35*25*8").Sees(AskValue).Never(AskWeight, AskDestination, AskDimensions),
            Say.That("新加坡进口这点东西要交GST吗").Sees(Answered, AskValue),
            Say.That("一共四百二十块人民币").Sees(AskUrgency),
            Say.That("一两周到都行").Sees(AskTracking),
            Say.That("要能在网上查物流").Sees(AskReturns),
            Say.That("不合身可以退").Sees(AskGoods),
            Say.That("没有，纯衣服").Sees(LogisticsResult, "新加坡"),
            Say.That("换成寄槟城呢").Sees(LogisticsResult + "|" + CompareAnswer, "马来西亚").Never(AskWeight),
            Say.That("收到，谢谢亲").Sees(Farewell)),

        // Goal: a Yongkang power-drill factory sends two samples to a client in Jakarta. Kinds: a city for the country, a
        // weight, a size, a value in dollars, a deadline, tracking, samples not returned, a built-in lithium battery, a "why"
        // after the result, a what-if without the batteries, thanks.
        Zh("yongkang-drill-samples-jakarta",
            Say.That("永康做电钻的，雅加达客户要先寄两台样品").Sees(AskWeight).Never(AskDestination),
            Say.That("两台加起来五公斤半").Sees(AskDimensions),
            Say.That("一个纸箱，45乘35乘25").Sees(AskValue),
            Say.That("样品价一百六十美金").Sees(AskUrgency),
            Say.That("客户下周一开会就要看到，尽快").Sees(AskTracking),
            Say.That("当然要跟踪").Sees(AskReturns),
            Say.That("样品不退").Sees(AskGoods),
            Say.That("电钻带锂电池，电池是装在机器里的").Sees(LogisticsResult, "印度尼西亚|印尼"),
            Say.That("为什么有的快递不能走").Sees(WhyAnswer + "|" + Answered),
            Say.That("那电池先不寄，只寄机身呢").Sees(LogisticsResult + "|" + CompareAnswer).Never(AskWeight),
            Say.That("懂了，多谢").Sees(Farewell)),

        // Goal: a home soap maker posts to a regular customer in Ho Chi Minh City and corrects the value. Kinds: a city for
        // the country, a weight, a size, a value, a corrected value at a later prompt (the pending question kept), a loose
        // speed, tracking, no returns, solid not liquid, the plan again.
        Zh("handmade-soap-hcmc-value-fixed",
            Say.That("我自己在家做手工皂，胡志明市有个老客户要二十块").Sees(AskWeight).Never(AskDestination),
            Say.That("一块一百克，总共两公斤出头").Sees(AskDimensions),
            Say.That("盒子30×20×15厘米").Sees(AskValue),
            Say.That("这批货值三百块").Sees(AskUrgency),
            Say.That("刚才说错了，货值是五百块，不是三百").Sees(Changed + "|500", AskUrgency).Never(AskValue),
            Say.That("半个月左右到就好").Sees(AskTracking),
            Say.That("要能一路跟踪的").Sees(AskReturns),
            Say.That("手工的不退不换").Sees(AskGoods),
            Say.That("没有液体，是固体皂").Sees(LogisticsResult, "越南"),
            Say.That("把刚才的物流计划再给我看一下").SeesOnce("物流计划：")),

        // Goal: a Changshu down-jacket factory sends sample cartons to a distributor in Warsaw and switches to English for
        // the buyer. Kinds: a city for the country, a total weight, a carton size, a language switch with an answer (the
        // next questions in English), a value in euros, two weeks, tracking, no returns, nothing, a what-if on Berlin, thanks.
        Zh("changshu-down-jackets-warsaw-switch-english",
            Say.That("常熟羽绒服厂，华沙一个经销商要了四十件样衣").Sees(AskWeight).Never(AskDestination),
            Say.That("三箱，总共三十六公斤").Sees(AskDimensions),
            Say.That("每箱六十乘四十乘五十").Sees(AskValue),
            Say.That("the polish buyer reads this chat, so english please: value is 1,900 euros").Sees(AskUrgencyEn),
            Say.That("two weeks is ok, not urgent").Sees(AskTrackingEn),
            Say.That("yes, tracking needed for the buyer").Sees(AskReturnsEn),
            Say.That("no returns, they're samples for the season").Sees(AskGoods),
            Say.That("no, only down jackets, feathers and polyester").Sees(LogisticsResult, "Poland"),
            Say.That("and if we ship to berlin instead?").Sees(LogisticsResult + "|" + CompareAnswer, "Germany").Never(AskWeight),
            Say.That("thank you, the polish side is happy").Sees(Farewell)),

        // Goal: a Chaozhou tea-set maker ships to a tea house in Los Angeles, cancels while the buyer picks styles and starts
        // again. Kinds: a city for the country, "cancel", a restart with four facts (none asked again), a value in dollars,
        // cheap and safe as the speed, tracking, replacement instead of returns, nothing, a question about US duties after
        // the result, thanks.
        Zh("chaozhou-tea-sets-los-angeles-cancel-restart",
            Say.That("潮州做茶具的，洛杉矶一个茶馆要一批功夫茶具").Sees(AskWeight).Never(AskDestination),
            Say.That("等下，取消，客户还在挑款式").Sees(Cancelled),
            Say.That("款式定了：功夫茶具寄洛杉矶，毛重十二公斤，一箱，箱子55*45*40").Sees(AskValue).Never(AskWeight, AskDestination, AskDimensions),
            Say.That("报关价值九百美元").Sees(AskUrgency),
            Say.That("不急，便宜稳当就行").Sees(AskTracking),
            Say.That("需要追踪").Sees(AskReturns),
            Say.That("碎了我们补发，不接受退货").Sees(AskGoods),
            Say.That("陶瓷的，没电池没液体").Sees(LogisticsResult, "美国"),
            Say.That("美国现在的关税是怎么算的").Sees(Answered),
            Say.That("好，谢谢啦").Sees(Farewell)),

        // ---- platforms, English ----

        // Goal: a Foshan lighting factory picks a platform for Germany and France. Kinds: category and markets in the first
        // message, retail in own words, a budget in yuan, B2B-only experience, no brand, a question naming a platform, a
        // question about CE, thanks.
        En("foshan-ceiling-lights-germany-france",
            Say.That("foshan lighting factory, ceiling lamps and pendant lights. looking to sell online in germany and france").Sees(AskModel).Never(AskCategory, AskMarkets),
            Say.That("to end customers, homeowners mainly").Sees(AskBudget),
            Say.That("around 15000 rmb/month").Sees(AskExperience),
            Say.That("we did some alibaba b2b but never retail").Sees(AskBrand),
            Say.That("no registered brand yet").Sees(PlatformResult, "Germany|France"),
            Say.That("is amazon germany worth it for lamps or too crowded?").Sees(Answered + "|" + WhyAnswer),
            Say.That("what do we need for CE on lights?").Sees(Answered),
            Say.That("ok thanks a lot, very useful for our boss").Sees(Farewell)),

        // Goal: a one-person shop of hand-painted tote bags gives everything in one message. Kinds: every answer at once, a
        // "why" naming another platform, a fee question, a what-if dropping a market, the plan again, thanks.
        En("solo-painted-totes-us-canada-all-in-one",
            Say.That("hi, one-person shop, hand painted canvas tote bags, b2c to the US + canada, about 300 usd a month, 2 years on etsy, no trademark").Sees(PlatformResult, UnitedStates + "|Canada").Never(AskModel, AskMarkets, AskCategory, AskBudget, AskExperience, AskBrand),
            Say.That("why is that one first and not etsy?").Sees(WhyAnswer),
            Say.That("how much are the fees on it").Sees(Fees + "|" + Answered),
            Say.That("what if i only go for canada").Sees(PlatformResult, "Canada"),
            Say.That("can i get the platform plan again?").SeesOnce("Platform plan: "),
            Say.That("cheers, this is great!").Sees(Farewell)),

        // Goal: a Wenzhou packing-machine maker looks for distributors in Mexico and Brazil and switches to Chinese. Kinds:
        // B2B in own words, category and markets in the first message, a language switch with an answer (the next question
        // in Chinese), trade-show and B2B-site experience, a trademark at home, a comparison naming two B2B sites, thanks.
        En("wenzhou-packing-machines-b2b-latam-switch-chinese",
            Say.That("we build small sealing and packing machines in wenzhou, looking for distributors in mexico and brazil").Sees(AskBudget).Never(AskModel, AskMarkets, AskCategory),
            Say.That("我还是用中文吧，预算一个月两万左右").Sees(AskExperienceZh),
            Say.That("展会做得多，网上只有中国制造网的会员").Sees(AskBrandZh),
            Say.That("有品牌，国内注册了").Sees(PlatformResult, "墨西哥|巴西"),
            Say.That("国际站跟made-in-china比，哪边询盘多").Sees(Answered + "|" + WhyAnswer + "|" + CompareAnswer),
            Say.That("行，感谢").Sees(Farewell)),

        // Goal: a six-person Shenzhen phone-accessory team picks a platform and corrects its market. Kinds: the category in
        // the first message, retail, one market, a budget in dollars, a corrected market at a later prompt (the pending
        // question kept), Amazon experience, a brand, a question about UKCA, thanks.
        En("shenzhen-chargers-market-fixed",
            Say.That("we're a 6 person team in shenzhen selling magsafe chargers and phone cases").Sees(AskModel + "|" + AskMarkets).Never(AskCategory),
            Say.That("retail, to end users").Sees(AskMarkets),
            Say.That("australia first").Sees(AskBudget),
            Say.That("budget like 2k usd monthly").Sees(AskExperience),
            Say.That("sorry change the market to the UK, australia is next year").Sees(AskExperience + "|" + Changed).Never(AskMarkets),
            Say.That("amazon US for 3 years, doing ok").Sees(AskBrand),
            Say.That("yes, brand registered in US and UK").Sees(PlatformResult, UnitedKingdom),
            Say.That("do i need UKCA for the chargers?").Sees(Answered),
            Say.That("thank you so much, very helpful for the team").Sees(Farewell)),

        // Goal: a Yiwu kitchen-gadget wholesaler picks a platform for the Philippines and Vietnam, cancels to ask about money
        // and starts again. Kinds: category and markets in the first message, "cancel", a restart with four facts (none
        // asked again), offline-only experience, no brand, a question naming a platform, a what-if adding a market, thanks.
        En("yiwu-kitchen-gadgets-ph-vn-cancel-restart",
            Say.That("yiwu kitchen gadgets wholesaler, we wanna try selling in philippines and vietnam").Sees(AskModel).Never(AskCategory, AskMarkets),
            Say.That("cancel for now pls, my brother handles the money side").Sees(Cancelled),
            Say.That("ok im back: kitchen gadgets, sell to consumers, philippines and vietnam, 6000 rmb monthly").Sees(AskExperience).Never(AskModel, AskMarkets, AskCategory, AskBudget),
            Say.That("we only do wholesale offline, nothing online").Sees(AskBrand),
            Say.That("we dont have a brand").Sees(PlatformResult, "Philippines|Vietnam"),
            Say.That("is tiktok shop good for this in the philippines?").Sees(Answered + "|" + WhyAnswer),
            Say.That("what if we add thailand").Sees(PlatformResult, "Thailand"),
            Say.That("ok thanks bro, will try").Sees(Farewell)),

        // ---- platforms, Chinese ----

        // Goal: a Caoxian hanfu maker picks a platform for the US. Kinds: category and market in the first message, retail
        // in own words, a budget, domestic-only experience, a trademark at home, a question naming a platform, a "why",
        // thanks.
        Zh("caoxian-hanfu-us",
            Say.That("曹县做汉服和演出服的，想在美国卖").Sees(AskModel).Never(AskCategory, AskMarkets),
            Say.That("卖给个人，喜欢汉服的年轻人").Sees(AskBudget),
            Say.That("每个月五千块").Sees(AskExperience),
            Say.That("抖音和淘宝都做过，跨境没做过").Sees(AskBrand),
            Say.That("有自己的商标，国内的").Sees(PlatformResult, "美国"),
            Say.That("TikTok美区开店要什么条件").Sees(Answered + "|" + WhyAnswer),
            Say.That("它凭什么排第一个").Sees(WhyAnswer),
            Say.That("好滴，谢谢你们的建议").Sees(Farewell)),

        // Goal: a Yiwu sock wholesaler gives everything in one message for Russia. Kinds: every answer at once, a fee
        // question naming a platform, a side question about getting paid, a what-if adding Turkey, the plan again, thanks.
        Zh("yiwu-socks-russia-all-in-one",
            Say.That("义乌做袜子批发，想卖俄罗斯，零售给个人，预算一个月八千，没做过跨境，没品牌").Sees(PlatformResult, "俄罗斯").Never(AskModel, AskMarkets, AskCategory, AskBudget, AskExperience, AskBrand),
            Say.That("Ozon对中国卖家收多少佣金").Sees(Fees + "|" + Answered),
            Say.That("俄罗斯那边收款麻烦吗").Sees(Answered),
            Say.That("如果再加上土耳其呢").Sees(PlatformResult, "土耳其"),
            Say.That("把平台那份方案再发一遍给我").SeesOnce("平台计划："),
            Say.That("谢了哥们").Sees(Farewell)),

        // Goal: a Ningbo small-appliance factory picks a platform for Spain and Italy and switches to English for its export
        // manager. Kinds: category and markets in the first message, retail, a language switch with an answer (the next
        // questions in English), a budget in euros, experience through a distributor, an EU trademark, a comparison of two
        // platforms, thanks.
        Zh("ningbo-air-fryers-spain-italy-switch-english",
            Say.That("宁波小家电厂，空气炸锅和电热水壶，想做西班牙意大利").Sees(AskModel).Never(AskCategory, AskMarkets),
            Say.That("B2C，卖给家庭用户").Sees(AskBudget),
            Say.That("our export manager will continue in english. budget about 3000 euros a month").Sees(AskExperienceEn),
            Say.That("we sold on amazon spain for one year via a distributor").Sees(AskBrandEn),
            Say.That("yes, own brand, EU trademark registered").Sees(PlatformResult, "Spain|Italy"),
            Say.That("compare amazon and temu for us").Sees(CompareAnswer + "|" + WhyAnswer + "|" + Answered),
            Say.That("great, thanks for the help").Sees(Farewell)),

        // Goal: a Zhili children's-wear maker picks a platform for South Korea and corrects its experience. Kinds: category
        // and market in the first message, retail in own words, a budget, no experience, a corrected experience at a later
        // prompt (the pending question kept), a brand not registered there, a question naming a platform, a question about
        // KC, thanks.
        Zh("zhili-kidswear-korea-experience-fixed",
            Say.That("织里做童装的，想卖到韩国").Sees(AskModel).Never(AskCategory, AskMarkets),
            Say.That("直接卖给宝妈").Sees(AskBudget),
            Say.That("每个月一万上下").Sees(AskExperience),
            Say.That("跨境没有经验").Sees(AskBrand),
            Say.That("哦对了，刚才说错了，其实速卖通我们做过半年").Sees(AskBrand + "|" + Changed).Never(AskExperience),
            Say.That("品牌有，韩国没注册").Sees(PlatformResult, "韩国"),
            Say.That("Coupang好进吗").Sees(Answered + "|" + WhyAnswer),
            Say.That("童装卖韩国要KC认证吗").Sees(Answered),
            Say.That("懂了，谢谢老师").Sees(Farewell)),

        // Goal: a Pingxiang kids'-bike maker picks a platform for Australia, cancels to ask the boss about the budget and
        // starts again. Kinds: category and market in the first message, "cancel", a restart with four facts (none asked
        // again), supplier-only experience, no brand, a comparison naming two platforms, a safety-standard question, thanks.
        Zh("pingxiang-kids-bikes-australia-cancel-restart",
            Say.That("河北平乡做儿童自行车和滑板车的，想在澳洲卖").Sees(AskModel).Never(AskCategory, AskMarkets),
            Say.That("先取消吧，我去问问老板预算").Sees(Cancelled),
            Say.That("问好了。童车滑板车，卖澳大利亚普通家庭，月预算一万五").Sees(AskExperience).Never(AskModel, AskMarkets, AskCategory, AskBudget),
            Say.That("以前给亚马逊卖家供货，自己没开过店").Sees(AskBrand),
            Say.That("没牌子，都是白牌").Sees(PlatformResult, "澳大利亚|澳洲"),
            Say.That("澳洲亚马逊和eBay哪个适合新手").Sees(Answered + "|" + WhyAnswer + "|" + CompareAnswer),
            Say.That("滑板车卖澳洲有什么安全标准要做").Sees(Answered),
            Say.That("好的，我跟老板说，谢谢").Sees(Farewell)),

        // ---- readiness, English ----

        // Goal: a Qingdao pet-products factory checks its readiness. Kinds: the company's size in the first message, a
        // patented part, AQL checks, "none needed?", a side question about IOSS at a prompt (answered, the prompt asked
        // again), none, a minimum order, a lead time, a team, English only, a budget, a cash cycle, the result so far, the
        // first step.
        En("qingdao-pet-harness-readiness",
            Say.That("qingdao pet products factory here, leashes + harnesses, 80 workers. can we handle selling cross border by ourselves?").Sees(ReadinessStart),
            Say.That("our harnesses have a patented buckle, so pretty different").Sees(AskQualityCheck),
            Say.That("we do AQL checks on each lot").Sees(AskCertificates),
            Say.That("none needed for pet stuff i think?").Sees(AskTaxRegistration),
            Say.That("what's IOSS exactly and do i need it?").Sees(Answered, AskTaxRegistration),
            Say.That("then no, we have none").Sees(AskSmallBatches),
            Say.That("yes, 200 pcs per color").Sees(AskLeadTime),
            Say.That("roughly 3 weeks").Sees(AskStaff),
            Say.That("2 people on it").Sees(AskLanguage),
            Say.That("english yes, other languages no").Sees(AskReadinessBudget),
            Say.That("15k cny").Sees(AskCashCycle),
            Say.That("about 3 months").Sees(AskOnlineExperience),
            Say.That("where do we stand now?").Sees(PartialResult),
            Say.That("which step first?").Sees(Roadmap)),

        // Goal: a one-person Etsy earring maker checks her readiness with team and language given at the start. Kinds: the
        // team's size and its language in the first message (never asked again), own designs, checking each pair, "not
        // sure", none, small runs, a lead time, a small budget, a cash cycle, Etsy experience, some data, the result so far,
        // how to improve.
        En("solo-clay-earrings-readiness-team-given",
            Say.That("just me running things, i speak english well. i make polymer clay earrings, am i ready to sell overseas?").Sees(ReadinessStart),
            Say.That("all handmade, my own designs").Sees(AskQualityCheck),
            Say.That("i check each pair before packing").Sees(AskCertificates),
            Say.That("not sure what certs earrings need").Sees(AskTaxRegistration),
            Say.That("havent registered anything").Sees(AskSmallBatches),
            Say.That("yes, i make in small runs anyway").Sees(AskLeadTime),
            Say.That("2-4 days").Sees(AskReadinessBudget).Never(AskStaff, AskLanguage),
            Say.That("1500 rmb").Sees(AskCashCycle),
            Say.That("a month maybe").Sees(AskOnlineExperience),
            Say.That("etsy for 18 months").Sees(AskData),
            Say.That("i check etsy stats weekly").Sees(AskTrademark),
            Say.That("how am i doing up to now?").Sees(PartialResult),
            Say.That("what should i improve?").Sees(Roadmap)),

        // Goal: a Shenzhen makeup-brush OEM factory checks its readiness and switches to Chinese. Kinds: the company in the
        // first message, mixed designs, first-article and random checks, a language switch with an answer (the next
        // questions in Chinese), none, a minimum order, a lead time, a team, English, a budget, the result so far, the first
        // step.
        En("makeup-brush-oem-readiness-switch-chinese",
            Say.That("we're a makeup brush factory, about 40 staff, mainly OEM. could we sell direct to consumers abroad, are we ready?").Sees(ReadinessStart),
            Say.That("some own designs, some from clients").Sees(AskQualityCheck),
            Say.That("QC checks the first article and random samples").Sees(AskCertificates),
            Say.That("我们改用中文：只有ISO9001，产品认证没有").Sees(AskTaxRegistrationZh),
            Say.That("这些都没有办").Sees(AskSmallBatchesZh),
            Say.That("可以，一百支起").Sees(AskLeadTimeZh),
            Say.That("二十天能出货").Sees(AskStaff),
            Say.That("有三个人在做").Sees(AskLanguage),
            Say.That("英语沟通可以").Sees(AskReadinessBudgetZh),
            Say.That("每月两万块的样子").Sees(AskCashCycle),
            Say.That("现在的得分看一下").Sees(PartialResult),
            Say.That("第一步先做什么好").Sees(Roadmap)),

        // Goal: a Xiamen outdoor-cushion company checks its readiness and corrects its team count. Kinds: the company in the
        // first message, a few special fabrics, third-party inspection, a test report by name, one VAT, small runs, a lead
        // time, a team, two languages, a correction of an earlier answer in passing (the pending question kept), a budget,
        // the result so far, a "why" about one area.
        En("xiamen-outdoor-cushions-readiness-staff-fixed",
            Say.That("xiamen company, outdoor cushions and hammocks, 25 staff. pls assess our readiness for selling on marketplaces abroad").Sees(ReadinessStart),
            Say.That("a few special fabrics, otherwise similar").Sees(AskQualityCheck),
            Say.That("third party inspection before each shipment").Sees(AskCertificates),
            Say.That("REACH test report for the fabric").Sees(AskTaxRegistration),
            Say.That("only UK VAT").Sees(AskSmallBatches),
            Say.That("small runs ok, 100 pcs").Sees(AskLeadTime),
            Say.That("30 days normally").Sees(AskStaff),
            Say.That("3 people in the team").Sees(AskLanguage),
            Say.That("english and some spanish").Sees(AskReadinessBudget),
            Say.That("sorry, earlier i said 3 people, it's actually just 1 full time").Sees(AskReadinessBudget + "|" + Changed).Never(NotUnderstood),
            Say.That("20k rmb").Sees(AskCashCycle),
            Say.That("show me the result so far").Sees(PartialResult),
            Say.That("why did the team part score low?").Sees(ScoreAnswer)),

        // Goal: a Linyi wooden-toy wholesaler unsure of many answers checks its readiness. Kinds: "same as most", no checks,
        // "don't know", "never heard of those", "usually yes", a guessed lead time, one part-timer, translator only, a
        // budget, a short cash cycle, the score, a "why" about the score, thanks.
        En("linyi-wooden-toys-readiness-unsure",
            Say.That("linyi, we sell wooden toys wholesale in china. thinking about export online, are we ready?").Sees(ReadinessStart),
            Say.That("same as most sellers honestly").Sees(AskQualityCheck),
            Say.That("we trust the workshop, no checks").Sees(AskCertificates),
            Say.That("dont know about certificates").Sees(AskTaxRegistration),
            Say.That("never heard of those").Sees(AskSmallBatches),
            Say.That("depends on the workshop, usually yes").Sees(AskLeadTime),
            Say.That("no idea, 2 weeks?").Sees(AskStaff),
            Say.That("just me, part-time, after my day job").Sees(AskLanguage),
            Say.That("not really, only google translate").Sees(AskReadinessBudget),
            Say.That("3000 yuan").Sees(AskCashCycle),
            Say.That("under a month of stock").Sees(AskOnlineExperience),
            Say.That("what's my score right now").Sees(PartialResult),
            Say.That("why is that so low?").Sees(ScoreAnswer),
            Say.That("ok, got it, thanks a bunch").Sees(Farewell)),

        // ---- readiness, Chinese ----

        // Goal: a Wenzhou eyewear factory checks its readiness with a side question. Kinds: the company in the first message,
        // own and copied styles, checking every pair, a side question about FDA for sunglasses at a prompt (answered, the
        // prompt asked again), CE only, German VAT, a minimum order, a lead time, a team, English, a budget, the result so
        // far, the first thing to fix.
        Zh("wenzhou-eyewear-readiness-side-question",
            Say.That("温州眼镜厂，做墨镜和光学架子，六十多人，想看看我们能不能自己做跨境").Sees(ReadinessStart),
            Say.That("有些款自己设计，有些是跟款").Sees(AskQualityCheck),
            Say.That("每副都过质检").Sees(AskCertificates),
            Say.That("太阳镜卖美国要FDA吗").Sees(Answered, AskCertificates),
            Say.That("有CE，FDA还没弄").Sees(AskTaxRegistration),
            Say.That("德国的VAT有").Sees(AskSmallBatches),
            Say.That("可以做小单，三百副起").Sees(AskLeadTime),
            Say.That("从下单到出货二十五天左右").Sees(AskStaff),
            Say.That("两个业务员在做").Sees(AskLanguage),
            Say.That("会英语，西班牙语不会").Sees(AskReadinessBudget),
            Say.That("一个月能拿两万").Sees(AskCashCycle),
            Say.That("目前结果怎样").Sees(PartialResult),
            Say.That("最该先改哪一项").Sees(Roadmap)),

        // Goal: a husband-and-wife Taobao leather shop checks its readiness with team and language given at the start.
        // Kinds: the team's size and its language in the first message (never asked again), own patterns, checking each
        // piece, "don't know", none, custom work, a lead time, a small budget, a cash cycle, Taobao experience, some data,
        // the result so far, how to improve.
        Zh("couple-taobao-leather-readiness-team-given",
            Say.That("我们是夫妻俩开的淘宝店，做手工皮具，我老婆英语不错，想问问现在出海准备好了吗").Sees(ReadinessStart),
            Say.That("款式全是自己画的版").Sees(AskQualityCheck),
            Say.That("每个都自己检查缝线").Sees(AskCertificates),
            Say.That("不清楚皮具需要什么认证").Sees(AskTaxRegistration),
            Say.That("税号什么的没有注册过").Sees(AskSmallBatches),
            Say.That("定制没问题").Sees(AskLeadTime),
            Say.That("做一个要一周").Sees(AskReadinessBudget).Never(AskStaff, AskLanguage),
            Say.That("三千块左右吧").Sees(AskCashCycle),
            Say.That("能压一个月").Sees(AskOnlineExperience),
            Say.That("淘宝做了三年多").Sees(AskData),
            Say.That("偶尔看看生意参谋").Sees(AskTrademark),
            Say.That("现在多少分了").Sees(PartialResult),
            Say.That("怎么才能提高分数").Sees(Roadmap)),

        // Goal: a Suzhou wedding-dress studio checks its readiness and switches to English for its assistant. Kinds: the
        // company in the first message, own designs, checking every dress, none, a language switch with an answer (the next
        // questions in English), made to measure, a lead time, a team, languages, a budget, the result so far, where to
        // start.
        Zh("suzhou-wedding-dresses-readiness-switch-english",
            Say.That("苏州虎丘做婚纱礼服的，十几个人，想做独立站卖海外，先测一下准备度").Sees(ReadinessStart),
            Say.That("全部款式自己设计").Sees(AskQualityCheck),
            Say.That("每件出货前都检查").Sees(AskCertificates),
            Say.That("产品没有做认证").Sees(AskTaxRegistration),
            Say.That("my assistant takes over in english: no VAT or EPR yet").Sees(AskSmallBatches),
            Say.That("yes, made to measure is our main business").Sees(AskLeadTimeEn),
            Say.That("about 30 days per dress").Sees(AskStaffEn),
            Say.That("4 full time").Sees(AskLanguageEn),
            Say.That("english fine, one speaks french").Sees(AskReadinessBudget),
            Say.That("40000 yuan").Sees(AskCashCycleEn),
            Say.That("can we see the result now?").Sees(PartialResult),
            Say.That("where should we start to get better").Sees(Roadmap)),

        // Goal: a Guangzhou skincare OEM checks its readiness and corrects its budget. Kinds: the company in the first
        // message, own formulas, retained samples, a cosmetics registration by name, none, a minimum order, a lead time, a
        // team, simple English, a budget, a correction of an earlier answer in passing (the pending question kept), the
        // result so far, the weakest area.
        Zh("guangzhou-skincare-oem-readiness-budget-fixed",
            Say.That("广州白云做护肤品代工的，三十人左右，想做自己的跨境品牌，帮忙看看准备度").Sees(ReadinessStart),
            Say.That("配方有自己的").Sees(AskQualityCheck),
            Say.That("每批都留样，送检测").Sees(AskCertificates),
            Say.That("有美国MoCRA登记，欧盟CPNP还没做").Sees(AskTaxRegistration),
            Say.That("这些注册都还没有").Sees(AskSmallBatches),
            Say.That("小批量可以，五百瓶起").Sees(AskLeadTime),
            Say.That("差不多三十天").Sees(AskStaff),
            Say.That("就两个人负责").Sees(AskLanguage),
            Say.That("会简单英语").Sees(AskReadinessBudget),
            Say.That("一万块出头").Sees(AskCashCycle),
            Say.That("刚才预算说少了，应该是一万五").Sees(AskCashCycle + "|" + Changed).Never(NotUnderstood),
            Say.That("给我看当前评分").Sees(PartialResult),
            Say.That("哪块最弱").Sees(ScoreAnswer)),

        // Goal: a one-person Pinduoduo screen-protector seller unsure of many answers checks her readiness. Kinds: the team's
        // size in the first message (never asked again), "same as others", no checks, "don't understand these", "never
        // heard", "probably", a guessed lead time, no English, a small budget, no cash to spare, the score, a "why" about
        // the score, thanks.
        Zh("solo-pdd-screen-protectors-readiness-unsure",
            Say.That("我一个人在拼多多卖手机钢化膜，想了解做跨境够不够格").Sees(ReadinessStart),
            Say.That("跟别家卖的差不多").Sees(AskQualityCheck),
            Say.That("厂家发货，我不检查").Sees(AskCertificates),
            Say.That("不懂这些").Sees(AskTaxRegistration),
            Say.That("这些都没听说过").Sees(AskSmallBatches),
            Say.That("找工厂定做应该可以").Sees(AskLeadTime),
            Say.That("不确定，一周左右吧").Sees(AskLanguage).Never(AskStaff),
            Say.That("我英语不行").Sees(AskReadinessBudget),
            Say.That("一千块").Sees(AskCashCycle),
            Say.That("压不了多久货").Sees(AskOnlineExperience),
            Say.That("我现在能得多少分").Sees(PartialResult),
            Say.That("为什么这么低啊").Sees(ScoreAnswer),
            Say.That("行吧，谢谢了").Sees(Farewell)),

        // ---- fix an issue, English ----

        // Goal: a Shopee Philippines shop is suspended for late shipments. Kinds: platform, market and the suspension in the
        // problem, a step done, a question about open orders, "next", prevention, thanks.
        En("shopee-ph-suspended-late-shipments",
            Say.That("shopee philippines suspended my shop, says too many late shipments").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("yes that matches my case").Sees(FirstStep),
            Say.That("read the email, it lists 14 late orders").Sees(SecondOrDone),
            Say.That("can i still ship the orders that are open?").Sees(Answered + "|" + NextOrDone),
            Say.That("next step pls, what now").Sees(NextOrDone),
            Say.That("how do i stop this from happening again").Sees(Prevention),
            Say.That("thanks, helps a lot").Sees(Farewell)),

        // Goal: Amazon US removes listings after a trademark complaint about a brand name in titles. Kinds: platform, market
        // and the complaint in the problem, a step done, a question about relisting, "what's after", prevention, thanks.
        En("amazon-us-trademark-complaint-titles",
            Say.That("amazon US removed 5 listings because of a trademark complaint, we had a brand name in the title").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("correct, it's an IP complaint").Sees(FirstStep),
            Say.That("got the complaint details, it's from the brand owner").Sees(SecondOrDone),
            Say.That("can we just delete the word and relist?").Sees(Answered + "|" + NextOrDone),
            Say.That("ok, what's after that").Sees(NextOrDone),
            Say.That("how do we check titles before listing in future?").Sees(Prevention + "|" + Answered),
            Say.That("many thanks, that clears it up").Sees(Farewell)),

        // Goal: listings blocked for missing product-safety data; the market comes after. Kinds: a problem without its market
        // (the market asked), the marketplace and country in own words, a step done, a question about the label, "and then",
        // prevention, thanks.
        En("gpsr-blocked-market-after",
            Say.That("our listings got blocked, it says missing product safety info and a responsible person").Sees(AskIssueMarket + "|" + BestMatch).Never(AskProblem),
            Say.That("it's on amazon germany").Sees(BestMatch),
            Say.That("yes, that's our problem").Sees(FirstStep),
            Say.That("we contacted a company that acts as EU responsible person").Sees(SecondOrDone),
            Say.That("does the label on the product need their address too?").Sees(Answered),
            Say.That("and then what?").Sees(NextOrDone),
            Say.That("how do we avoid this for new products?").Sees(Prevention + "|" + Answered),
            Say.That("cheers, thanks").Sees(Farewell)),

        // Goal: a parcel to Vancouver has no updates; a replacement shipment is started and cancelled inside the guide. Kinds:
        // a city for the country and the problem in one message, a step done, a new task inside the guide, "cancel" of that
        // task, a refund question, prevention, thanks.
        En("vancouver-parcel-no-updates-shipment-cancelled",
            Say.That("parcel to a customer in vancouver shows no update for 18 days, she's asking for a refund").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("yes, no tracking updates").Sees(FirstStep),
            Say.That("checked the carrier site and 17track, nothing").Sees(SecondOrDone),
            Say.That("by the way, i also have 2 kg of replacement cushions to ship to calgary").Sees(AskDimensions).Never(AskWeight, AskDestination),
            Say.That("hmm cancel that, do it later").Sees(BackToSteps),
            Say.That("should i refund her now or wait?").Sees(Answered + "|" + NextOrDone),
            Say.That("what can i do so parcels don't get lost again?").Sees(Prevention),
            Say.That("thanks, much appreciated").Sees(Farewell)),

        // Goal: an Amazon UK laptop-stand seller is caught in a price war. Kinds: platform, market and the undercutting in
        // the problem, a step done, a question about lowering prices, "go on", prevention, thanks.
        En("amazon-uk-laptop-stands-price-war",
            Say.That("on amazon UK sellers keep undercutting us on laptop stands, we're losing money on every sale").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("yes the price war one").Sees(FirstStep),
            Say.That("worked out our real cost per unit with fees and ads").Sees(SecondOrDone),
            Say.That("should we lower prices too or not?").Sees(Answered + "|" + NextOrDone),
            Say.That("go on, whats next").Sees(NextOrDone),
            Say.That("how do we stay out of price wars later").Sees(Prevention + "|" + Answered),
            Say.That("thank you, good advice").Sees(Farewell)),

        // ---- fix an issue, Chinese ----

        // Goal: an AliExpress Spain buyer says curtains differ in colour from the photos. Kinds: platform, market and the
        // complaint in the problem, a step done, a question about a partial refund, "next", prevention, thanks.
        Zh("aliexpress-es-curtains-colour-not-as-described",
            Say.That("速卖通上一个西班牙买家说窗帘颜色和照片差太多，要退款").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("是的，货不对版").Sees(FirstStep),
            Say.That("拿实物对比过，图片确实调色过头了").Sees(SecondOrDone),
            Say.That("要全额退还是部分退").Sees(Answered + "|" + NextOrDone),
            Say.That("下一步怎么弄呢").Sees(NextOrDone),
            Say.That("以后拍产品图，怎么避免色差纠纷").Sees(Prevention),
            Say.That("好的，感谢帮忙").Sees(Farewell)),

        // Goal: DHL's shipment to Mexico is held by customs for duties and a tax ID. Kinds: a country, a carrier and the hold
        // in the problem, a step done, a question about Mexican tariffs, "then", prevention, thanks.
        Zh("mexico-dhl-customs-hold-tax-id",
            Say.That("寄墨西哥的一票DHL在海关卡住了，要补关税和税号").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("对，扣关").Sees(FirstStep),
            Say.That("通知看了，要收件人的RFC").Sees(SecondOrDone),
            Say.That("中国产品进墨西哥现在收多少关税").Sees(Answered),
            Say.That("接着要做啥呢").Sees(NextOrDone),
            Say.That("以后发墨西哥要提前准备什么").Sees(Prevention + "|" + Answered),
            Say.That("谢谢，明白该怎么办了").Sees(Farewell)),

        // Goal: listings blocked for a missing EPR number; the market comes after and a colleague asks in English. Kinds: a
        // problem without its market (the market asked), the store's country, a step done, a language switch with a
        // question, a "next" in English, prevention, thanks.
        Zh("epr-number-missing-france-switch-english",
            Say.That("平台说我们缺少EPR注册号，把商品都屏蔽了").Sees(AskIssueMarket + "|" + BestMatch).Never(AskProblem),
            Say.That("是法国站").Sees(BestMatch),
            Say.That("没错，是EPR的问题").Sees(FirstStep),
            Say.That("已经列了纺织品和包装两类").Sees(SecondOrDone),
            Say.That("my colleague asks in english: can an authorised representative register for us?").Sees(Answered),
            Say.That("ok, on to the next step").Sees(NextOrDone),
            Say.That("how do we handle germany and spain later?").Sees(Prevention + "|" + Answered),
            Say.That("thanks a lot, bye").Sees(Farewell)),

        // Goal: Lazada Thailand earbuds get bad reviews; a replacement shipment is started and cancelled inside the guide.
        // Kinds: platform, market and the complaint in the problem, a step done, a new task inside the guide, "cancel" of
        // that task, a question about delisting, "then", prevention, thanks.
        Zh("lazada-th-earbuds-bad-reviews-shipment-cancelled",
            Say.That("Lazada泰国站的蓝牙耳机最近差评很多，说一只耳朵没声音").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("对，质量差评").Sees(FirstStep),
            Say.That("统计了一下，差评率到了百分之八").Sees(SecondOrDone),
            Say.That("对了，我还有批换新的耳机，五公斤，要寄曼谷").Sees(AskDimensions).Never(AskWeight, AskDestination),
            Say.That("算了，这个先不寄").Sees(BackToSteps),
            Say.That("有问题的那批货要全部下架吗").Sees(Answered + "|" + NextOrDone),
            Say.That("然后该干嘛").Sees(NextOrDone),
            Say.That("以后怎么提前发现质量问题").Sees(Prevention),
            Say.That("好的谢啦，学到了").Sees(Farewell)),

        // Goal: Amazon Japan delists power banks for a missing PSE certificate. Kinds: platform, market and the missing
        // certificate in the problem, a step done, a question about how long PSE takes, "next", prevention, thanks.
        Zh("amazon-jp-power-banks-pse-missing",
            Say.That("我们在亚马逊日本的充电宝被下架了，要提供PSE证书").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("是缺认证").Sees(FirstStep),
            Say.That("找了检测机构问报价").Sees(SecondOrDone),
            Say.That("PSE证书大概多久能办下来").Sees(Answered),
            Say.That("那再下一步呢").Sees(NextOrDone),
            Say.That("以后新品上架之前要注意哪些").Sees(Prevention + "|" + Answered),
            Say.That("多谢了").Sees(Farewell)),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("held34-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("held34-zh-" + name, "zh-CN", turns);
}
