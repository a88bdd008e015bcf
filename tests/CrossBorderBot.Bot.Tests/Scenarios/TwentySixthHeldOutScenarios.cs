using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The twenty-sixth held-out batch, written blind before this pass (session 27) changed any behaviour by a helper that wrote only
/// this set and changed no code: from issue #9's text, the README's description of what the bot does and the knowledge
/// data (markets and their cities, platforms, logistics channels, categories, playbooks, readiness questions), by
/// imitating how small exporters type in a Teams or Slack chat, not from the bot's code, its tuning files, the slot
/// vocabulary or earlier batches' wordings (the bot was not run on any of its phrases while writing; every message
/// checked by a script against all other test sources' strings, the recognizer's corpora, the slot vocabulary, the cue
/// vocabulary and the README: same text after lowercasing and removing punctuation, or a shared run of 6 or more words
/// or 8 or more Chinese characters; <see cref="HeldOutPassScenarioTests"/> rejects any longer message of an earlier
/// batch).
/// This part is REPRESENTATIVE, not a stress test: it measures how a typical small exporter fares, not the newest kinds.
/// It holds the conversations real sellers have (a factory owner, a trading company, a one-person Shopify shop, a seller
/// who only knew Taobao or 1688, a Yiwu small-goods wholesaler, a team of three in Shenzhen), in proportion to how often
/// each happens — readiness before going abroad, choosing a platform, shipping a parcel or a batch, a problem on an
/// order or a listing — each typed naturally: typos and abbreviations, mixed English and Chinese, several facts in one
/// message, answers in one's own words, a side question inside a guide, a fact corrected, a what-if or a "why" after a
/// result, the plan asked for again, thanks, a language switch. It draws on the whole range of kinds earlier parts
/// covered, none stressed and no new stress kind invented. Each conversation is one seller's whole goal in 6 to 14
/// turns; the four guides (logistics, platforms, readiness, fix-an-issue) have ten conversations each, 20 in English and
/// 20 in Chinese. Only places, markets, categories, channels and playbooks the knowledge data holds are named. Never
/// tuned on: the pass count at the commit that added it is in its row of <see cref="HeldOutParts"/>.
/// </summary>
public static class TwentySixthHeldOutScenarios
{
    private const string AskTaxRegistrationZh = "IOSS 和 EPR";
    private const string AskSmallBatchesZh = "小批量和定制化产品";
    private const string AskLeadTimeZh = "下生产订单到货物可发运";
    private const string AskLeadTimeEn = "placing a production order";
    private const string AskStaffZh = "有多少人负责跨境电商";
    private const string AskStaffEn = "How many people work on cross-border";
    private const string AskLanguageZh = "用目标市场的语言回复买家";
    private const string AskLanguageEn = "in the target market's language";
    private const string AskReadinessBudgetEn = "What monthly budget \\(CNY\\)";
    private const string AskCashCycle = "finance stock in transit|在途和海外仓库存垫资";
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
    private const string AskUrgencyZh = "对时效有什么要求";
    private const string AskUrgencyEn = "How fast must it arrive";
    private const string AskBrandEn = "your own brand\\?";
    private const string UnitedStates = "United States|\\bUSA?\\b|美国";
    private const string UnitedKingdom = "United Kingdom|\\bUK\\b|Britain|英国";
    private const string Emirates = "United Arab Emirates|\\bUAE\\b|阿联酋";
    private const string AustraliaZh = "澳大利亚|澳洲";

    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        // ---- logistics, English ----

        // Goal: a one-person Shopify shop sends a ceramic planter to a buyer in Chicago. Kinds: a city for the country,
        // weight in grams with a typo, dimensions in inches, value in dollars typed loosely, "w/ tracking", thanks.
        En("solo-shop-planter-chicago",
            Say.That("hi! sold a ceramic planter on my shopify, buyer lives in chicago, how do i get it to her cheaply").Sees(AskWeight).Never(AskDestination),
            Say.That("its arround 1400 grams w/ bubble wrap").Sees(AskDimensions),
            Say.That("10 x 10 x 12 inches").Sees(AskValue),
            Say.That("she paid $58").Sees(AskUrgency),
            Say.That("cheap > fast, shes not in a hurry").Sees(AskTracking),
            Say.That("w/ tracking pls").Sees(AskReturns),
            Say.That("no returns for this order").Sees(AskGoods),
            Say.That("nope just ceramic").Sees(LogisticsResult, UnitedStates),
            Say.That("cool ty so much").Sees(Farewell)),

        // Goal: a lighting factory in Zhongshan ships a pallet of LED panels to a distributor in Warsaw. Kinds: a batch with
        // gross weight and pallet size in one message, value in euros, B2B told as the returns answer, a what-if on speed.
        En("zhongshan-led-panels-warsaw",
            Say.That("lighting factory in zhongshan, we need to move 1 pallet of led panels to our distributor in warsaw").Sees(AskWeight).Never(AskDestination),
            Say.That("gross wt 320kg, pallet is 120x80x150cm").Sees(AskValue).Never(AskDimensions),
            Say.That("invoice value EUR 4,800").Sees(AskUrgency),
            Say.That("not urgent, rail or sea is ok w/ us").Sees(AskTracking),
            Say.That("basic tracking fine").Sees(AskReturns),
            Say.That("distributor doesnt return stuff, its b2b").Sees(AskGoods),
            Say.That("no batteries, just panels and drivers").Sees(LogisticsResult, "Poland"),
            Say.That("and if we needed it there in a week?").Sees(LogisticsResult + "|" + CompareAnswer).Never(AskWeight),
            Say.That("ok makes sense, thank u").Sees(Farewell)),

