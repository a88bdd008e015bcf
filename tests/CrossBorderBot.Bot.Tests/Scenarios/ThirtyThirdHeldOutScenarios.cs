using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The thirty-third held-out batch, written blind before this pass (session 34) changed any behaviour by a helper that
/// wrote only this set and changed no code: from issue #9's text, the README's description of what the bot does and the
/// knowledge data (markets and their cities, platforms, logistics channels, categories, playbooks, readiness questions), by
/// imitating how small exporters type in a Teams or Slack chat, not from the bot's code, its tuning files, the slot
/// vocabulary, the cue vocabulary or earlier batches' wordings (the bot was not run on any of its phrases while writing;
/// every message checked by a script against all other test sources' strings under tests/, bot/ and knowledge/ and the
/// README: same text after lowercasing and removing punctuation, or a shared run of 6 or more words or 8 or more Chinese
/// characters; the first check flagged 86 of 451 messages (scenario turns, prompt replies and openings), most of them short
/// answers, "next" and thanks that earlier sets or tests already hold, the rest longer messages sharing a run of words or
/// Chinese characters with an earlier set, a test or the knowledge data; all 86 were reworded; the second flagged 9 of those
/// rewordings, each reworded again; the third flagged 2, reworded again; the fourth flagged none: 97 rewordings in all;
/// <see cref="HeldOutPassScenarioTests"/> rejects any longer message of an earlier batch).
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
public static class ThirtyThirdHeldOutScenarios
{
    private const string AskUrgencyEn = "How fast must it arrive";
    private const string AskTrackingZh = "全程物流跟踪";
    private const string AskTrackingEn = "end-to-end tracking";
    private const string AskReturnsZh = "能够退货";
    private const string AskReturnsEn = "return the goods";
    private const string AskBrandEn = "your own brand\\?";
    private const string AskBrandZh = "自己的品牌吗";
    private const string AskExperienceZh = "跨境销售经验";
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

        // Goal: a one-person Shopify shop posts two glazed ceramic planters to a buyer in Brisbane. Kinds: a city for the
        // country, weight and size in one message, a value in Australian dollars, a side question about Australian GST at
        // a prompt (answered, the prompt asked again), a fragile-not-fast speed, tracking, returns, nothing, a what-if on
        // Singapore, thanks.
        En("shopify-planters-brisbane",
            Say.That("yo, i sell handmade glazed planters on my shopify. got an order from brisbane, 2 pots, box weighs 4.6kg and its 45x35x30").Sees(AskValue).Never(AskWeight, AskDestination, AskDimensions),
            Say.That("do aussie customers get charged GST on small orders like this?").Sees(Answered, AskValue),
            Say.That("order total was 165 AUD").Sees(AskUrgency),
            Say.That("no rush as long as it doesnt get smashed").Sees(AskTracking),
            Say.That("yes, i wanna follow the box the whole way").Sees(AskReturns),
            Say.That("only if it shows up broken").Sees(AskGoods),
            Say.That("no, its just stoneware and bubble wrap").Sees(LogisticsResult, "Australia"),
            Say.That("and if the same box went to singapore?").Sees(LogisticsResult + "|" + CompareAnswer, "Singapore").Never(AskWeight),
            Say.That("cool cool, cheers for that")
                .Sees(Farewell)),

        // Goal: a Dongguan trading company sends cartons of yoga mats to a gym chain in Toronto. Kinds: the product, the
        // count and the city in the first message, a total weight, one carton's size, a value in US dollars, slow is fine
        // in own words, tracking, a trade order as no returns, nothing, the plan again.
        En("dongguan-yoga-mats-toronto",
            Say.That("dongguan trading co here. 8 cartons of TPE yoga mats for a gym chain in toronto, how should we ship").Sees(AskWeight).Never(AskDestination),
            Say.That("all 8 together 112 kg").Sees(AskDimensions),
            Say.That("each ctn 62 x 42 x 38 cm").Sees(AskValue),
            Say.That("commercial invoice says usd 2,240").Sees(AskUrgency),
            Say.That("they open the new branch in 6 weeks so slower is ok").Sees(AskTracking),
            Say.That("yes the gym manager wants updates").Sees(AskReturns),
            Say.That("nope, bulk order, no returns").Sees(AskGoods),
            Say.That("none, only rubber mats and straps").Sees(LogisticsResult, "Canada"),
            Say.That("pls paste the full plan again, need it for our forwarder").SeesOnce("Logistics plan: ")),

        // Goal: a seller who used to sell on Taobao posts perfume samples to a reseller in Dubai and corrects the box size.
        // Kinds: a city for the country, grams, a size, a value in yuan, a corrected size at a later prompt (the pending
        // question kept), a deadline as the speed, tracking, no returns, liquids in the goods, a "why" after the result,
        // thanks.
        En("ex-taobao-perfume-samples-dubai-size-fixed",
            Say.That("i was a taobao-only seller till now, and a dubai reseller just asked me for 40 perfume tester vials").Sees(AskWeight).Never(AskDestination),
            Say.That("around 900 grams w/ packing").Sees(AskDimensions),
            Say.That("25*20*8").Sees(AskValue),
            Say.That("about 1600 rmb").Sees(AskUrgency),
            Say.That("sorry the box is actually 30x22x10, i switched to a bigger one").Sees(Changed + "|30", AskUrgency).Never(AskDimensions),
            Say.That("he needs them before a trade fair in 10 days").Sees(AskTracking),
            Say.That("yeah tracking number pls").Sees(AskReturns),
            Say.That("testers are non-returnable").Sees(AskGoods),
            Say.That("its perfume so yes liquid, has alcohol in it").Sees(LogisticsResult, "United Arab Emirates|UAE"),
            Say.That("why are there so few options?").Sees(WhyAnswer + "|" + Answered),
            Say.That("got it, thx a lot").Sees(Farewell)),

