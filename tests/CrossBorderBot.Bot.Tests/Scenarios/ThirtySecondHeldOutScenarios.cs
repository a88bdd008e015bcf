using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The thirty-second held-out batch, written blind before this pass (session 33) changed any behaviour by a helper that
/// wrote only this set and changed no code: from issue #9's text, the README's description of what the bot does and the
/// knowledge data (markets and their cities, platforms, logistics channels, categories, playbooks, readiness questions), by
/// imitating how small exporters type in a Teams or Slack chat, not from the bot's code, its tuning files, the slot
/// vocabulary, the cue vocabulary or earlier batches' wordings (the bot was not run on any of its phrases while writing;
/// every message checked by a script against all other test sources' strings under tests/, bot/ and knowledge/ and the
/// README: same text after lowercasing and removing punctuation, or a shared run of 6 or more words or 8 or more Chinese
/// characters; the first check flagged 137 of 453 messages (scenario turns, prompt replies and openings), most of them
/// short answers, "next" and thanks that earlier sets or tests already hold, the rest longer messages sharing a run of words
/// or Chinese characters with an earlier set, a dev set, a test or the knowledge data; 135 of them were reworded; the
/// second flagged 22 (20 of those rewordings and the 2 missed), each reworded again; the third flagged 1 rewording,
/// reworded again; the fourth flagged none: 158 rewordings in all; <see cref="HeldOutPassScenarioTests"/> rejects any
/// longer message of an earlier batch).
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
public static class ThirtySecondHeldOutScenarios
{
    private const string AskUrgencyEn = "How fast must it arrive";
    private const string AskTrackingZh = "全程物流跟踪";
    private const string AskTrackingEn = "end-to-end tracking";
    private const string AskReturnsZh = "能够退货";
    private const string AskBrandEn = "your own brand\\?";
    private const string AskBrandZh = "自己的品牌吗";
    private const string AskExperienceZh = "跨境销售经验";
    private const string AskTaxRegistrationZh = "IOSS 和 EPR";
    private const string AskSmallBatchesEn = "small batches and customised";
    private const string AskSmallBatchesZh = "小批量和定制化产品";
    private const string AskLeadTimeEn = "placing a production order";
    private const string AskStaffZh = "有多少人负责跨境电商";
    private const string AskLanguageEn = "in the target market's language";
    private const string AskReadinessBudgetEn = "What monthly budget \\(CNY\\)";
    private const string AskCashCycleZh = "垫资多少个月";
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

    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        // ---- logistics, English ----

        // Goal: a one-woman Etsy shop posts a macramé wall hanging to Vancouver. Kinds: a city for the country, pounds, a
        // tube's size, a value in Canadian dollars, a side question about Canadian duty at a prompt (answered, the prompt
        // asked again), a cheap-but-not-forever speed, a "why" after the result, thanks.
        En("etsy-macrame-vancouver",
            Say.That("hiya! etsy seller, i knot macrame wall hangings by hand. someone in vancouver just bought my big one, best way to mail it??").Sees(AskWeight).Never(AskDestination),
            Say.That("its about 3 lbs rolled up").Sees(AskDimensions),
            Say.That("a shipping tube 90cm long, 12 cm across").Sees(AskValue),
            Say.That("does canada make the buyer pay duty on handmade decor?").Sees(Answered, AskValue),
            Say.That("she paid $145 CAD incl shipping").Sees(AskUrgency),
            Say.That("cheapest option pls but not like 2 months").Sees(AskTracking),
            Say.That("tracking yes definitely, first intl order").Sees(AskReturns),
            Say.That("i take returns within 14 days").Sees(AskGoods),
            Say.That("nope just cotton rope and a driftwood stick").Sees(LogisticsResult, "Canada"),
            Say.That("why that one and not plain china post?").Sees(WhyAnswer + "|" + CompareAnswer),
            Say.That("makes sense, thank you so much!!").Sees(Farewell)),

        // Goal: a Ningbo kitchen-scale factory sends a pallet by sea to a distributor in Hamburg; the scales hold batteries.
        // Kinds: product, city, pallet and weight in one message, a pallet size in metres, an FOB value in dollars, slow sea
        // in own words, port arrival as tracking, a trade order as no returns, AAA batteries in the goods, the plan again.
        En("ningbo-kitchen-scales-hamburg-sea",
            Say.That("ningbo factory, 1 pallet of digital kitchen scales for our distributor in hamburg, 310 kg gross").Sees(AskDimensions).Never(AskWeight, AskDestination),
            Say.That("pallet 1.2 x 1.0 x 1.5 m").Sees(AskValue),
            Say.That("FOB usd 4,150").Sees(AskUrgency),
            Say.That("they are not in a hurry, ocean freight is ok").Sees(AskTracking),
            Say.That("just need to know when the ship reaches port").Sees(AskReturns),
            Say.That("no, B2B sale, no returns").Sees(AskGoods),
            Say.That("each scale comes with 2 AAA batteries in the box").Sees(LogisticsResult, "Germany"),
            Say.That("will those batteries cause problems on the ship?").Sees(Answered + "|" + LogisticsResult),
            Say.That("can u send me the whole logistics plan again so i can copy it into an email").SeesOnce("Logistics plan: ")),

        // Goal: a 1688 reseller ships LED strip lights to a customer in Los Angeles and corrects the weight. Kinds: a city for
        // the country, a weight, a size, a value, a corrected weight at a later prompt (the pending question kept), a week
        // as the speed, a power adapter in the goods, a US tariff question after the result, thanks.
        En("1688-led-strips-los-angeles-weight-fixed",
            Say.That("i buy from 1688 and resell, got an order for 20 rolls of led strip lights going to LA").Sees(AskWeight).Never(AskDestination),
            Say.That("came out at 4 kilo").Sees(AskDimensions),
            Say.That("40x30x20cm box").Sees(AskValue),
            Say.That("declared 180 dollars").Sees(AskUrgency),
            Say.That("oops weighed again, its 5.2 kg with the adapters").Sees(Changed + "|5.2", AskUrgency).Never(AskWeight),
            Say.That("ideally she gets it in about 7 days").Sees(AskTracking),
            Say.That("ya gotta have a tracking no.").Sees(AskReturns),
            Say.That("yes, if they're defective").Sees(AskGoods),
            Say.That("there are plug-in power adapters but no batteries").Sees(LogisticsResult, UnitedStates),
            Say.That("is there extra tariff on these because they're from china?").Sees(Answered),
            Say.That("ok good to know, thanks mate").Sees(Farewell)),