        // Goal: a trading company sends a power-bank sample to Sydney. Kinds: weight and destination in the first message,
        // a side question about batteries at a prompt (answered, the prompt asked again), a battery, the plan asked again.
        En("trading-co-power-bank-sample-sydney",
            Say.That("need to send a 10000mAh power bank sample to a client in sydney, weighs 400g").Sees(AskDimensions).Never(AskWeight, AskDestination),
            Say.That("15x8x3 cm").Sees(AskValue),
            Say.That("btw can power banks even go by air from china?").Sees(Answered, AskValue),
            Say.That("declare 20 usd, its a sample").Sees(AskUrgency),
            Say.That("10 days max if possible").Sees(AskTracking),
            Say.That("yep tracking").Sees(AskReturns),
            Say.That("no").Sees(AskGoods + "|" + LogisticsResult),
            Say.That("yes lithium battery obviously, its a power bank").Sees(LogisticsResult, "Australia"),
            Say.That("pls resend the shipping plan, lost it in the thread").SeesOnce("Logistics plan: ")),

        // Goal: a Yiwu small-goods wholesaler sends cartons of stationery to Riyadh and asks about Dubai. Kinds: several
        // facts in the first message, a what-if on the destination, a customs-duty question, thanks.
        En("yiwu-stationery-riyadh-then-dubai",
            Say.That("hi, 3 ctns of stationery from yiwu going to riyadh, 15kg each, goods value ~600 usd").Sees(AskDimensions).Never(AskWeight, AskDestination, AskValue),
            Say.That("ctn size 55 x 40 x 30").Sees(AskUrgency),
            Say.That("normal speed works for us").Sees(AskTracking),
            Say.That("yes please, tracked").Sees(AskReturns),
            Say.That("no, wholesale order").Sees(AskGoods),
            Say.That("nothing like that, pens and notebooks").Sees(LogisticsResult, "Saudi"),
            Say.That("what about sending the same to dubai").Sees(LogisticsResult, Emirates).Never(AskWeight),
            Say.That("is there import duty on stationery in saudi?").Sees(Answered),
            Say.That("super useful, cheers").Sees(Farewell)),

        // Goal: a Shenzhen team of three sends smart watches to Germany, corrects the value and asks why. Kinds: a
        // correction of an earlier answer at a later prompt, a battery, a "why not X" after the result.
        En("shenzhen-team-smartwatches-germany-value-fixed",
            Say.That("we're 3 ppl in shenzhen, shipping 20 smartwatches to a reseller in germany, which channel?").Sees(AskWeight).Never(AskDestination),
            Say.That("3.2 kg total").Sees(AskDimensions),
            Say.That("35x25x18").Sees(AskValue),
            Say.That("600 usd total").Sees(AskUrgency),
            Say.That("oops the value is actually 900 usd not 600").Sees(Changed + "|900", AskUrgency).Never(AskValue),
            Say.That("about 1 week is good").Sees(AskTracking),
            Say.That("yes").Sees(AskReturns),
            Say.That("no").Sees(AskGoods),
            Say.That("every watch has a tiny lithium cell").Sees(LogisticsResult, "Germany"),
            Say.That("why not just use the postal option, its cheaper right?").Sees(WhyAnswer),
            Say.That("ok fair enough thx").Sees(Farewell)),

        // ---- logistics, Chinese ----

        // Goal: a seller who only knew 1688 sends a carton of tea sets to a buyer in Osaka. Kinds: first export, a city
        // for the country, weight in 斤, value in yuan, "便宜就好", a tax question after the result.
        Zh("first-export-tea-sets-osaka",
            Say.That("之前只在1688上卖货，现在大阪有个客户要茶具，怎么寄过去").Sees(AskWeight).Never(AskDestination),
            Say.That("打包完十六斤左右").Sees(AskDimensions),
            Say.That("纸箱 45*35*30").Sees(AskValue),
            Say.That("货值大约1200块").Sees(AskUrgency),
            Say.That("便宜就好，晚几天没事").Sees(AskTracking),
            Say.That("能查物流就行").Sees(AskReturns),
            Say.That("拆封的化妆品一律不退").Sees(AskGoods),
            Say.That("陶瓷的，没电池也没液体").Sees(LogisticsResult, "日本"),
            Say.That("日本那边客户收货要交消费税吗").Sees(Answered),
            Say.That("好的，辛苦你了哈").Sees(Farewell)),

        // Goal: a garment factory sends a batch of T-shirts to Los Angeles by sea. Kinds: weight in tonnes and the city in
        // the first message, carton count and size, value in dollars, speed in own words, a what-if on air.
        Zh("garment-factory-tshirts-los-angeles-sea",
            Say.That("服装厂，一批T恤要发洛杉矶，毛重1.5吨左右").Sees(AskDimensions).Never(AskWeight, AskDestination),
            Say.That("60箱，每箱60*40*40").Sees(AskValue),
            Say.That("这批货值一万二千美元").Sees(AskUrgency),
            Say.That("走海运，一个半月内到就行").Sees(AskTracking),
            Say.That("有基本的跟踪就可以").Sees(AskReturns),
            Say.That("这是批发单，不退").Sees(AskGoods),
            Say.That("纯棉T恤，啥都没有").Sees(LogisticsResult, "美国"),
            Say.That("改空运的话要多花多少").Sees(LogisticsResult + "|" + CompareAnswer).Never(AskWeight),
            Say.That("清楚了，多谢指教").Sees(Farewell)),