        // Goal: an Etsy crochet-toy maker posts to a buyer in Manchester and switches to Chinese halfway. Kinds: a city and
        // nation for the country, grams, a small box, pounds sterling, a language switch with an answer (the next question
        // in Chinese), tracking, returns, nothing, a what-if on France, thanks.
        En("etsy-crochet-toys-manchester-switch-chinese",
            Say.That("hi there, i crochet little stuffed animals for etsy, buyer in manchester england ordered 3 of them").Sees(AskWeight).Never(AskDestination),
            Say.That("350g all together").Sees(AskDimensions),
            Say.That("a 22 x 16 x 12 cm mailer box").Sees(AskValue),
            Say.That("£42 incl postage").Sees(AskUrgency),
            Say.That("还是用中文吧，慢一点没事，便宜就好").Sees(AskTrackingZh),
            Say.That("得给我个单号能查").Sees(AskReturnsZh),
            Say.That("可以退，她不喜欢就退").Sees(AskGoods),
            Say.That("没有，毛线和棉花").Sees(LogisticsResult, "英国"),
            Say.That("换成寄法国的话呢").Sees(LogisticsResult + "|" + CompareAnswer, "法国").Never(AskWeight),
            Say.That("OK啦，多谢帮忙").Sees(Farewell)),

        // Goal: a small Xiamen stone-craft team sends marble coasters to a shop in Houston, cancels to re-pack and starts
        // again. Kinds: a city for the country, "cancel", a restart with three facts (none asked again), a value, a
        // two-week speed, tracking, no returns, nothing, a what-if on express, thanks.
        En("xiamen-marble-coasters-houston-cancel-restart",
            Say.That("three of us in xiamen make marble coasters, and a houston gift shop just ordered 60 sets").Sees(AskWeight).Never(AskDestination),
            Say.That("hold on, cancel this, we need to repack them in 2 boxes").Sees(Cancelled),
            Say.That("ok repacked. marble coasters to houston, 2 boxes 19 kg total, each box 40x30x25").Sees(AskValue).Never(AskWeight, AskDestination, AskDimensions),
            Say.That("wholesale value usd 720").Sees(AskUrgency),
            Say.That("within 2 weeks would be good").Sees(AskTracking),
            Say.That("yes please, shop owner asked for tracking").Sees(AskReturns),
            Say.That("no returns, they checked photos before").Sees(AskGoods),
            Say.That("no batteries or liquid, it's stone and cork").Sees(LogisticsResult, UnitedStates),
            Say.That("how much more if we send it by DHL express?").Sees(LogisticsResult + "|" + CompareAnswer + "|" + Answered).Never(AskWeight),
            Say.That("alright, thanks, we'll think it over").Sees(Farewell)),

        // ---- logistics, Chinese ----

        // Goal: a Yiwu Christmas-ornament wholesaler sends cartons to a shop in Madrid. Kinds: a city for the country,
        // weight and size in one message, a side question about Spanish import VAT at a prompt (answered, the prompt asked
        // again), a value in euros, sea in own words, tracking, no returns, nothing, a what-if on Italy, thanks.
        Zh("yiwu-xmas-ornaments-madrid",
            Say.That("义乌做圣诞挂饰批发的，马德里一个店要货，五箱共85公斤，每箱60×40×45").Sees(AskValue).Never(AskWeight, AskDestination, AskDimensions),
            Say.That("货到西班牙，对方要交多少增值税啊").Sees(Answered, AskValue),
            Say.That("这批货一千三百欧").Sees(AskUrgency),
            Say.That("离圣诞还有三个月，走海运慢慢来").Sees(AskTracking),
            Say.That("要，到港了得知道").Sees(AskReturns),
            Say.That("批发的货一概不退").Sees(AskGoods),
            Say.That("都是塑料球和彩带，没电池也没液体").Sees(LogisticsResult, "西班牙"),
            Say.That("如果发意大利米兰，差别大吗").Sees(LogisticsResult + "|" + CompareAnswer, "意大利").Never(AskWeight),
            Say.That("行，谢了老铁").Sees(Farewell)),

        // Goal: a Pinduoduo pet-bed seller posts to a buyer in Manila and corrects the weight. Kinds: a city for the country,
        // a weight, a size, a value in yuan, a corrected weight at a later prompt (the pending question kept),
        // cheap as the speed, tracking, returns, nothing, a "why" after the result, thanks.
        Zh("pdd-pet-beds-manila-weight-fixed",
            Say.That("我在拼多多卖宠物窝，第一次有马尼拉的客人下单，要两个").Sees(AskWeight).Never(AskDestination),
            Say.That("两斤多吧").Sees(AskDimensions),
            Say.That("压缩后50*40*20").Sees(AskValue),
            Say.That("值两百块左右人民币").Sees(AskUrgency),
            Say.That("重量我刚称了，其实是2.4公斤").Sees(Changed + "|2.4", AskUrgency).Never(AskWeight),
            Say.That("越便宜越好，不赶").Sees(AskTracking),
            Say.That("物流能查着就OK").Sees(AskReturns),
            Say.That("有质量毛病就给退").Sees(AskGoods),
            Say.That("就是棉布和PP棉").Sees(LogisticsResult, "菲律宾"),
            Say.That("为啥推荐这个不推荐邮政小包").Sees(WhyAnswer + "|" + CompareAnswer),
            Say.That("明白，感谢感谢").Sees(Farewell)),

        // Goal: a 1688 phone-holder reseller posts to a customer in Riyadh and switches to English for a Saudi partner.
        // Kinds: a city for the country, a weight, a size, a language switch with an answer (the next question in English),
        // a value in US dollars, a week, tracking, no returns, nothing, thanks.
        Zh("1688-phone-holders-riyadh-switch-english",
            Say.That("我从1688进车载手机支架，利雅得有个客户订了一百个").Sees(AskWeight).Never(AskDestination),
            Say.That("大概十一公斤").Sees(AskDimensions),
            Say.That("一个箱子，55×45×35").Sees(AskValue),
            Say.That("my saudi partner will reply in english now. total value is 460 USD").Sees(AskUrgencyEn),
            Say.That("about a week, 10 days max").Sees(AskTrackingEn),
            Say.That("yes we must track it").Sees(AskReturnsEn),
            Say.That("no return, it is wholesale").Sees(AskGoods),
            Say.That("only plastic and metal clips, no battery").Sees(LogisticsResult, "Saudi"),
            Say.That("thank you brother, very helpful").Sees(Farewell)),