        // Goal: a one-person nail-polish shop posts to Lyon and switches to Chinese halfway. Kinds: a city for the country,
        // grams, a small box, euros, a language switch with an answer (the next question in Chinese), liquids in the goods,
        // a "why" about the result, thanks.
        En("nail-polish-lyon-switch-chinese",
            Say.That("hey, i run a small nail polish shop online. a customer from lyon ordered 6 bottles").Sees(AskWeight).Never(AskDestination),
            Say.That("420g packed").Sees(AskDimensions),
            Say.That("18 by 12 by 10 cm").Sees(AskValue),
            Say.That("she paid 39 euro").Sees(AskUrgency),
            Say.That("我换中文说吧，两周左右到就可以").Sees(AskTrackingZh),
            Say.That("跟踪单号得有").Sees(AskReturnsZh),
            Say.That("没开封的可以退").Sees(AskGoods),
            Say.That("指甲油是液体，还易燃").Sees(LogisticsResult, "法国"),
            Say.That("为什么很多渠道都不能走").Sees(WhyAnswer + "|" + Answered),
            Say.That("懂了，谢谢啦").Sees(Farewell)),

        // Goal: a Tianjin bicycle-parts trading company sends a sample box to a shop in Warsaw, cancels to check the invoice
        // and starts again. Kinds: a city for the country, "cancel", a restart with three facts (none asked again), a value
        // in euros, tracking, no returns, nothing, a what-if on the speed, thanks.
        En("tianjin-bike-parts-warsaw-cancel-restart",
            Say.That("tianjin trading co, sending a box of bicycle parts (derailleurs, brake levers) to a bike shop in warsaw").Sees(AskWeight).Never(AskDestination),
            Say.That("scrap that, cancel — i need to check the invoice with accounts first").Sees(Cancelled),
            Say.That("right, back again. bike parts box for warsaw, 7.5 kg, 50x35x30 cm").Sees(AskValue).Never(AskWeight, AskDestination, AskDimensions),
            Say.That("invoice is 380 EUR").Sees(AskUrgency),
            Say.That("2-3 weeks is fine").Sees(AskTracking),
            Say.That("tracking yes pls, the shop wants to follow it").Sees(AskReturns),
            Say.That("no returns, it's a trade sample").Sees(AskGoods),
            Say.That("none, all metal parts and some grease-free cables").Sees(LogisticsResult, "Poland"),
            Say.That("what would it cost by express instead").Sees(LogisticsResult + "|" + CompareAnswer).Never(AskWeight),
            Say.That("ty, sorted").Sees(Farewell)),

        // ---- logistics, Chinese ----

        // Goal: a Jingdezhen porcelain studio posts a dinner set to a buyer in Melbourne. Kinds: a city for the country,
        // weight and size in one message, a value in Australian dollars, safe over fast, tracking, no returns for
        // breakables, nothing, a what-if on Singapore, thanks.
        Zh("jingdezhen-dinner-set-melbourne",
            Say.That("景德镇陶瓷工作室，墨尔本买家订了一套餐具，打包后7公斤，箱子50*40*35").Sees(AskValue).Never(AskWeight, AskDestination, AskDimensions),
            Say.That("澳币三百二").Sees(AskUrgency),
            Say.That("不求快，别摔碎就行").Sees(AskTracking),
            Say.That("得能一路查到它在哪").Sees(AskReturns),
            Say.That("瓷器不退，碎了我们补发").Sees(AskGoods),
            Say.That("纯陶瓷，没别的").Sees(LogisticsResult, "澳大利亚"),
            Say.That("要是寄新加坡呢，会便宜点吗").Sees(LogisticsResult + "|" + CompareAnswer, "新加坡").Never(AskWeight),
            Say.That("好的谢谢老师").Sees(Farewell)),

        // Goal: a 1688 clothing reseller posts dresses to a shop in Ho Chi Minh City and switches to English for a partner.
        // Kinds: a city for the country, weight, size, a value in dollars, a language switch with an answer (the
        // next question in English), tracking, no returns, nothing, a what-if on Bangkok, thanks.
        Zh("1688-dresses-hcmc-switch-english",
            Say.That("我从1688拿货，胡志明市一个服装店要20条连衣裙").Sees(AskWeight).Never(AskDestination),
            Say.That("六公斤").Sees(AskDimensions),
            Say.That("50乘40乘25").Sees(AskValue),
            Say.That("switching to english, my partner handles shipping: value is 300 usd").Sees(AskUrgencyEn),
            Say.That("about one week").Sees(AskTrackingEn),
            Say.That("we need a tracking code for the shop").Sees(AskReturns),
            Say.That("no returns for wholesale").Sees(AskGoods),
            Say.That("no, clothes only").Sees(LogisticsResult, "Vietnam"),
            Say.That("what about sending to bangkok instead?").Sees(LogisticsResult + "|" + CompareAnswer, "Thailand").Never(AskWeight),
            Say.That("thanks, partner says that works!").Sees(Farewell)),