        // Goal: a Lazada seller sends a bag of cosmetics to Kuala Lumpur. Kinds: a platform order for the market, mixed
        // English and Chinese answers, a liquid, the value in ringgit, the plan asked for again.
        Zh("lazada-cosmetics-kuala-lumpur-mixed",
            Say.That("Lazada 吉隆坡的买家下了单，一套化妆品，帮我选个物流").Sees(AskWeight).Never(AskDestination),
            Say.That("600g 左右").Sees(AskDimensions),
            Say.That("20x15x10 cm").Sees(AskValue),
            Say.That("买家付了 180 令吉").Sees(AskUrgency),
            Say.That("normal 就行").Sees(AskTracking),
            Say.That("tracking 必须有").Sees(AskReturns),
            Say.That("化妆品拆了就不退").Sees(AskGoods),
            Say.That("里面有瓶爽肤水，算液体").Sees(LogisticsResult, "马来西亚"),
            Say.That("物流那个方案麻烦再贴一下").SeesOnce("物流计划："),
            Say.That("谢啦").Sees(Farewell)),

        // Goal: a toy seller sends two cartons of plush toys to the UK and switches to English. Kinds: sizes with 乘, a
        // language switch with an answer (the next question in English), a what-if on the weight.
        Zh("plush-toys-uk-switch-english",
            Say.That("两箱毛绒玩具要寄到伦敦，走什么渠道合适").Sees(AskWeight).Never(AskDestination),
            Say.That("一共18公斤").Sees(AskDimensions),
            Say.That("每箱50乘45乘40").Sees(AskValue),
            Say.That("switching to english, value is about 350 pounds").Sees(AskUrgencyEn),
            Say.That("two weeks is fine").Sees(AskTracking),
            Say.That("yes, tracking needed").Sees(AskReturns),
            Say.That("no").Sees(AskGoods),
            Say.That("no, only plush").Sees(LogisticsResult, UnitedKingdom),
            Say.That("what if it's 25kg in the end").Sees(LogisticsResult + "|" + CompareAnswer).Never(AskWeight),
            Say.That("cheers, thanks heaps mate").Sees(Farewell)),

        // Goal: a phone-accessory seller sends chargers to São Paulo. Kinds: a city for the country, a question on
        // customs at a prompt (answered, the prompt asked again), "越快越好", a "why" after the result, thanks.
        Zh("chargers-brazil-side-question",
            Say.That("有批充电器要寄去圣保罗，帮我看下物流").Sees(AskWeight).Never(AskDestination),
            Say.That("5公斤").Sees(AskDimensions),
            Say.That("巴西清关是不是特别麻烦？").Sees(Answered, AskDimensions),
            Say.That("40*30*25厘米").Sees(AskValue),
            Say.That("申报两百美元").Sees(AskUrgency),
            Say.That("越快越好吧").Sees(AskTracking),
            Say.That("需要全程跟踪").Sees(AskReturns),
            Say.That("不退货").Sees(AskGoods),
            Say.That("充电器不带电池，没有液体").Sees(LogisticsResult, "巴西"),
            Say.That("为啥第一个推荐的是这个").Sees(WhyAnswer),
            Say.That("懂了哈 谢谢").Sees(Farewell)),

        // ---- platforms, English ----

        // Goal: a one-person Shopify shop selling scented candles adds a marketplace in the UK. Kinds: model, category and
        // market in the first message, a budget with "ish", a "why" after the result, a fee question, thanks.
        En("solo-shop-candles-uk-marketplace",
            Say.That("i run a little shopify store selling scented candles to consumers, want to get on a marketplace in the UK").Sees(AskBudget).Never(AskModel, AskMarkets, AskCategory),
            Say.That("400 gbp a month ish").Sees(AskExperience),
            Say.That("only my own site, 2 years").Sees(AskBrand),
            Say.That("yes, my brand is registered in the uk").Sees(PlatformResult, UnitedKingdom),
            Say.That("why is that one on top?").Sees(WhyAnswer),
            Say.That("how much do they take per sale").Sees(Fees),
            Say.That("ok brill, thanks").Sees(Farewell)),

        // Goal: a machinery factory looks for distributors in Indonesia and Vietnam. Kinds: B2B and category in own words,
        // two markets, trade-show experience, a comparison question naming two platforms, the plan asked for again.
        En("packaging-machines-indonesia-vietnam-b2b",
            Say.That("we build packaging machines and want to find importers/distributors abroad through some b2b site").Sees(AskMarkets).Never(AskModel, AskCategory),
            Say.That("indonesia + vietnam to start").Sees(AskBudget),
            Say.That("around 15k rmb per month").Sees(AskExperience),
            Say.That("only offline, trade shows and referrals").Sees(AskBrand),
            Say.That("yep, brand is ours").Sees(PlatformResult, "Indonesia|Vietnam"),
            Say.That("global sources or alibaba, which is better for machines?").Sees(Answered + "|" + CompareAnswer),
            Say.That("can u show me the platform plan once more").SeesOnce("Platform plan: "),
            Say.That("thanks mate, legend").Sees(Farewell)),