        // Goal: a Ningbo stationery shop owner sends gel pens to a shop in Osaka, cancels to wait for the buyer's
        // confirmation and starts again. Kinds: a city for the country, "cancel", a restart with three facts (none asked
        // again), a value in yuan, express, tracking, no returns, nothing, the plan again.
        Zh("ningbo-gel-pens-osaka-cancel-restart",
            Say.That("宁波文具店，大阪的文具店想订一批中性笔").Sees(AskWeight).Never(AskDestination),
            Say.That("先取消，对方还没确认数量").Sees(Cancelled),
            Say.That("确认了，中性笔发大阪，净重加箱子8公斤，箱规45×32×30").Sees(AskValue).Never(AskWeight, AskDestination, AskDimensions),
            Say.That("货值两千四人民币").Sees(AskUrgency),
            Say.That("对方下周开学季要上架，越快越好").Sees(AskTracking),
            Say.That("需要单号").Sees(AskReturns),
            Say.That("寄出去了就不接受退").Sees(AskGoods),
            Say.That("笔芯里有点墨水，别的没有").Sees(LogisticsResult, "日本"),
            Say.That("把物流方案完整发我一遍，我转给老板").SeesOnce("物流计划：")),

        // Goal: a Guangzhou barber-tool seller posts cordless hair clippers to a salon in Kuala Lumpur. Kinds: a city for
        // the country, a weight, a size, a value in US dollars, about a week, tracking, returns for defects, a
        // lithium battery in the goods, a question about the battery rules after the result, a what-if on Thailand, thanks.
        Zh("guangzhou-clippers-kuala-lumpur",
            Say.That("广州卖理发工具的，吉隆坡一家理发店订了12把无线电推剪").Sees(AskWeight).Never(AskDestination),
            Say.That("打包好3.6kg").Sees(AskDimensions),
            Say.That("40cm×30cm×18cm").Sees(AskValue),
            Say.That("三百五十美刀").Sees(AskUrgency),
            Say.That("七八天能到就好").Sees(AskTracking),
            Say.That("跟踪号是必须要有的").Sees(AskReturns),
            Say.That("坏了能退换").Sees(AskGoods),
            Say.That("每把都有内置锂电池").Sees(LogisticsResult, "马来西亚"),
            Say.That("带锂电池的寄马来西亚有什么限制").Sees(Answered + "|" + WhyAnswer),
            Say.That("那同样这些寄泰国曼谷呢").Sees(LogisticsResult + "|" + CompareAnswer, "泰国").Never(AskWeight),
            Say.That("清楚了，谢谢啦").Sees(Farewell)),

        // ---- platforms, English ----

        // Goal: a Dehua porcelain-figurine factory picks a platform for the US and the UK. Kinds: category and markets in
        // the first message, retail in own words, a budget in yuan, no experience, its own brand, a question naming a
        // platform, a "why", thanks.
        En("dehua-porcelain-figurines-us-uk",
            Say.That("we are a porcelain figurine factory in dehua. want to sell online to US and UK").Sees(AskModel).Never(AskCategory, AskMarkets),
            Say.That("directly to collectors and gift buyers").Sees(AskBudget),
            Say.That("maybe 8k yuan each month").Sees(AskExperience),
            Say.That("zero, only trade shows till now").Sees(AskBrand),
            Say.That("yep, own brand, trademark filed in china").Sees(PlatformResult, UnitedStates + "|" + UnitedKingdom),
            Say.That("could walmart marketplace work for us?").Sees(Answered + "|" + WhyAnswer),
            Say.That("what makes #1 better than the others?").Sees(WhyAnswer),
            Say.That("very clear, thanks").Sees(Farewell)),

        // Goal: a one-person Shopify phone-grip seller picks a platform for Japan with everything in one message. Kinds:
        // every answer at once, a question naming a platform, a "why", a what-if adding a market, the plan again, thanks.
        En("solo-phone-grips-japan-all-in-one",
            Say.That("solo seller, phone grips & pop sockets, B2C, japan only, ~600 usd/mo, ran a shopify store 1 yr, brand name but no TM").Sees(PlatformResult, "Japan").Never(AskModel, AskMarkets, AskCategory, AskBudget, AskExperience, AskBrand),
            Say.That("is rakuten hard to get into for a chinese seller?").Sees(Answered + "|" + WhyAnswer),
            Say.That("how come that one is on top?").Sees(WhyAnswer),
            Say.That("what if i add south korea too").Sees(PlatformResult, "Korea"),
            Say.That("can you repost the platform plan pls").SeesOnce("Platform plan: "),
            Say.That("tysm, saved me hours :)").Sees(Farewell)),

        // Goal: a Hebei auto-parts maker looks for B2B buyers in Saudi Arabia and the UAE and switches to Chinese. Kinds:
        // B2B in own words, category and markets in the first message, a language switch with an answer (the next question
        // in Chinese), Alibaba experience, a trademark at home, a question naming a platform, thanks.
        En("hebei-brake-pads-b2b-gulf-switch-chinese",
            Say.That("hebei maker of brake pads + oil filters, we want importers and garage chains in saudi and the UAE as buyers").Sees(AskBudget).Never(AskModel, AskMarkets, AskCategory),
            Say.That("我用中文说吧，每个月推广费一万二").Sees(AskExperienceZh),
            Say.That("在阿里国际站上干了三年，询盘很少").Sees(AskBrandZh),
            Say.That("商标只有国内的").Sees(PlatformResult, "沙特|阿联酋"),
            Say.That("noon上能做批发吗").Sees(Answered + "|" + WhyAnswer),
            Say.That("好，谢啦").Sees(Farewell)),