        // Goal: a Douyin wig seller posts to Los Angeles and corrects the value. Kinds: a city for the country, weight, size,
        // a value, a corrected value at a later prompt (the pending question kept), a week, tracking, returns, nothing, a
        // question about US low-value duty after the result, thanks.
        Zh("douyin-wigs-la-value-fixed",
            Say.That("我在抖音卖假发，洛杉矶有个客户下单了五顶").Sees(AskWeight).Never(AskDestination),
            Say.That("五顶一共一公斤半左右").Sees(AskDimensions),
            Say.That("盒子35*25*15的").Sees(AskValue),
            Say.That("一百八十美元").Sees(AskUrgency),
            Say.That("一个星期内到").Sees(AskTracking),
            Say.That("刚才价格说错了，是两百六十美元").Sees(Changed + "|260", AskTracking).Never(AskValue),
            Say.That("单号要能查").Sees(AskReturns),
            Say.That("没戴过的可以退").Sees(AskGoods),
            Say.That("化纤假发，没电池没液体").Sees(LogisticsResult, "美国"),
            Say.That("美国现在小包裹还免关税吗").Sees(Answered),
            Say.That("收到收到，谢谢你啊").Sees(Farewell)),

        // Goal: a Suzhou wedding-dress studio sends a gown to Seoul, cancels to ask the bride and starts again. Kinds: a city
        // for the country, "cancel", a restart with three facts (none asked again), a value, express, tracking, no returns,
        // nothing, a "why", thanks.
        Zh("suzhou-wedding-gown-seoul-cancel-restart",
            Say.That("苏州婚纱工作室，首尔新娘订了一件婚纱，想问怎么寄").Sees(AskWeight).Never(AskDestination),
            Say.That("等下，取消，我先问问新娘要不要加头纱").Sees(Cancelled),
            Say.That("问好了，婚纱加头纱寄首尔，2.8公斤，盒子60*45*20").Sees(AskValue).Never(AskWeight, AskDestination, AskDimensions),
            Say.That("一万两千人民币").Sees(AskUrgency),
            Say.That("婚礼在十天后，必须赶上").Sees(AskTracking),
            Say.That("一定要全程追踪").Sees(AskReturns),
            Say.That("定制的，不退").Sees(AskGoods),
            Say.That("没有，就是衣服").Sees(LogisticsResult, "韩国"),
            Say.That("推荐的第一个为啥比别的好").Sees(WhyAnswer + "|" + CompareAnswer),
            Say.That("好的，新娘那边我去说，非常感谢").Sees(Farewell)),

        // Goal: a Zhongshan lamp factory sends pallets of desk lamps to an Amazon FBA warehouse in Germany. Kinds: FBA and
        // the country in the first message, pallets and weight, a size, a side question about the battery rules at a
        // prompt (answered, the prompt asked again), a value in euros, a month, Amazon returns, a rechargeable battery in
        // the goods, a what-if on rail, thanks.
        Zh("zhongshan-desk-lamps-fba-germany",
            Say.That("中山灯具厂，台灯要发到德国亚马逊FBA，两个托盘").Sees(AskWeight).Never(AskDestination),
            Say.That("两托一共520公斤").Sees(AskDimensions),
            Say.That("托盘尺寸120×100×140厘米").Sees(AskValue),
            Say.That("德国对带电池的台灯有没有电池法的要求").Sees(Answered, AskValue),
            Say.That("货值六千五百欧元").Sees(AskUrgency),
            Say.That("一个多月能入仓就行").Sees(AskTracking),
            Say.That("需要，每托都要追踪").Sees(AskReturns),
            Say.That("退货给亚马逊处理").Sees(AskGoods),
            Say.That("台灯里有充电锂电池").Sees(LogisticsResult, "德国"),
            Say.That("走铁路的话时间和价格怎么样").Sees(LogisticsResult + "|" + CompareAnswer + "|" + Answered).Never(AskWeight),
            Say.That("好，跟仓库说一声，谢谢指点").Sees(Farewell)),

        // ---- platforms, English ----

        // Goal: an Etsy knitter looks beyond Etsy for Germany and France. Kinds: model in own words, markets "mostly", category
        // in own words, a small budget, Etsy experience, a brand without a trademark, a question naming a platform, a what-if
        // on the market, thanks.
        En("etsy-knitted-blankets-germany-france",
            Say.That("hi! i hand-knit baby blankets and sell on etsy, want to reach more buyers outside etsy").Sees(AskModel + "|" + AskMarkets).Never(AskCategory),
            Say.That("regular people, parents and grandparents").Sees(AskMarkets),
            Say.That("mostly germany and france").Sees(AskBudget),
            Say.That("small, maybe 300 dollars a month").Sees(AskExperience),
            Say.That("3 years on etsy").Sees(AskBrand),
            Say.That("my shop name is my brand but no trademark").Sees(PlatformResult, "Germany|France"),
            Say.That("is amazon handmade worth it for me?").Sees(Answered + "|" + WhyAnswer),
            Say.That("what if i only do germany").Sees(PlatformResult, "Germany"),
            Say.That("aww thanks, that's really useful for me").Sees(Farewell)),

        // Goal: a Yongkang hand-tool factory looks for B2B buyers in Mexico. Kinds: B2B in own words, category and market in
        // the first message, a budget, old Alibaba experience, a trademark at home, a "why not", a what-if adding Brazil,
        // thanks.
        En("yongkang-hand-tools-b2b-mexico",
            Say.That("yongkang hardware factory — wrenches, pliers, screwdrivers. we want hardware stores and distributors in mexico to buy from us").Sees(AskBudget).Never(AskModel, AskMarkets, AskCategory),
            Say.That("15000 yuan a month for marketing").Sees(AskExperience),
            Say.That("had an alibaba gold supplier account 2019-2021").Sees(AskBrand),
            Say.That("brand TM only in china for now").Sees(PlatformResult, "Mexico"),
            Say.That("why not mercado libre?").Sees(WhyAnswer + "|" + Answered),
            Say.That("and brazil as well?").Sees(PlatformResult, "Brazil"),
            Say.That("ok thanks for the help").Sees(Farewell)),