        // Goal: a trading company picks a marketplace for baby products in the US with everything said at once. Kinds:
        // every answer in one message, a "why", a compliance question after the result, a what-if on the market.
        En("trading-co-baby-products-us-all-at-once",
            Say.That("b2c baby products (bibs, teethers) to the US, budget 2500 usd/mo, we did 2 yrs on ebay, have a US trademark. which platform").Sees(PlatformResult, UnitedStates).Never(AskModel, AskMarkets, AskCategory, AskBudget, AskExperience, AskBrand),
            Say.That("why that ranking?").Sees(WhyAnswer),
            Say.That("do teethers need a CPC for the US?").Sees(Answered),
            Say.That("what if we go for canada instead").Sees(PlatformResult, "Canada"),
            Say.That("ok, super helpful").Sees(Farewell),
            Say.That("oh and show me that platform plan again").SeesOnce("Platform plan: ")),

        // Goal: a seller who only knew Taobao wants to sell jewelry in Southeast Asia. Kinds: answers in own words at each
        // prompt, a side question at a prompt (answered, the prompt asked again), no experience, another market.
        En("taobao-seller-jewelry-philippines",
            Say.That("we've only ever sold on taobao, which overseas platform should we try?").Sees(AskModel),
            Say.That("regular shoppers").Sees(AskMarkets),
            Say.That("philippines first").Sees(AskCategory),
            Say.That("fashion jewelry, earrings and necklaces").Sees(AskBudget),
            Say.That("does tiktok shop work in the philippines?").Sees(Answered, AskBudget),
            Say.That("3k rmb monthly").Sees(AskExperience),
            Say.That("none outside china").Sees(AskBrand),
            Say.That("no brand, white label").Sees(PlatformResult, "Philippines"),
            Say.That("and malaysia?").Sees(PlatformResult, "Malaysia"),
            Say.That("thank youuu").Sees(Farewell)),

        // Goal: a sportswear maker picks a marketplace for Spain and switches to Chinese. Kinds: model, category and
        // market in the first message, a language switch with an answer (the result in Chinese), a what-if.
        En("sportswear-spain-switch-chinese",
            Say.That("which marketplace is good for our gym wear, selling to shoppers in spain").Sees(AskBudget).Never(AskModel, AskMarkets, AskCategory),
            Say.That("1500 eur/month").Sees(AskExperience),
            Say.That("a year on amazon germany").Sees(AskBrand),
            Say.That("中文回复就行，我们有欧盟商标").Sees(PlatformResult, "西班牙"),
            Say.That("要是也卖意大利呢").Sees(PlatformResult, "意大利"),
            Say.That("第一名的佣金大概多少").Sees(Fees),
            Say.That("好嘞，谢谢哈").Sees(Farewell)),

        // ---- platforms, Chinese ----

        // Goal: a Yiwu wholesaler of hair accessories looks for B2B buyers in Europe. Kinds: model and category in own
        // words, three markets in one answer, experience on 1688, a "why", a fee question.
        Zh("yiwu-hair-clips-wholesale-europe",
            Say.That("义乌做发夹发圈批发的，想在网上找国外的批发商，用哪个平台").Sees(AskMarkets).Never(AskModel, AskCategory),
            Say.That("德国、法国、意大利").Sees(AskBudget),
            Say.That("月预算六七千").Sees(AskExperience),
            Say.That("只在1688上做过内贸").Sees(AskBrand),
            Say.That("没品牌").Sees(PlatformResult, "德国|法国|意大利"),
            Say.That("为什么不是阿里国际站排第一").Sees(WhyAnswer),
            Say.That("这个平台一年要交多少钱").Sees(Fees),
            Say.That("了解了，感谢").Sees(Farewell)),

        // Goal: a small kitchenware factory starts cross-border retail in Japan. Kinds: the model in own words, a budget
        // with 万, no experience, a compliance question after the result, a what-if on the market.
        Zh("kitchenware-factory-japan-retail",
            Say.That("我们是做厨房小工具的工厂，想试试跨境零售，平台怎么选").Sees(AskModel + "|" + AskMarkets).Never(AskCategory),
            Say.That("面向个人买家").Sees(AskMarkets),
            Say.That("先做日本").Sees(AskBudget),
            Say.That("每个月一万上下吧").Sees(AskExperience),
            Say.That("跨境完全没碰过").Sees(AskBrand),
            Say.That("有国内注册的商标").Sees(PlatformResult, "日本"),
            Say.That("厨房用品卖日本要做食品卫生检测吗").Sees(Answered),
            Say.That("换成韩国看看").Sees(PlatformResult, "韩国"),
            Say.That("感谢帮忙哈").Sees(Farewell)),

        // Goal: a home-textile seller picks a marketplace for the US with everything in one message. Kinds: every answer in
        // one message, a "why", a comparison question naming two platforms, the plan asked for again.
        Zh("home-textiles-us-all-in-one",
            Say.That("做床上用品四件套的，B2C卖美国，月预算3万，速卖通做了两年，没有自己品牌，推荐平台").Sees(PlatformResult, "美国").Never(AskModel, AskMarkets, AskCategory, AskBudget, AskExperience, AskBrand),
            Say.That("排第一的理由是啥").Sees(WhyAnswer),
            Say.That("沃尔玛和亚马逊比起来怎么样").Sees(Answered + "|" + CompareAnswer),
            Say.That("平台那份方案再给我看一下").SeesOnce("平台计划："),
            Say.That("行，谢谢").Sees(Farewell),
            Say.That("再问一句，卖美国床品要什么认证").Sees(Answered)),