        // Goal: a Yiwu party-supplies wholesaler picks a platform for Brazil and corrects its budget. Kinds: category in the
        // first message, retail in own words, one market, a budget, no experience, a corrected budget at a later prompt
        // (the pending question kept), no brand, a fee question, thanks.
        En("yiwu-party-supplies-brazil-budget-fixed",
            Say.That("yiwu wholesaler, balloons, banners, birthday party stuff").Sees(AskModel + "|" + AskMarkets).Never(AskCategory),
            Say.That("sell to normal families online").Sees(AskMarkets),
            Say.That("brazil, we heard it's big for parties").Sees(AskBudget),
            Say.That("5000 rmb per month for now").Sees(AskExperience),
            Say.That("never sold abroad online").Sees(AskBrand),
            Say.That("hmm make the budget 8000, boss said ok").Sees(AskBrand + "|" + Changed).Never(AskBudget),
            Say.That("no brand, generic").Sees(PlatformResult, "Brazil"),
            Say.That("does shopee brazil charge a big commission?").Sees(Fees + "|" + Answered),
            Say.That("ok noted, thanks!").Sees(Farewell)),

        // Goal: a Hangzhou silk-scarf studio picks a platform for France and Italy, cancels to ask its partner and starts
        // again. Kinds: category and markets in the first message, "cancel", a restart with four facts (none asked again),
        // Etsy experience, a brand, a question naming a platform, a what-if dropping a market, thanks.
        En("hangzhou-silk-scarves-france-italy-cancel-restart",
            Say.That("small silk scarf studio in hangzhou, we'd like to start selling in france and italy").Sees(AskModel).Never(AskCategory, AskMarkets),
            Say.That("actually cancel, need to talk with my partner about money").Sees(Cancelled),
            Say.That("back. silk scarves, B2C, france + italy, budget 1,000 euro a month").Sees(AskExperience).Never(AskModel, AskMarkets, AskCategory, AskBudget),
            Say.That("some etsy sales over the last 2 yrs").Sees(AskBrand),
            Say.That("yes our studio brand, EU trademark pending").Sees(PlatformResult, "France|Italy"),
            Say.That("would zalando take a tiny brand like ours?").Sees(Answered + "|" + WhyAnswer),
            Say.That("and just italy on its own?").Sees(PlatformResult, "Italy"),
            Say.That("grazie, super helpful").Sees(Farewell)),

        // ---- platforms, Chinese ----

        // Goal: a Shantou toy factory picks a platform for Poland and Germany. Kinds: category and markets in the first
        // message, retail in own words, a budget in euros, AliExpress experience, no brand, a question naming a platform, a
        // "why", thanks.
        Zh("shantou-toys-poland-germany",
            Say.That("汕头玩具厂，积木和遥控车，想打波兰跟德国市场").Sees(AskModel).Never(AskCategory, AskMarkets),
            Say.That("卖给家长，走零售").Sees(AskBudget),
            Say.That("每月一千五欧左右").Sees(AskExperience),
            Say.That("速卖通上有店，做了一年多").Sees(AskBrand),
            Say.That("暂时没有自有品牌").Sees(PlatformResult, "波兰|德国"),
            Say.That("中国公司可以入驻Allegro吗").Sees(Answered + "|" + WhyAnswer),
            Say.That("凭啥它排最前面").Sees(WhyAnswer),
            Say.That("好嘞，谢谢你们").Sees(Farewell)),

        // Goal: a Pinduoduo snack seller picks a platform for Malaysia and Thailand. Kinds: category and markets in the
        // first message, model, a small budget, domestic-only experience, no brand, a comparison question naming two
        // platforms, a what-if adding Vietnam, thanks.
        Zh("pdd-snacks-malaysia-thailand",
            Say.That("拼多多卖辣条和小零食的，想试试马来西亚、泰国").Sees(AskModel).Never(AskCategory, AskMarkets),
            Say.That("2C，卖给年轻人").Sees(AskBudget),
            Say.That("每个月就三千块").Sees(AskExperience),
            Say.That("只做过国内拼多多").Sees(AskBrand),
            Say.That("没牌子，散装货").Sees(PlatformResult, "马来西亚|泰国"),
            Say.That("Shopee和Lazada选哪个好").Sees(Answered + "|" + WhyAnswer + "|" + CompareAnswer),
            Say.That("再加上越南呢").Sees(PlatformResult, "越南"),
            Say.That("懂啦，谢谢你哈").Sees(Farewell)),

        // Goal: a Jinjiang sneaker factory picks a platform for Mexico and switches to English for its sales lead. Kinds:
        // category and market in the first message, retail in own words, a budget, a language switch with an answer (the
        // next question in English), no brand, a question naming a platform, thanks.
        Zh("jinjiang-sneakers-mexico-switch-english",
            Say.That("晋江运动鞋厂，想在墨西哥网上卖").Sees(AskModel).Never(AskCategory, AskMarkets),
            Say.That("面向普通个人消费者").Sees(AskBudget),
            Say.That("一个月两万五").Sees(AskExperience),
            Say.That("our sales lead types english — we did amazon US for 2 years, closed it last year").Sees(AskBrandEn),
            Say.That("we have a brand but not registered in mexico").Sees(PlatformResult, "Mexico"),
            Say.That("is mercado libre better than amazon mexico for shoes?").Sees(Answered + "|" + WhyAnswer + "|" + CompareAnswer),
            Say.That("thanks, that helps the team").Sees(Farewell)),

        // Goal: a small Shenzhen Bluetooth-speaker team picks a platform for India, cancels and starts again. Kinds:
        // category and market in the first message, "cancel", a restart with four facts (none asked again), Amazon
        // experience, a brand, a question about certification, thanks.
        Zh("shenzhen-speakers-india-cancel-restart",
            Say.That("深圳小团队，做蓝牙音箱，想进印度").Sees(AskModel).Never(AskCategory, AskMarkets),
            Say.That("算了先取消，我跟合伙人商量下预算").Sees(Cancelled),
            Say.That("商量好了：蓝牙音箱卖印度个人消费者，每月预算一万").Sees(AskExperience).Never(AskModel, AskMarkets, AskCategory, AskBudget),
            Say.That("之前在亚马逊美国做了六个月").Sees(AskBrand),
            Say.That("有品牌，印度还没注册").Sees(PlatformResult, "印度"),
            Say.That("卖到印度要做BIS认证吗").Sees(Answered),
            Say.That("好的，谢谢指导").Sees(Farewell)),