        // Goal: a one-person Shopify LED-neon-sign seller picks a platform for the UK and Australia and switches to Chinese.
        // Kinds: category and markets in the first message, retail in own words, a language switch with an answer (the next
        // question in Chinese), Shopify experience, no brand, a question naming a platform, thanks.
        En("shopify-neon-signs-uk-australia-switch-chinese",
            Say.That("solo shopify seller, custom LED neon signs. thinking about marketplaces for the UK and australia").Sees(AskModel).Never(AskCategory, AskMarkets),
            Say.That("to consumers, people decorating rooms and weddings").Sees(AskBudget),
            Say.That("我还是说中文方便点，预算每月四千块").Sees(AskExperienceZh),
            Say.That("做独立站一年半了").Sees(AskBrandZh),
            Say.That("品牌还没想好名字").Sees(PlatformResult, "英国|澳大利亚"),
            Say.That("eBay澳洲适合卖定制的东西吗").Sees(Answered + "|" + WhyAnswer),
            Say.That("谢了哈，回头试试eBay").Sees(Farewell)),

        // Goal: a Fujian tea trading company picks a platform for Russia, cancels to check with its boss and starts again.
        // Kinds: category and market in the first message, "cancel", a restart with four facts (none asked again), domestic
        // experience, no brand, a fee question, thanks.
        En("fujian-tea-russia-cancel-restart",
            Say.That("fujian tea trading company, puer and white tea, want to sell to russian tea lovers online").Sees(AskBudget).Never(AskModel, AskMarkets, AskCategory),
            Say.That("cancel pls, the boss has to approve a budget first").Sees(Cancelled),
            Say.That("ok boss agreed: tea to consumers in russia, 10k rmb per month").Sees(AskExperience).Never(AskModel, AskMarkets, AskCategory, AskBudget),
            Say.That("only tmall shop at home").Sees(AskBrand),
            Say.That("no TM yet for russia or anywhere").Sees(PlatformResult, "Russia"),
            Say.That("how much commission does ozon take on food?").Sees(Fees + "|" + Answered),
            Say.That("thanks, that answers it").Sees(Farewell)),

        // Goal: a Weihai fishing-tackle factory picks a platform for South Korea and corrects its budget. Kinds: category in
        // the first message, retail in own words, one market, a budget, AliExpress experience, a corrected budget at a later
        // prompt (the pending question kept), a Korean trademark, a what-if adding Japan, thanks.
        En("weihai-fishing-tackle-korea-budget-fixed",
            Say.That("weihai factory, we make fishing rods, reels and lures").Sees(AskModel + "|" + AskMarkets).Never(AskCategory),
            Say.That("retail, anglers").Sees(AskMarkets),
            Say.That("korea (south), that's our main target").Sees(AskBudget),
            Say.That("12000 rmb/month").Sees(AskExperience),
            Say.That("aliexpress 1 year").Sees(AskBrand),
            Say.That("wait, budget should be 20000 not 12000").Sees(AskBrand + "|" + Changed).Never(AskBudget),
            Say.That("yes registered in korea").Sees(PlatformResult, "Korea"),
            Say.That("what if we add japan").Sees(PlatformResult, "Japan"),
            Say.That("great, thank you, will pitch that to the team").Sees(Farewell)),

        // ---- platforms, Chinese ----

        // Goal: a 1688 phone-accessory reseller picks a platform for Indonesia and the Philippines. Kinds: category and
        // markets in the first message, model, a budget in dollars, no experience, no brand, a question naming a platform, a
        // "why", thanks.
        Zh("1688-phone-cases-indonesia-philippines",
            Say.That("从1688拿手机壳和数据线，想卖到印尼和菲律宾").Sees(AskModel).Never(AskCategory, AskMarkets),
            Say.That("卖给普通个人买家").Sees(AskBudget),
            Say.That("每月500美金").Sees(AskExperience),
            Say.That("跨境这块完全没碰过").Sees(AskBrand),
            Say.That("无品牌，白牌货").Sees(PlatformResult, "印度尼西亚|菲律宾"),
            Say.That("TikTok Shop印尼现在还能做吗").Sees(Answered + "|" + WhyAnswer),
            Say.That("Temu怎么没在里面").Sees(WhyAnswer + "|" + Answered),
            Say.That("明白了，谢谢你").Sees(Farewell)),

        // Goal: a Xuchang wig factory picks a platform for the US and switches to English for its marketer. Kinds: category
        // and market in the first message, retail in own words, a budget, a language switch with an answer (the next
        // question in English), a US trademark, a question naming a platform, thanks.
        Zh("xuchang-wigs-us-switch-english",
            Say.That("许昌假发工厂，想在美国线上卖").Sees(AskModel).Never(AskCategory, AskMarkets),
            Say.That("零售给黑人女性顾客").Sees(AskBudget),
            Say.That("每月两万人民币").Sees(AskExperience),
            Say.That("let me type in english for our marketer — we've sold on aliexpress for about 3 years").Sees(AskBrandEn),
            Say.That("yes, US trademark registered").Sees(PlatformResult, UnitedStates),
            Say.That("is tiktok shop good for wigs in the US?").Sees(Answered + "|" + WhyAnswer),
            Say.That("thanks a lot, passing this to the boss").Sees(Farewell)),

        // Goal: a Chaozhou tea-set maker picks a platform for South Korea, cancels and starts again. Kinds: category and
        // market in the first message, "cancel", a restart with four facts (none asked again), domestic experience, no brand,
        // a question naming a platform, thanks.
        Zh("chaozhou-tea-sets-korea-cancel-restart",
            Say.That("潮州做陶瓷茶具的，想卖到韩国").Sees(AskModel).Never(AskCategory, AskMarkets),
            Say.That("先取消吧，我还没想好卖给谁").Sees(Cancelled),
            Say.That("想清楚了：卖茶具，客户是韩国的普通人，一个月能投六千").Sees(AskExperience).Never(AskModel, AskMarkets, AskCategory, AskBudget),
            Say.That("国内有个淘宝店").Sees(AskBrand),
            Say.That("牌子还没弄").Sees(PlatformResult, "韩国"),
            Say.That("中国人能在Coupang开店吗").Sees(Answered + "|" + WhyAnswer),
            Say.That("谢谢，回头再来问").Sees(Farewell)),