        // Goal: a pet-toy seller picks a marketplace for Australia and adds Canada. Kinds: model and category in
        // the first message, a second market added right after (the pending question kept), experience on Shopee.
        Zh("pet-toys-australia-market-corrected",
            Say.That("宠物玩具，卖给国外个人消费者，平台该选哪家").Sees(AskMarkets).Never(AskModel, AskCategory),
            Say.That("澳洲").Sees(AskBudget),
            Say.That("等一下，市场不止澳洲，还有加拿大").Sees(AskBudget + "|" + Changed).Never(AskMarkets),
            Say.That("每月大概八千块").Sees(AskExperience),
            Say.That("Shopee做过一年台湾站").Sees(AskBrand),
            Say.That("还没有").Sees(PlatformResult, AustraliaZh + "|加拿大"),
            Say.That("为什么这个平台最合适").Sees(WhyAnswer),
            Say.That("谢谢").Sees(Farewell)),

        // Goal: an auto-parts trading company picks a marketplace for Mexico and switches to English. Kinds: a side
        // question about Mexico at a prompt (answered, the prompt asked again), a language switch with an answer, a
        // what-if on the market.
        Zh("auto-parts-mexico-switch-english",
            Say.That("我们做汽配外贸，想开墨西哥市场，卖给终端车主").Sees(AskBudget).Never(AskModel, AskMarkets, AskCategory),
            Say.That("墨西哥进口汽配关税高不高").Sees(Answered, AskBudget),
            Say.That("每月两万块左右").Sees(AskExperience),
            Say.That("let's switch to english, we have 1 yr on aliexpress").Sees(AskBrandEn),
            Say.That("unbranded, generic stuff").Sees(PlatformResult, "Mexico"),
            Say.That("what about brazil").Sees(PlatformResult, "Brazil"),
            Say.That("thanks a lot, very clear").Sees(Farewell)),

        // ---- readiness, English ----

        // Goal: a bamboo-products factory checks its readiness. Kinds: short answers in own words, part-time staff, the
        // result asked early, the first step asked, thanks.
        En("bamboo-products-factory-readiness",
            Say.That("we're a bamboo homeware factory, could you gauge if we can sell cross border?").Sees(ReadinessStart),
            Say.That("our designs are pretty unique").Sees(AskQualityCheck),
            Say.That("we check every batch before packing").Sees(AskCertificates),
            Say.That("FSC and LFGB").Sees(AskTaxRegistration),
            Say.That("neither").Sees(AskSmallBatches),
            Say.That("yes we can, MOQ 300").Sees(AskLeadTime),
            Say.That("25 days roughly").Sees(AskStaff),
            Say.That("one guy part time").Sees(AskLanguage),
            Say.That("he writes ok english").Sees(AskReadinessBudget),
            Say.That("8000 rmb").Sees(AskCashCycle),
            Say.That("ok show me the results now").Sees(PartialResult),
            Say.That("so where do we begin?").Sees(Roadmap),
            Say.That("thanks, really helpful").Sees(Farewell)),

        // Goal: a one-person Shopify shop checks whether it is ready for Etsy and Amazon. Kinds: abbreviations, a side
        // question at a prompt (answered, the prompt asked again), "just me", the weakest area.
        En("solo-shop-jewelry-readiness",
            Say.That("one-woman shopify jewelry biz, is my business ready to go bigger overseas?").Sees(ReadinessStart),
            Say.That("handmade, all my own designs").Sees(AskQualityCheck),
            Say.That("i inspect each piece myself").Sees(AskCertificates),
            Say.That("do earrings need any certification for the EU?").Sees(Answered, AskCertificates),
            Say.That("none rn").Sees(AskTaxRegistration),
            Say.That("neither ioss nor epr rn").Sees(AskSmallBatches),
            Say.That("yes, all pieces are made to order").Sees(AskLeadTime),
            Say.That("about 3 days per order").Sees(AskStaff),
            Say.That("just me").Sees(AskLanguage),
            Say.That("yes, i'm fluent").Sees(AskReadinessBudget),
            Say.That("200 usd a month max").Sees(AskCashCycle),
            Say.That("can i see the score so far").Sees(PartialResult),
            Say.That("what's my weakest area").Sees(ScoreAnswer)),

        // Goal: a garden-tools trading company checks its readiness and corrects an earlier answer. Kinds: hedged answers,
        // a correction in passing (the pending question kept), the result and the roadmap asked.
        En("garden-tools-trading-readiness-correction",
            Say.That("garden tools trading company, 6 staff, are we good to go for cross-border ecommerce?").Sees(ReadinessStart),
            Say.That("similar to most sellers i guess").Sees(AskQualityCheck),
            Say.That("supplier does QC, we spot check").Sees(AskCertificates),
            Say.That("CE on the electric ones").Sees(AskTaxRegistration),
            Say.That("we have IOSS via our agent, no EPR").Sees(AskSmallBatches),
            Say.That("mostly yes").Sees(AskLeadTime),
            Say.That("wait, scratch that about IOSS, we don't have it").Sees(AskLeadTime).Never(NotUnderstood),
            Say.That("30-35 days").Sees(AskStaff),
            Say.That("2 full timers").Sees(AskLanguage),
            Say.That("decent english").Sees(AskReadinessBudget),
            Say.That("15000 a month").Sees(AskCashCycle),
            Say.That("enough questions, whats the result").Sees(PartialResult),
            Say.That("give me the improvement roadmap").Sees(Roadmap)),