        // Goal: a Yangjiang kitchen-knife factory picks a platform for the US and Canada and corrects its budget. Kinds:
        // category and markets in the first message, retail, a budget, Temu experience, a corrected budget at a later
        // prompt (the pending question kept), a US trademark, a fee question, the plan again.
        Zh("yangjiang-knives-us-canada-budget-fixed",
            Say.That("阳江刀具厂，主要是厨师刀和刀具套装，目标美国加拿大").Sees(AskModel).Never(AskCategory, AskMarkets),
            Say.That("B2C，直接零售").Sees(AskBudget),
            Say.That("月投入一万八").Sees(AskExperience),
            Say.That("在Temu上供过货，半托管").Sees(AskBrand),
            Say.That("不对，预算改成三万，老板刚批了").Sees(AskBrand + "|" + Changed).Never(AskBudget),
            Say.That("美国商标已经下证").Sees(PlatformResult, "美国|加拿大"),
            Say.That("亚马逊卖刀具抽成是多少").Sees(Fees + "|" + Answered),
            Say.That("把平台计划重新发一下").SeesOnce("平台计划：")),

        // ---- readiness, English ----

        // Goal: a Ningbo stationery factory checks its readiness. Kinds: the company's size in the first message, own
        // designs, AQL inspection, certificates by name, a side question about German packaging EPR at a prompt (answered,
        // the prompt asked again), none registered, a minimum order, a lead time, a team, English, a budget, a cash cycle,
        // the result so far, the first step.
        En("ningbo-stationery-factory-readiness",
            Say.That("ningbo stationery factory, ~150 staff, notebooks and planners. could you rate our readiness to run cross-border on our own?").Sees(ReadinessStart),
            Say.That("we design most of the covers in house").Sees(AskQualityCheck),
            Say.That("AQL 2.5 on every shipment").Sees(AskCertificates),
            Say.That("FSC paper certificate, thats it").Sees(AskTaxRegistration),
            Say.That("do paper notebooks need packaging EPR in germany?").Sees(Answered, AskTaxRegistration),
            Say.That("none registered yet").Sees(AskSmallBatches),
            Say.That("MOQ 300 per design").Sees(AskLeadTime),
            Say.That("25 days usually").Sees(AskStaff),
            Say.That("three from sales").Sees(AskLanguage),
            Say.That("english is fine for emails").Sees(AskReadinessBudget),
            Say.That("30k rmb every month").Sees(AskCashCycle),
            Say.That("so whats our result till now?").Sees(PartialResult),
            Say.That("which issue do we tackle first").Sees(Roadmap)),

        // Goal: a husband-and-wife jewellery shop checks its readiness with team and languages given at the start. Kinds:
        // the team's size and its languages in the first message (never asked again), own designs, checking every piece,
        // "don't know", none, made to order, a lead time, a small budget, a short cash cycle, Shopify experience, some
        // data, the result so far, how to improve.
        En("couple-silver-rings-readiness-team-given",
            Say.That("my husband and i make sterling silver rings, we both speak english and a bit of french. is our little shop ready for overseas buyers?").Sees(ReadinessStart),
            Say.That("every design is ours, you wont find them elsewhere").Sees(AskQualityCheck),
            Say.That("we polish and check each ring by hand").Sees(AskCertificates),
            Say.That("dont know which ones we'd need").Sees(AskTaxRegistration),
            Say.That("no registrations").Sees(AskSmallBatches),
            Say.That("yes we make each ring after the order").Sees(AskLeadTime),
            Say.That("5 days per order").Sees(AskReadinessBudget).Never(AskStaff, AskLanguage),
            Say.That("maybe 2000 rmb").Sees(AskCashCycle),
            Say.That("a couple of weeks at most").Sees(AskOnlineExperience),
            Say.That("shopify store for 2 years, mostly local buyers").Sees(AskData),
            Say.That("we look at shopify analytics sometimes").Sees(AskTrademark),
            Say.That("whats the score so far").Sees(PartialResult),
            Say.That("how do we get better").Sees(Roadmap)),

        // Goal: a Baigou handbag workshop unsure of many answers checks its readiness. Kinds: "similar to others",
        // "sometimes", "no idea", no, "can do", a lead time, two people, poor English, a budget, the score, a "why" about the
        // score, thanks.
        En("baigou-handbags-readiness-unsure",
            Say.That("baigou handbag workshop, want to start selling abroad online, are we ready for it?").Sees(ReadinessStart),
            Say.That("similar to what others make tbh").Sees(AskQualityCheck),
            Say.That("sometimes we check, when we have time").Sees(AskCertificates),
            Say.That("no idea what certs bags need").Sees(AskTaxRegistration),
            Say.That("nah, zero registrations").Sees(AskSmallBatches),
            Say.That("can do 50 bags of one style").Sees(AskLeadTime),
            Say.That("15 days roughly").Sees(AskStaff),
            Say.That("me plus my cousin").Sees(AskLanguage),
            Say.That("english not good, we use translator app").Sees(AskReadinessBudget),
            Say.That("5k").Sees(AskCashCycle),
            Say.That("show me our score").Sees(PartialResult),
            Say.That("why is it this low").Sees(ScoreAnswer),
            Say.That("ok, thank u").Sees(Farewell)),