        // Goal: a one-person Taobao handmade-jewellery seller picks a platform for the US with everything in one message.
        // Kinds: every answer at once, a question naming a platform, a "why", a what-if adding a market, the plan again,
        // thanks.
        Zh("taobao-handmade-jewelry-us-all-in-one",
            Say.That("我自己在淘宝开店卖手工银饰，打算做美国零售，一个月两千预算，海外没卖过，商标也没注册").Sees(PlatformResult, "美国").Never(AskModel, AskMarkets, AskCategory, AskBudget, AskExperience, AskBrand),
            Say.That("Etsy适合我这种手工的吗").Sees(Answered + "|" + WhyAnswer),
            Say.That("排第一的理由是什么").Sees(WhyAnswer),
            Say.That("那如果再加个加拿大呢").Sees(PlatformResult, "加拿大"),
            Say.That("刚才那个平台的计划，麻烦再贴一次").SeesOnce("平台计划："),
            Say.That("太感谢了").Sees(Farewell)),

        // Goal: a Ningbo car-accessory factory picks a platform for Brazil and Mexico and corrects its budget. Kinds: category
        // and markets in the first message, retail in own words, a budget, AliExpress experience, a corrected budget at a
        // later prompt (the pending question kept), no brand, a fee question, thanks.
        Zh("ningbo-car-accessories-brazil-mexico-budget-fixed",
            Say.That("宁波汽车用品工厂，座套、方向盘套，想做巴西和墨西哥").Sees(AskModel).Never(AskCategory, AskMarkets),
            Say.That("卖给车主，零售").Sees(AskBudget),
            Say.That("月预算一万").Sees(AskExperience),
            Say.That("速卖通做了两年").Sees(AskBrand),
            Say.That("预算说错了，应该是一万五").Sees(AskBrand + "|" + Changed).Never(AskBudget),
            Say.That("商标还没申请").Sees(PlatformResult, "巴西|墨西哥"),
            Say.That("美客多的佣金大概多少").Sees(Fees + "|" + Answered),
            Say.That("清楚了，感谢帮忙").Sees(Farewell)),

        // ---- readiness, English ----

        // Goal: a Foshan lighting factory checks its readiness. Kinds: the company's size in the first message, own designs,
        // incoming and final inspection, certificates by name, a side question about GPSR at a prompt (answered, the prompt
        // asked again), none registered, a minimum order, a lead time, a team, English, the result so far, the first step.
        En("foshan-lighting-factory-readiness",
            Say.That("foshan lighting factory, 80 workers, pendant lights and wall lamps. can you tell us whether we're prepared to run our own cross-border sales").Sees(ReadinessStart),
            Say.That("about half our designs are our own, the rest are common styles").Sees(AskQualityCheck),
            Say.That("we check materials coming in and test every lamp before packing").Sees(AskCertificates),
            Say.That("CE and RoHS yes, no UKCA").Sees(AskTaxRegistration),
            Say.That("GPSR — what is it, and do lamps fall under it?").Sees(Answered, AskTaxRegistration),
            Say.That("haven't registered any of those").Sees(AskSmallBatches),
            Say.That("min 200 pcs per design").Sees(AskLeadTime),
            Say.That("around 30 days").Sees(AskStaff),
            Say.That("2 people from our export dept").Sees(AskLanguage),
            Say.That("both speak ok english").Sees(AskReadinessBudget),
            Say.That("20,000 rmb").Sees(AskCashCycle),
            Say.That("so how are we doing so far").Sees(PartialResult),
            Say.That("ok, which fix should the boss start with").Sees(Roadmap)),

        // Goal: a one-woman soy-candle shop checks her readiness with her team and language given at the start. Kinds: the
        // team's size and its languages in the first message (never asked again), own scents, checking every candle, "no
        // clue", made in small pours, a small budget, Etsy experience, no data, the result so far, how to improve.
        En("solo-soy-candles-readiness-team-given",
            Say.That("just me making soy candles for my etsy shop, i speak english and some spanish. am i set up to sell to more countries?").Sees(ReadinessStart),
            Say.That("my own scent blends, hand poured").Sees(AskQualityCheck),
            Say.That("i burn-test a candle from every batch").Sees(AskCertificates),
            Say.That("no clue tbh").Sees(AskTaxRegistration),
            Say.That("nope, never registered").Sees(AskSmallBatches),
            Say.That("yes i pour in batches of 24").Sees(AskLeadTime),
            Say.That("a week to cure and pack").Sees(AskReadinessBudget).Never(AskStaff, AskLanguage),
            Say.That("about 200 usd").Sees(AskCashCycle),
            Say.That("can float it 1 month, max").Sees(AskOnlineExperience),
            Say.That("etsy 4 years, ship to us and canada").Sees(AskData),
            Say.That("not really, i just post on instagram").Sees(AskTrademark),
            Say.That("what score do i have at this point?").Sees(PartialResult),
            Say.That("how can i improve it").Sees(Roadmap)),

        // Goal: a Yiwu sock wholesaler that is unsure of many answers checks its readiness. Kinds: "same as everyone",
        // looking at a few, "not sure", no, "can do", quick, one person, little English, a budget, the score, a "why"
        // about the score, thanks.
        En("yiwu-socks-wholesaler-readiness-unsure",
            Say.That("yiwu sock wholesaler, thinking of selling online overseas. can you check if we are ready").Sees(ReadinessStart),
            Say.That("honestly same as everyone else in the market").Sees(AskQualityCheck),
            Say.That("we look at a few pairs from each delivery").Sees(AskCertificates),
            Say.That("not sure, nobody told us").Sees(AskTaxRegistration),
            Say.That("no, nothing like that").Sees(AskSmallBatches),
            Say.That("we can do small orders, we have stock").Sees(AskLeadTime),
            Say.That("stock ships in 2 days").Sees(AskStaff),
            Say.That("just me handling it").Sees(AskLanguage),
            Say.That("a little english, I use google translate").Sees(AskReadinessBudget),
            Say.That("max 3000").Sees(AskCashCycle),
            Say.That("show score").Sees(PartialResult),
            Say.That("why so low?").Sees(ScoreAnswer),
            Say.That("ok thanks, will think about it").Sees(Farewell)),