        // Goal: a curtain factory checks its readiness and switches to Chinese. Kinds: a language switch with an answer
        // (the following questions in Chinese), short Chinese answers, the result asked.
        En("curtain-factory-readiness-switch-chinese",
            Say.That("curtain factory in shaoxing, pls rate how ready we are to sell abroad").Sees(ReadinessStart),
            Say.That("custom sizes, so somewhat different").Sees(AskQualityCheck),
            Say.That("后面我用中文答：每批都有QC").Sees("要求的认证"),
            Say.That("有OEKO-TEX").Sees(AskTaxRegistrationZh),
            Say.That("没有注册").Sees(AskSmallBatchesZh),
            Say.That("可以接小单定做").Sees(AskLeadTimeZh),
            Say.That("半个月").Sees(AskStaffZh),
            Say.That("三个").Sees(AskLanguageZh),
            Say.That("英语还行").Sees("每月能为跨境电商投入多少预算"),
            Say.That("先看下结果").Sees(PartialResult),
            Say.That("先从哪里改进").Sees(Roadmap)),

        // Goal: a drone-accessories team checks its readiness before TikTok Shop. Kinds: a side question about a platform at
        // a prompt (answered, the prompt asked again), "tbh", the result asked, the lowest area.
        En("drone-accessories-readiness-tiktok",
            Say.That("before we launch on tiktok shop, can you rate how ready we are? we do drone accessories").Sees(ReadinessStart),
            Say.That("some of our parts are patented").Sees(AskQualityCheck),
            Say.That("every unit gets tested").Sees(AskCertificates),
            Say.That("FCC + CE both").Sees(AskTaxRegistration),
            Say.That("is epr needed for selling in germany tbh?").Sees(Answered, AskTaxRegistration),
            Say.That("no, not registered").Sees(AskSmallBatches),
            Say.That("yes small runs ok").Sees(AskLeadTime),
            Say.That("10 days").Sees(AskStaff),
            Say.That("3 of us").Sees(AskLanguage),
            Say.That("good english").Sees(AskReadinessBudget),
            Say.That("12k rmb/month").Sees(AskCashCycle),
            Say.That("let's see the result").Sees(PartialResult),
            Say.That("lowest scoring part?").Sees(ScoreAnswer)),

        // ---- readiness, Chinese ----

        // Goal: a shoe factory checks its readiness. Kinds: short answers in own words, the result asked, the weakest
        // area, thanks.
        Zh("shoe-factory-readiness",
            Say.That("我们是温州的鞋厂，想做跨境，帮忙看看我们准备到啥程度了").Sees(ReadinessStart),
            Say.That("有几款是自己开发的").Sees(AskQualityCheck),
            Say.That("每双出厂前都要检查").Sees(AskCertificates),
            Say.That("暂时没有认证").Sees(AskTaxRegistration),
            Say.That("都没办").Sees(AskSmallBatches),
            Say.That("小单可以，定制要谈").Sees(AskLeadTime),
            Say.That("一般一个月").Sees(AskStaff),
            Say.That("一个业务员").Sees(AskLanguage),
            Say.That("会用翻译软件回复").Sees(AskReadinessBudget),
            Say.That("每月五千块").Sees(AskCashCycle),
            Say.That("一个多月的样子").Sees(AskOnlineExperience),
            Say.That("出个结果看看").Sees(PartialResult),
            Say.That("哪一项最差").Sees(ScoreAnswer),
            Say.That("多谢").Sees(Farewell)),

        // Goal: a seller who only had a Taobao shop checks its readiness. Kinds: "不清楚", a question answered with a question,
        // stock on hand, a small budget, the first step asked.
        Zh("taobao-shop-owner-readiness",
            Say.That("开了五年淘宝店，想往海外卖，先看看我够不够格").Sees(ReadinessStart),
            Say.That("款式都是市场上常见的").Sees(AskQualityCheck),
            Say.That("进货时抽几件看看").Sees(AskCertificates),
            Say.That("卖女装要什么认证啊？").Sees(AskCertificates + "|" + Answered).Never(NotUnderstood),
            Say.That("那就是没有").Sees(AskTaxRegistration),
            Say.That("不清楚是啥，应该没有").Sees(AskSmallBatches),
            Say.That("能，一件也发").Sees(AskLeadTime),
            Say.That("现货，两天内发").Sees(AskStaff),
            Say.That("我和老婆两个人").Sees(AskLanguage),
            Say.That("外语我们都不太会").Sees(AskReadinessBudget),
            Say.That("三千块左右").Sees(AskCashCycle),
            Say.That("先出个结果").Sees(PartialResult),
            Say.That("那第一步该干啥呢").Sees(Roadmap)),