        // Goal: a Jiangmen stainless-cookware company checks its readiness and corrects its budget. Kinds: own moulds, a
        // QC team, LFGB and FDA, VAT in two countries, small batches, a lead time, a team, languages, a budget, a correction
        // of an earlier answer in passing (the pending question kept), the result so far, the weakest area.
        En("jiangmen-cookware-readiness-budget-fixed",
            Say.That("jiangmen cookware maker, stainless pots and pans, 60 ppl. pls run the readiness check for us").Sees(ReadinessStart),
            Say.That("own moulds for our tri-ply line").Sees(AskQualityCheck),
            Say.That("a QC team checks every batch before it leaves").Sees(AskCertificates),
            Say.That("LFGB and FDA food contact tests passed").Sees(AskTaxRegistration),
            Say.That("VAT in UK and germany").Sees(AskSmallBatches),
            Say.That("yes from 100 pcs").Sees(AskLeadTime),
            Say.That("about 35 days").Sees(AskStaff),
            Say.That("4 staff").Sees(AskLanguage),
            Say.That("good english, one does german").Sees(AskReadinessBudget),
            Say.That("25000 a month").Sees(AskCashCycle),
            Say.That("oh wait, budget is 35000 not 25000").Sees(AskCashCycle + "|" + Changed).Never(NotUnderstood),
            Say.That("current results please").Sees(PartialResult),
            Say.That("which area drags us down most?").Sees(ScoreAnswer)),

        // Goal: an Anji bamboo-furniture factory checks its readiness and switches to Chinese. Kinds: the company in the
        // first message, customer designs, sampling, a language switch with an answer (the next question in Chinese), none
        // registered, a minimum order, a lead time, a team, English, a budget, the result so far, the first step.
        En("anji-bamboo-furniture-readiness-switch-chinese",
            Say.That("anji factory, bamboo shelves and stools, mainly OEM for importers. can we run our own online export store?").Sees(ReadinessStart),
            Say.That("mostly buyers' designs").Sees(AskQualityCheck),
            Say.That("random checks each order").Sees(AskCertificates),
            Say.That("我用中文回答吧：FSC有，别的没有").Sees(AskTaxRegistrationZh),
            Say.That("一个也没注册").Sees(AskSmallBatchesZh),
            Say.That("最少一百件起做").Sees(AskLeadTimeZh),
            Say.That("大概四十天").Sees(AskStaff),
            Say.That("就一个外贸员").Sees(AskLanguage),
            Say.That("英语邮件没问题").Sees(AskReadinessBudgetZh),
            Say.That("一万块左右").Sees(AskCashCycle),
            Say.That("看下现在的结果").Sees(PartialResult),
            Say.That("先从哪里开始改").Sees(Roadmap)),

        // ---- readiness, Chinese ----

        // Goal: a Dongguan plush-toy factory checks its readiness. Kinds: the company in the first message, own IP designs,
        // full inspection, certificates by name, IOSS registered, a minimum order, a lead time, a team, English, a budget, a
        // cash cycle, the result so far, the next step.
        Zh("dongguan-plush-toys-readiness",
            Say.That("东莞毛绒玩具厂，两百来人，老板想自己做跨境，想了解我们准备好了没有").Sees(ReadinessStart),
            Say.That("有几个自己原创的IP形象").Sees(AskQualityCheck),
            Say.That("每只出货前都全检，还有验针").Sees(AskCertificates),
            Say.That("EN71和CPC都做了").Sees(AskTaxRegistration),
            Say.That("IOSS注册了，其他没有").Sees(AskSmallBatches),
            Say.That("起订五百只").Sees(AskLeadTime),
            Say.That("三十天左右").Sees(AskStaff),
            Say.That("外贸部一共四个人").Sees(AskLanguage),
            Say.That("都能用英语回邮件").Sees(AskReadinessBudget),
            Say.That("每月能拿三万出来").Sees(AskCashCycle),
            Say.That("压两个月货款可以").Sees(AskOnlineExperience),
            Say.That("到这里我们得了多少分").Sees(PartialResult),
            Say.That("接下来先干啥").Sees(Roadmap)),

        // Goal: a one-person Taobao tea seller checks her readiness with team and language given at the start. Kinds: the
        // team's size and its language in the first message (never asked again), ordinary products, tasting each batch,
        // none, none, small packs, a lead time, a small budget, a cash cycle, Taobao experience, the result so far, how to
        // improve.
        Zh("solo-taobao-tea-readiness-team-given",
            Say.That("我一个人在淘宝卖武夷岩茶，英语基本不会，想看看能不能卖到海外").Sees(ReadinessStart),
            Say.That("茶都差不多，主要靠口碑").Sees(AskQualityCheck),
            Say.That("每批茶我都会自己试喝").Sees(AskCertificates),
            Say.That("什么证都没办").Sees(AskTaxRegistration),
            Say.That("也没有注册").Sees(AskSmallBatches),
            Say.That("小包装的可以，几十克也能分").Sees(AskLeadTime),
            Say.That("有现货，两三天发").Sees(AskReadinessBudget).Never(AskStaff, AskLanguage),
            Say.That("两千以内").Sees(AskCashCycle),
            Say.That("压货最多半个月").Sees(AskOnlineExperience),
            Say.That("淘宝开了五年").Sees(AskData),
            Say.That("目前能打几分").Sees(PartialResult),
            Say.That("怎么才能更好").Sees(Roadmap)),

        // Goal: a Nantong bedding factory checks its readiness and corrects its team count. Kinds: own prints, sampling,
        // OEKO-TEX, none registered, small batches, a lead time, a team, a correction of an earlier answer in passing (the
        // pending question kept), a little English, a budget, the result so far, the weakest area.
        Zh("nantong-bedding-readiness-staff-fixed",
            Say.That("南通家纺厂，四件套和被子，想评估一下做海外电商的准备情况").Sees(ReadinessStart),
            Say.That("花型基本自己设计").Sees(AskQualityCheck),
            Say.That("主要靠抽检").Sees(AskCertificates),
            Say.That("有OEKO-TEX证书").Sees(AskTaxRegistration),
            Say.That("一个都还没注册").Sees(AskSmallBatches),
            Say.That("可以接小单").Sees(AskLeadTime),
            Say.That("半个月出货").Sees(AskStaff),
            Say.That("就一个人在弄").Sees(AskLanguage),
            Say.That("说错了，负责跨境的有两个人，新来了一个").Sees(AskLanguage + "|" + Changed).Never(NotUnderstood),
            Say.That("英语会一些简单的").Sees(AskReadinessBudget),
            Say.That("八千一个月").Sees(AskCashCycle),
            Say.That("先给我看看结果").Sees(PartialResult),
            Say.That("我们哪一项拖了后腿").Sees(ScoreAnswer)),