        // Goal: a Shenzhen smart-home startup checks its readiness and corrects its team count. Kinds: own firmware, a QC
        // process, FCC and CE, VAT in Germany, small batches, a lead time, a team, a correction of an earlier answer in
        // passing (the pending question kept), languages, a budget, the result so far, the weakest area.
        En("shenzhen-smart-plugs-readiness-team-fixed",
            Say.That("shenzhen startup, smart plugs and wifi sensors, 12 people. check our export readiness please").Sees(ReadinessStart),
            Say.That("we write our own firmware and app, pretty unique").Sees(AskQualityCheck),
            Say.That("QC process with burn-in testing on every unit").Sees(AskCertificates),
            Say.That("FCC and CE done").Sees(AskTaxRegistration),
            Say.That("VAT in germany only").Sees(AskSmallBatches),
            Say.That("yes, 100 units is fine").Sees(AskLeadTime),
            Say.That("3 weeks").Sees(AskStaff),
            Say.That("3 people right now").Sees(AskLanguage),
            Say.That("correction: it's 4 people on cross-border, we just hired one").Sees(AskLanguage + "|" + Changed).Never(NotUnderstood),
            Say.That("english fluent, one speaks japanese").Sees(AskReadinessBudget),
            Say.That("40k rmb").Sees(AskCashCycle),
            Say.That("results so far pls").Sees(PartialResult),
            Say.That("where are we weakest then?").Sees(ScoreAnswer)),

        // Goal: a Cixi small-appliance factory checks its readiness and switches to Chinese. Kinds: the company in the first
        // message, OEM designs, sampling, a language switch with an answer (the next question in Chinese), none registered, a
        // minimum order, a lead time, a team, English, a budget, the result so far, the first thing to fix.
        En("cixi-fans-readiness-switch-chinese",
            Say.That("cixi factory making electric fans and heaters, mostly OEM. are we ready for our own cross-border store?").Sees(ReadinessStart),
            Say.That("mostly customer designs, a few of our own").Sees(AskQualityCheck),
            Say.That("we do sampling inspection").Sees(AskCertificates),
            Say.That("换中文吧：有CE，没有其他的").Sees(AskTaxRegistrationZh),
            Say.That("都没有注册").Sees(AskSmallBatchesZh),
            Say.That("起订量500台").Sees(AskLeadTime),
            Say.That("要一个半月左右").Sees(AskStaffZh),
            Say.That("两个人在弄").Sees(AskLanguage),
            Say.That("英语日常沟通还行").Sees(AskReadinessBudget),
            Say.That("三万左右").Sees(AskCashCycleZh),
            Say.That("先看看目前结果").Sees(PartialResult),
            Say.That("第一步要改什么").Sees(Roadmap)),

        // ---- readiness, Chinese ----

        // Goal: a Yongkang vacuum-flask factory checks its readiness. Kinds: the company in the first message, own designs,
        // full inspection, certificates by name, no VAT, a minimum order, a lead time, a team, English, a budget, a cash
        // cycle, the result so far, the next step.
        Zh("yongkang-vacuum-flasks-readiness",
            Say.That("永康保温杯厂，一百多号人，打算自己出海卖，测一测我们够不够格").Sees(ReadinessStart),
            Say.That("自己开模的有五六款").Sees(AskQualityCheck),
            Say.That("每个杯子出厂前都做保温测试").Sees(AskCertificates),
            Say.That("有LFGB和FDA食品接触检测").Sees(AskTaxRegistration),
            Say.That("VAT还没注册").Sees(AskSmallBatches),
            Say.That("起订一千个").Sees(AskLeadTime),
            Say.That("差不多二十来天").Sees(AskStaff),
            Say.That("两个业务员").Sees(AskLanguage),
            Say.That("英语能沟通").Sees(AskReadinessBudget),
            Say.That("每月拿两万出来").Sees(AskCashCycle),
            Say.That("垫三个月没问题").Sees(AskOnlineExperience),
            Say.That("现在得分怎么样").Sees(PartialResult),
            Say.That("下一步做什么").Sees(Roadmap)),

        // Goal: a Chaozhou stainless-kitchenware factory checks its readiness. Kinds: standard products with custom logos,
        // sampling, food-contact tests, a side question about EU food-contact rules at a prompt, none registered, small
        // batches, a lead time, a team, two languages, a budget, the result so far, the weakest area.
        Zh("chaozhou-stainless-kitchenware-readiness",
            Say.That("潮州不锈钢厨具厂，锅具和餐具，准备做海外零售，测一下准备度").Sees(ReadinessStart),
            Say.That("款式普通，但可以定制logo").Sees(AskQualityCheck),
            Say.That("按批次抽检").Sees(AskCertificates),
            Say.That("欧盟的食品接触材料法规对不锈钢有啥要求").Sees(Answered, AskCertificates),
            Say.That("LFGB检测做过").Sees(AskTaxRegistration),
            Say.That("VAT和EPR都没办").Sees(AskSmallBatches),
            Say.That("几十件的小单也接").Sees(AskLeadTime),
            Say.That("下单到出货一个月").Sees(AskStaff),
            Say.That("三个人负责").Sees(AskLanguage),
            Say.That("英语和一点德语").Sees(AskReadinessBudget),
            Say.That("一万五一个月").Sees(AskCashCycle),
            Say.That("目前准备度多少").Sees(PartialResult),
            Say.That("哪一项最拖我们后腿").Sees(ScoreAnswer)),