        // Goal: an electronics trading company checks its readiness and corrects the staff count. Kinds: a side question
        // about EPR at a prompt (answered, the prompt asked again), a correction in passing, the roadmap asked.
        Zh("electronics-trading-readiness-staff-corrected",
            Say.That("外贸公司，主要做小家电，帮我们测测做跨境电商的底子").Sees(ReadinessStart),
            Say.That("和别家区别不大").Sees(AskQualityCheck),
            Say.That("找第三方验货").Sees(AskCertificates),
            Say.That("CE、ROHS两个都有").Sees(AskTaxRegistration),
            Say.That("EPR是必须的吗？德国那边").Sees(Answered, AskTaxRegistration),
            Say.That("都还没做").Sees(AskSmallBatches),
            Say.That("可以").Sees(AskLeadTime),
            Say.That("二十五天").Sees(AskStaff),
            Say.That("五个人").Sees(AskLanguage),
            Say.That("说错了，是三个人做跨境").Sees(AskLanguage + "|" + Changed).Never(NotUnderstood),
            Say.That("英语交流没问题").Sees(AskReadinessBudget),
            Say.That("两万一个月").Sees(AskCashCycle),
            Say.That("就先这样，看结果").Sees(PartialResult),
            Say.That("给个改进路线").Sees(Roadmap)),

        // Goal: a Shenzhen team of three making phone holders checks its readiness and switches to English. Kinds: team
        // and category in the first message, a language switch with an answer (the next questions in English).
        Zh("shenzhen-trio-phone-holders-switch-english",
            Say.That("深圳3人小团队，做手机支架，想知道出海准备得咋样").Sees(ReadinessStart),
            Say.That("支架结构是自家设计").Sees(AskQualityCheck),
            Say.That("每单都检查").Sees(AskCertificates),
            Say.That("没认证").Sees(AskTaxRegistration),
            Say.That("in english from here pls: no registrations at all").Sees("small batches and customised"),
            Say.That("yes, low MOQ").Sees(AskLeadTimeEn),
            Say.That("a week").Sees(AskStaffEn),
            Say.That("all three of us").Sees(AskLanguageEn),
            Say.That("our english is fine").Sees(AskReadinessBudgetEn),
            Say.That("5k rmb").Sees(AskCashCycle),
            Say.That("show results").Sees(PartialResult),
            Say.That("what should we fix first then").Sees(Roadmap)),

        // Goal: a tea company checks how far it is from cross-border selling. Kinds: short answers, certificates in own
        // words, the result asked, the lowest area, thanks.
        Zh("tea-company-readiness",
            Say.That("我们是福建做茶叶的公司，想知道做跨境电商我们差在哪").Sees(ReadinessStart),
            Say.That("有自己的茶园和品牌").Sees(AskQualityCheck),
            Say.That("每批茶都送检").Sees(AskCertificates),
            Say.That("有有机认证").Sees(AskTaxRegistration),
            Say.That("不知道要不要").Sees(AskSmallBatches),
            Say.That("小包装可以定制").Sees(AskLeadTime),
            Say.That("一周上下").Sees(AskStaff),
            Say.That("两个人全职做").Sees(AskLanguage),
            Say.That("会英语和日语").Sees(AskReadinessBudget),
            Say.That("一万五").Sees(AskCashCycle),
            Say.That("看结果").Sees(PartialResult),
            Say.That("分数最低的是哪项").Sees(ScoreAnswer),
            Say.That("谢谢，这个很有用").Sees(Farewell)),

        // ---- fix an issue, English ----

        // Goal: a parcel to Toronto is held at customs asking for paperwork. Kinds: a city for the market, a question at a
        // step, a step done, prevention, thanks.
        En("toronto-parcel-customs-paperwork",
            Say.That("parcel to toronto held by customs, they're asking for a commercial invoice").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("yes thats the one tbh").Sees(FirstStep),
            Say.That("who's supposed to send them the invoice, me or the courier?").Sees(Answered),
            Say.That("sent it").Sees(SecondOrDone),
            Say.That("next?").Sees(NextOrDone),
            Say.That("how do i make sure this doesnt happen again").Sees(Prevention),
            Say.That("cheers").Sees(Farewell)),

        // Goal: a Walmart Marketplace account in the US is suspended for late shipments. Kinds: platform and market in the
        // problem, a question about a term at a step, a what-if at a step, thanks.
        En("walmart-us-account-suspended-late-shipping",
            Say.That("walmart suspended our US seller account, too many late shipments they said").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("correct").Sees(FirstStep),
            Say.That("what should the appeal even say?").Sees(Answered),
            Say.That("ok drafted").Sees(SecondOrDone),
            Say.That("and if they say no?").Sees(Answered),
            Say.That("whats after that").Sees(NextOrDone),
            Say.That("thanks a ton, really").Sees(Farewell)),

        // Goal: customers in Germany return too many jackets. Kinds: a rate in the problem, a question at a step, an
        // unrelated VAT question in the middle, prevention.
        En("germany-jackets-high-returns",
            Say.That("return rate on our jackets in germany is like 40%, customers say they run small").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("yes").Sees(FirstStep),
            Say.That("would a fit guide with photos help?").Sees(Answered),
            Say.That("done that one").Sees(SecondOrDone),
            Say.That("ok whats the next one").Sees(NextOrDone),
            Say.That("side q: how much VAT does germany charge on clothing?").Sees(Answered),
            Say.That("how do we keep returns low from now on").Sees(Prevention),
            Say.That("thx").Sees(Farewell)),