        // Goal: a Shenzhen drone-accessory team checks its readiness and switches to English for its overseas manager.
        // Kinds: own designs, full testing, certificates by name, a language switch with an answer (the next questions in
        // English), a minimum order, a lead time, a team, languages, a budget, the result so far, the first step.
        Zh("shenzhen-drone-parts-readiness-switch-english",
            Say.That("深圳做无人机配件的，电池和螺旋桨，想测下出海准备度").Sees(ReadinessStart),
            Say.That("大部分款是自家研发的").Sees(AskQualityCheck),
            Say.That("电池每块都测").Sees(AskCertificates),
            Say.That("有UN38.3和CE").Sees(AskTaxRegistration),
            Say.That("our overseas manager takes over in english: we have german VAT only").Sees(AskSmallBatches),
            Say.That("sure, 50 pcs minimum").Sees(AskLeadTimeEn),
            Say.That("around 20 days").Sees(AskStaffEn),
            Say.That("5 persons").Sees(AskLanguageEn),
            Say.That("english ok, one colleague speaks spanish").Sees(AskReadinessBudget),
            Say.That("50,000 cny").Sees(AskCashCycleEn),
            Say.That("what's our readiness at this point?").Sees(PartialResult),
            Say.That("first thing to do?").Sees(Roadmap)),

        // Goal: a Yiwu hair-accessory wholesaler checks its readiness with a side question. Kinds: the company in the first
        // message, ordinary products, checking a few, a side question about CE for hair clips at a prompt (answered, the
        // prompt asked again), none, none, stock on hand, quick, one person, a little English, a budget, the result so far,
        // the weakest area, thanks.
        Zh("yiwu-hair-clips-readiness-side-question",
            Say.That("义乌发饰批发，发夹发圈这些，想测测我家适不适合做跨境").Sees(ReadinessStart),
            Say.That("市场上都一样的货").Sees(AskQualityCheck),
            Say.That("进货时看几件").Sees(AskCertificates),
            Say.That("发夹卖欧洲要做CE吗").Sees(Answered, AskCertificates),
            Say.That("证书都没做过").Sees(AskTaxRegistration),
            Say.That("税号这些也没注册过").Sees(AskSmallBatches),
            Say.That("店里有库存，一件也能卖").Sees(AskLeadTime),
            Say.That("当天就能发").Sees(AskStaff),
            Say.That("只有我").Sees(AskLanguage),
            Say.That("英语只会几句").Sees(AskReadinessBudget),
            Say.That("三千").Sees(AskCashCycle),
            Say.That("现在分数多少").Sees(PartialResult),
            Say.That("为什么分这么低").Sees(ScoreAnswer),
            Say.That("好吧，谢谢").Sees(Farewell)),

        // ---- fix an issue, English ----

        // Goal: an Amazon US account is suspended after an invoice check. Kinds: platform, market and the suspension in the
        // problem, a step done, a question about the plan of action, "next", prevention, thanks.
        En("amazon-us-account-suspended-invoices",
            Say.That("amazon us suspended our seller account, they asked for supplier invoices and we sent wrong ones").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("yes, account suspension").Sees(FirstStep),
            Say.That("read the notice, it's about invoice authenticity").Sees(SecondOrDone),
            Say.That("what goes into a good plan of action?").Sees(Answered + "|" + NextOrDone),
            Say.That("ok whats the next step then").Sees(NextOrDone),
            Say.That("how can we avoid another suspension?").Sees(Prevention),
            Say.That("thanks, that's a relief").Sees(Farewell)),

        // Goal: an eBay UK buyer says a rattan lamp is not as described. Kinds: platform, market and the complaint in the
        // problem, a step done, a question about the refund, "continue", prevention, thanks.
        En("ebay-uk-rattan-lamp-not-as-described",
            Say.That("on ebay uk a buyer opened a case, claims our rattan lamp is smaller than the listing says and wants full refund").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("yes thats exactly our case").Sees(FirstStep),
            Say.That("checked, our listing had the size in inches wrong").Sees(SecondOrDone),
            Say.That("should i ask him to send it back or just refund?").Sees(Answered + "|" + NextOrDone),
            Say.That("continue pls").Sees(NextOrDone),
            Say.That("what do i change so this doesn't happen again").Sees(Prevention),
            Say.That("great, ty").Sees(Farewell)),

        // Goal: a Walmart US seller of women's sandals has a high return rate. Kinds: platform, market and the returns in
        // the problem, a step done, a question about size charts, "next", prevention, thanks.
        En("walmart-us-sandals-high-returns",
            Say.That("on walmart marketplace US almost 30% of our women's sandals come back, mostly 'too small'").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("right, the return rate problem").Sees(FirstStep),
            Say.That("pulled the return reasons, sizing is most of it").Sees(SecondOrDone),
            Say.That("should our size chart be in US sizes or cm?").Sees(Answered + "|" + NextOrDone),
            Say.That("next one pls").Sees(NextOrDone),
            Say.That("how to keep returns low on new styles later").Sees(Prevention),
            Say.That("appreciate it, very useful").Sees(Farewell)),

        // Goal: US customs detains cotton shirts under the forced-labour rule; in the middle the seller starts a new
        // shipment, cancels it and goes back to the steps. Kinds: a country and the detention in the problem, a step done, a
        // question about proof, a new task inside the guide, "cancel" of that task, prevention, thanks.
        En("us-cbp-uflpa-cotton-shirts-shipment-cancelled",
            Say.That("our container of cotton shirts got held by CBP in LA under UFLPA, they want proof of where the cotton came from").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("yeah that's the one").Sees(FirstStep),
            Say.That("asked our fabric mill for the cotton source docs").Sees(SecondOrDone),
            Say.That("is a supplier letter enough or do they want more?").Sees(Answered),
            Say.That("btw i also have 12 kg of shirt samples going to new york").Sees(AskDimensions).Never(AskWeight, AskDestination),
            Say.That("nah cancel the samples for now").Sees(BackToSteps),
            Say.That("how do we keep future containers from getting detained").Sees(Prevention),
            Say.That("many thanks, really").Sees(Farewell)),