        // Goal: a one-person leather-wallet maker checks her readiness with her team and language given at the start. Kinds:
        // the team's size and its language in the first message (never asked again), own designs, checking each wallet,
        // none, none, made to order, a lead time, a small budget, a short cash cycle, Xiaohongshu-only experience, the result
        // so far, how to improve.
        Zh("handmade-leather-wallets-readiness-team-given",
            Say.That("我一个人做手工皮具，钱包卡包，英语一般，想知道自己能不能做海外").Sees(ReadinessStart),
            Say.That("款全是我画的").Sees(AskQualityCheck),
            Say.That("每个做完我自己检查").Sees(AskCertificates),
            Say.That("认证一个都没").Sees(AskTaxRegistration),
            Say.That("税号也没有").Sees(AskSmallBatches),
            Say.That("都是接单后再做").Sees(AskLeadTime),
            Say.That("一个钱包要三四天").Sees(AskReadinessBudget).Never(AskStaff, AskLanguage),
            Say.That("一千块左右").Sees(AskCashCycle),
            Say.That("最多一个月").Sees(AskOnlineExperience),
            Say.That("只在小红书卖过").Sees(AskData),
            Say.That("到目前什么水平").Sees(PartialResult),
            Say.That("怎么提高").Sees(Roadmap)),

        // Goal: a Shenzhen charger factory checks its readiness and switches to English for its foreign sales manager.
        // Kinds: own designs, full testing, certificates by name, a language switch with an answer (the next questions in
        // English), a minimum order, a team, languages, a budget, the result so far, the first step.
        Zh("shenzhen-chargers-readiness-switch-english",
            Say.That("深圳氮化镓快充工厂，想看看做跨境零售的条件够不够").Sees(ReadinessStart),
            Say.That("自己研发的方案").Sees(AskQualityCheck),
            Say.That("每个都上老化架测试").Sees(AskCertificates),
            Say.That("有FCC、CE、PSE").Sees(AskTaxRegistration),
            Say.That("our sales manager will answer in english from here: VAT registered in the UK and Germany").Sees(AskSmallBatchesEn),
            Say.That("yes, 200 units ok").Sees(AskLeadTimeEn),
            Say.That("two weeks give or take").Sees(AskStaff),
            Say.That("6 of us").Sees(AskLanguageEn),
            Say.That("english and japanese").Sees(AskReadinessBudgetEn),
            Say.That("60k rmb").Sees(AskCashCycle),
            Say.That("how are we doing so far?").Sees(PartialResult),
            Say.That("what to do first").Sees(Roadmap)),

        // Goal: a Caoxian costume workshop checks its readiness and corrects its lead time. Kinds: own designs, checking each
        // piece, none, none, small batches, a lead time, a correction of an earlier answer in passing (the pending question
        // kept), a team, a little English, a budget, the result so far, how to improve.
        Zh("caoxian-costumes-readiness-lead-time-fixed",
            Say.That("曹县做演出服和汉服的，想卖到国外，帮我们看看准备度").Sees(ReadinessStart),
            Say.That("款式自己设计").Sees(AskQualityCheck),
            Say.That("每件出货前都看一遍").Sees(AskCertificates),
            Say.That("认证这块空白").Sees(AskTaxRegistration),
            Say.That("没有注册过").Sees(AskSmallBatches),
            Say.That("可以，几件也做").Sees(AskLeadTime),
            Say.That("一周能出").Sees(AskStaff),
            Say.That("纠正一下，交期旺季要二十天").Sees(AskStaff + "|" + Changed).Never(NotUnderstood),
            Say.That("我们三个人").Sees(AskLanguage),
            Say.That("英语一点点").Sees(AskReadinessBudget),
            Say.That("每个月掏五千").Sees(AskCashCycle),
            Say.That("结果怎样").Sees(PartialResult),
            Say.That("要怎么改进").Sees(Roadmap)),

        // ---- fix an issue, English ----

        // Goal: Amazon Germany blocks a listing for a missing packaging EPR number. Kinds: platform, market and the missing
        // number in the problem, a step done, a question about LUCID, "go on", a question about France, prevention, thanks.
        En("amazon-de-epr-packaging-blocked",
            Say.That("amazon.de blocked our listings — apparently we're missing a packaging EPR registration number").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("exactly, the LUCID thing").Sees(FirstStep),
            Say.That("done, we registered in LUCID yesterday").Sees(SecondOrDone),
            Say.That("do we also need a dual system contract?").Sees(Answered),
            Say.That("right, go on with the steps").Sees(NextOrDone),
            Say.That("is it the same thing in france?").Sees(Answered),
            Say.That("how to make sure it doesn't happen in other EU countries").Sees(Prevention),
            Say.That("appreciate the walkthrough").Sees(Farewell)),

        // Goal: a Shopee Malaysia seller of silicone kitchen utensils is undercut in a price war. Kinds: platform, market and
        // the situation in the problem, a step done, a question about bundling, "what next", prevention, thanks.
        En("shopee-my-silicone-utensils-price-war",
            Say.That("shopee malaysia: 5 sellers now sell the exact same silicone spatula set as us at lower prices, our sales dropped by half").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("yup, that's us").Sees(FirstStep),
            Say.That("ok we compared our costs, we can't go lower").Sees(SecondOrDone),
            Say.That("would bundles help, like spatulas + holder?").Sees(Answered + "|" + NextOrDone),
            Say.That("ok so what's next").Sees(NextOrDone),
            Say.That("how do i stop getting copied next time").Sees(Prevention),
            Say.That("thx, will try the bundles").Sees(Farewell)),

        // Goal: an ePacket parcel to Canada has no tracking update; the market comes after. Kinds: a problem without its
        // market (the market asked), a country in own words, a step done, a resend question, "next", prevention, thanks.
        En("lost-parcel-canada-market-after",
            Say.That("buyer is angry, tracking on my parcel is frozen since 3 weeks ago").Sees(AskIssueMarket + "|" + BestMatch).Never(AskProblem),
            Say.That("its going to canada, sent by epacket").Sees(BestMatch),
            Say.That("yes, looks lost to me").Sees(FirstStep),
            Say.That("opened an inquiry with the carrier").Sees(SecondOrDone),
            Say.That("should i send a new one now or wait?").Sees(Answered),
            Say.That("next please").Sees(NextOrDone),
            Say.That("next time which channel should i pick so this doesn't happen").Sees(Prevention + "|" + Answered),
            Say.That("thanks, will tell the buyer").Sees(Farewell)),