        // Goal: a parcel to a buyer in Paris has been lost. Kinds: a city for the market, a step done, a choice question,
        // prevention, thanks.
        En("paris-parcel-lost",
            Say.That("buyer in paris never got her parcel, tracking hasnt updated in 3 weeks").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("yes exactly that one").Sees(FirstStep),
            Say.That("opened a claim with the carrier").Sees(SecondOrDone),
            Say.That("refund her now or wait for the claim?").Sees(Answered),
            Say.That("go on").Sees(NextOrDone),
            Say.That("how to avoid lost parcels in future").Sees(Prevention),
            Say.That("thank you, much appreciated").Sees(Farewell)),

        // Goal: AliExpress listings in France were taken down for a missing EPR number; the seller switches to Chinese.
        // Kinds: a platform and market in the problem, a language switch with a question (answered in Chinese), a step done.
        En("france-epr-listings-removed-switch-chinese",
            Say.That("our listings for france got pulled, platform says we're missing an EPR number").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("yes").Sees(FirstStep),
            Say.That("用中文说吧：法国的EPR在哪里注册？").Sees("来源|不知道|没有找到|不确定"),
            Say.That("注册好了，下一步").Sees(SecondOrDone),
            Say.That("要多久能恢复上架").Sees(Answered),
            Say.That("以后卖别的欧盟国家怎样才不会再这样").Sees(Prevention),
            Say.That("谢谢").Sees(Farewell)),

        // ---- fix an issue, Chinese ----

        // Goal: hair dryers on Amazon's UK store get bad reviews. Kinds: a platform's country store for the market, a
        // question at a step, a step done, prevention.
        Zh("amazon-uk-hair-dryers-bad-reviews",
            Say.That("亚马逊英国站的吹风机最近一星差评很多，说用一周就不出热风").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("是的").Sees(FirstStep),
            Say.That("要不要给差评买家免费换新").Sees(Answered),
            Say.That("已经让工厂排查了").Sees(SecondOrDone),
            Say.That("接着来").Sees(NextOrDone),
            Say.That("以后怎么防止质量问题").Sees(Prevention),
            Say.That("谢了").Sees(Farewell)),

        // Goal: a TikTok Shop listing in the US is removed after a trademark complaint. Kinds: platform and market in own
        // words, a question at a step, a step skipped, a what-if, prevention.
        Zh("tiktok-us-trademark-complaint",
            Say.That("TikTok美区有个品牌方投诉我们商标侵权，商品被下了").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("没错").Sees(FirstStep),
            Say.That("能不能直接申诉").Sees(Answered),
            Say.That("这步跳过").Sees(NextOrDone),
            Say.That("如果对方要赔偿怎么办").Sees(Answered),
            Say.That("以后上架之前怎么排查商标").Sees(Prevention),
            Say.That("谢谢你").Sees(Farewell)),

        // Goal: a parcel to Italy is held by customs; in the middle the seller ships a parcel to the Netherlands, then goes
        // back to the steps. Kinds: a question at a step, a new task inside the fix-an-issue guide with weight and
        // destination, the steps taken up again.
        Zh("italy-customs-hold-then-netherlands-parcel",
            Say.That("寄意大利的一个包裹被海关扣下了，说申报价值有问题").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("对").Sees(FirstStep),
            Say.That("要补什么材料").Sees(Answered),
            Say.That("已经补了发票").Sees(SecondOrDone),
            Say.That("顺便问下，有个1.5公斤的包裹要寄荷兰，怎么走").Sees(AskDimensions).Never(AskWeight, AskDestination),
            Say.That("25*20*15 cm").Sees(AskValue),
            Say.That("申报40欧元").Sees(AskUrgency),
            Say.That("一般时效就行").Sees(AskTracking),
            Say.That("要跟踪").Sees(AskReturns),
            Say.That("不退").Sees(AskGoods),
            Say.That("没有").Sees(LogisticsResult, "荷兰"),
            Say.That("再回到意大利被扣那件事，下一步呢").Sees(NextOrDone)),

        // Goal: a children's toy on Amazon US is delisted for a missing CPC. Kinds: "美国站" for the market, two questions in
        // one message at a step, a question about another market, prevention.
        Zh("amazon-us-toy-cpc-missing",
            Say.That("亚马逊美国站儿童玩具被下架了，要求提供CPC").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("就是这个问题没错").Sees(FirstStep),
            Say.That("CPC谁来出？要测哪些项目").Sees(Answered),
            Say.That("实验室已经在测了").Sees(SecondOrDone),
            Say.That("然后呢").Sees(NextOrDone),
            Say.That("同样的玩具卖欧盟需要什么").Sees(Answered),
            Say.That("怎么避免其他玩具也被下架").Sees(Prevention),
            Say.That("好的 太谢谢啦").Sees(Farewell)),

        // Goal: a Shopee buyer in Thailand says the item is not as described and wants a refund. Kinds: the market and the
        // platform in the problem, a choice question at a step, a step done, prevention.
        Zh("shopee-thailand-not-as-described",
            Say.That("Shopee泰国有买家说收到的包尺寸比描述小，要退款").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("是").Sees(FirstStep),
            Say.That("部分退款行不行").Sees(Answered),
            Say.That("跟买家谈好了").Sees(SecondOrDone),
            Say.That("下一个").Sees(NextOrDone),
            Say.That("以后商品描述怎么写才不出问题").Sees(Prevention),
            Say.That("感谢").Sees(Farewell)),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("held26-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("held26-zh-" + name, "zh-CN", turns);
}