        // Goal: Amazon US rejects a Bluetooth speaker's FCC ID; the market comes after. Kinds: a problem without its market
        // (the market asked), the country in own words, a step done, a question about the lab, "next", prevention, thanks.
        En("fcc-id-rejected-speaker-market-after",
            Say.That("our bluetooth speaker listing got rejected because the FCC ID doesn't match").Sees(AskIssueMarket + "|" + BestMatch).Never(AskProblem),
            Say.That("it's the american amazon store").Sees(BestMatch),
            Say.That("yes that's exactly what happened to us").Sees(FirstStep),
            Say.That("looked up the grant, the ID belongs to an older model").Sees(SecondOrDone),
            Say.That("can our factory's old test report be reused?").Sees(Answered),
            Say.That("go to the next one").Sees(NextOrDone),
            Say.That("how do we avoid it with new models").Sees(Prevention + "|" + Answered),
            Say.That("thanks heaps mate").Sees(Farewell)),

        // ---- fix an issue, Chinese ----

        // Goal: an AliExpress France seller receives a design-patent complaint about a desk organiser. Kinds: platform,
        // market and the complaint in the problem, a step done, a question about a counter-notice, "next", prevention,
        // thanks.
        Zh("aliexpress-fr-design-patent-complaint",
            Say.That("速卖通法国的单，有人投诉我们的桌面收纳盒侵犯外观专利，链接被冻结了").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("对，就是专利投诉").Sees(FirstStep),
            Say.That("投诉通知和专利号都看过了").Sees(SecondOrDone),
            Say.That("我们觉得没侵权，能反通知吗").Sees(Answered + "|" + NextOrDone),
            Say.That("那下一步是做啥").Sees(NextOrDone),
            Say.That("以后上新前怎么查专利").Sees(Prevention),
            Say.That("收到，谢谢啦").Sees(Farewell)),

        // Goal: Brazilian customs holds parcels of phone cases. Kinds: a country and the hold in the problem, a step done,
        // a question about the tax, "then", prevention, thanks.
        Zh("brazil-customs-hold-phone-cases",
            Say.That("发巴西的手机壳包裹被海关扣了，说要补税还要CPF").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("是的，清关被扣").Sees(FirstStep),
            Say.That("已经问了货代，他们在查").Sees(SecondOrDone),
            Say.That("巴西小包裹现在要交多少税").Sees(Answered),
            Say.That("然后还要做什么呢").Sees(NextOrDone),
            Say.That("以后发巴西怎么不被扣").Sees(Prevention),
            Say.That("行，谢谢哈").Sees(Farewell)),

        // Goal: Amazon Germany asks for a VAT number before paying out; the seller switches to English for the accountant.
        // Kinds: platform, market and the registration in the problem, a step done, a language switch with a question, a
        // "next" in English, prevention, thanks.
        Zh("amazon-de-vat-number-switch-english",
            Say.That("亚马逊德国站冻结了回款，要我们提供德国VAT税号").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("对，就是VAT的问题").Sees(FirstStep),
            Say.That("已经委托了一个税务代理").Sees(SecondOrDone),
            Say.That("our accountant continues in english: how long does german VAT registration take?").Sees(Answered),
            Say.That("ok, what's the next step").Sees(NextOrDone),
            Say.That("how do we stay compliant in other EU countries later?").Sees(Prevention + "|" + Answered),
            Say.That("thanks for your help, bye").Sees(Farewell)),

        // Goal: a Mercado Libre Mexico seller of water bottles gets a run of bad reviews. Kinds: platform, market and the
        // complaint in the problem, a step done, a question about replying to reviews, "next", prevention, thanks.
        Zh("mercado-libre-mx-bottles-bad-reviews",
            Say.That("美客多墨西哥站，最近保温水壶好多差评，说漏水").Sees(BestMatch).Never(AskProblem, AskIssueMarket),
            Say.That("嗯，就是差评").Sees(FirstStep),
            Say.That("抽了库存测试，硅胶圈确实有问题").Sees(SecondOrDone),
            Say.That("差评要不要一条条回复").Sees(Answered + "|" + NextOrDone),
            Say.That("继续说下一步").Sees(NextOrDone),
            Say.That("以后怎么保证质量不再出这种事").Sees(Prevention),
            Say.That("明白了，多谢你").Sees(Farewell)),

        // Goal: a parcel to Saudi Arabia has no tracking updates; the market comes after and a new shipment is started and
        // cancelled inside the guide. Kinds: a problem without its market (the market asked), a city for the country, a
        // step done, a new task inside the guide, "cancel" of that task, a resend question, prevention, thanks.
        Zh("lost-parcel-jeddah-market-after-shipment-cancelled",
            Say.That("有个包裹二十多天物流都没更新了，客户一直催").Sees(AskIssueMarket + "|" + BestMatch).Never(AskProblem),
            Say.That("寄到吉达的").Sees(BestMatch),
            Say.That("对，应该是丢了").Sees(FirstStep),
            Say.That("已经给物流商提了查件").Sees(SecondOrDone),
            Say.That("另外还有个3公斤的包裹要寄利雅得").Sees(AskDimensions).Never(AskWeight, AskDestination),
            Say.That("不寄了，取消").Sees(BackToSteps),
            Say.That("要不要先给客户补发一个").Sees(Answered + "|" + NextOrDone),
            Say.That("以后怎么避免丢件").Sees(Prevention),
            Say.That("谢谢，辛苦").Sees(Farewell)),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("held33-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("held33-zh-" + name, "zh-CN", turns);
}