        // Goal: Mexican customs holds a shipment of sneakers for missing paperwork; in the middle the seller starts a new
        // shipment, cancels it and goes back to the steps. Kinds: a country and the hold in the problem, a step done, a
        // question about the tariff, a new task inside the guide, "cancel" of that task, prevention, thanks.
        En("mexico-customs-hold-sneakers-shipment-cancelled",
            Say.That("mexican customs is holding our sneaker shipment, they say the invoice and origin docs are incomplete").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("yes thats our situation").Sees(FirstStep),
            Say.That("sent the corrected invoice to our broker").Sees(SecondOrDone),
            Say.That("did mexico raise tariffs on chinese shoes this year?").Sees(Answered),
            Say.That("also i need to ship 30kg more sneakers to monterrey").Sees(AskDimensions).Never(AskWeight, AskDestination),
            Say.That("cancel that, later").Sees(BackToSteps),
            Say.That("how do we prevent holds like this?").Sees(Prevention),
            Say.That("many thanks, broker will be happy").Sees(Farewell)),

        // Goal: TikTok Shop US flags a massage gun listing for claiming it is FDA approved. Kinds: platform, market and the
        // claim in the problem, a step done, a question about allowed wording, "next", prevention, thanks.
        En("tiktok-us-massage-gun-false-claim",
            Say.That("tiktok shop US removed our massage gun listing for saying 'FDA approved' — they call it misleading advertising").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("yes exactly that listing").Sees(FirstStep),
            Say.That("took the claim out of title and images").Sees(SecondOrDone),
            Say.That("can we say 'FDA registered' instead?").Sees(Answered),
            Say.That("and the next thing to do?").Sees(NextOrDone),
            Say.That("how do we check claims before listing next time").Sees(Prevention),
            Say.That("cheers, helpful").Sees(Farewell)),

        // ---- fix an issue, Chinese ----

        // Goal: Allegro Poland hides listings for missing GPSR information. Kinds: platform, market and what is missing in the
        // problem, a step done, a question about the EU responsible person, "next", prevention, thanks.
        Zh("allegro-pl-gpsr-missing",
            Say.That("波兰Allegro下架了我们的产品，原因是缺GPSR要求的制造商和欧盟负责人信息").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("对，GPSR的事").Sees(FirstStep),
            Say.That("已经找了一家欧代").Sees(SecondOrDone),
            Say.That("欧代信息要印在包装上吗").Sees(Answered),
            Say.That("欧代找好了，接下来做啥").Sees(NextOrDone),
            Say.That("以后新品上架前怎么防这个").Sees(Prevention),
            Say.That("谢谢你的解答").Sees(Farewell)),

        // Goal: Coupang Korea asks for a KC certificate for a hair dryer. Kinds: platform, market and the certificate in the
        // problem, a step done, a question about the cost, "then", prevention, thanks.
        Zh("coupang-kr-kc-hair-dryer",
            Say.That("韩国Coupang要我们的吹风机提供KC认证，不然不能卖").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("是的，就是KC").Sees(FirstStep),
            Say.That("已经联系检测机构了").Sees(SecondOrDone),
            Say.That("做KC大概花多少").Sees(Answered),
            Say.That("送测之后还要干嘛").Sees(NextOrDone),
            Say.That("以后新产品怎么提前准备").Sees(Prevention),
            Say.That("好的，谢谢，我去安排").Sees(Farewell)),

        // Goal: an AliExpress Spain buyer leaves bad reviews about a peeling phone case. Kinds: platform, market and the
        // complaint in the problem, a step done, a question about removing reviews, "continue", prevention, thanks.
        Zh("aliexpress-es-phone-case-bad-reviews",
            Say.That("速卖通西语区买家接连打差评，都说手机壳两周就掉漆，是西班牙的单").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("嗯，差评的事").Sees(FirstStep),
            Say.That("跟工厂确认了，喷漆工艺有问题").Sees(SecondOrDone),
            Say.That("这些差评有办法删掉吗").Sees(Answered),
            Say.That("继续往下").Sees(NextOrDone),
            Say.That("以后怎么防止").Sees(Prevention),
            Say.That("多谢，懂了").Sees(Farewell)),

        // Goal: Amazon Germany receives a trademark complaint about a backpack listing. Kinds: platform, market and the
        // complaint in the problem, a step done, a question about the account's health, "next", prevention, thanks.
        Zh("amazon-de-trademark-complaint-backpack",
            Say.That("德国站亚马逊，有人告我们商标侵权，背包的链接给删了").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("是这个投诉").Sees(FirstStep),
            Say.That("查过了，标题带了别家的品牌名").Sees(SecondOrDone),
            Say.That("这个会影响账号健康吗").Sees(Answered),
            Say.That("再下一步呢").Sees(NextOrDone),
            Say.That("以后写标题怎么避免侵权").Sees(Prevention),
            Say.That("了解，谢谢").Sees(Farewell)),

        // Goal: Amazon US accuses a seller of selling counterfeit headphones; in the middle the seller starts a shipment,
        // cancels it and goes back to the steps. Kinds: platform, market and the accusation in the problem, a step done, a
        // question about invoices, a new task inside the guide, "cancel" of that task, prevention, thanks.
        Zh("amazon-us-counterfeit-headphones-shipment-cancelled",
            Say.That("亚马逊美国站认定我们的耳机是仿品，下架了，让交发票").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("对的，假货投诉").Sees(FirstStep),
            Say.That("工厂的采购发票已经找到了").Sees(SecondOrDone),
            Say.That("发票上要写什么信息才有效").Sees(Answered),
            Say.That("另外我还有15公斤货要发纽约").Sees(AskDimensions).Never(AskWeight, AskDestination),
            Say.That("取消，先不发了").Sees(BackToSteps),
            Say.That("以后怎样才不会再被判假货").Sees(Prevention),
            Say.That("谢谢，辛苦你了").Sees(Farewell)),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("held32-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("held32-zh-" + name, "zh-CN", turns);
}
