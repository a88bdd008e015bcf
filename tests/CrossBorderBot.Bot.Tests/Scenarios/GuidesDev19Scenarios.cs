using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The thirty-third session's dev set for the guides, written before that pass changed any guide and measured once as it
/// stood. It is built from the KINDS of prompt answers that recur across the thirty-first part and the failures left in the
/// thirtieth, twenty-ninth and twenty-fourth (dev material this pass), each tried in new situations and own wording, never
/// those parts' or the last dev set's phrases (<see cref="GuidesDev19ScenarioTests"/> checks that): who the buyers are said in
/// own words inside a platform opening with several facts (shoppers of a country "as customers", "一般买家", "做零售", people
/// who buy for themselves), how the products differ said by what is the seller's own (own prints, own fabric, own moulds,
/// improved styles) with no option word, the team size said in words at the staff question ("just me", "就我一个人", "我和老婆
/// 两个"), a product named by two examples at the category question. Half in Chinese. Dev material: its misses are looked at
/// and tuned on.
/// </summary>
public static class GuidesDev19Scenarios
{
    private const string AskStaffZh = "有多少人负责跨境电商";

    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        // ---- platform openings with the buyers in own words, English ----

        // Kinds: shoppers of a country "as our buyers" with no selling cue before them.
        En("platform-hair-clips-japanese-shoppers",
            Say.That("yiwu hair clip maker, scrunchies and claw clips, we'd like japanese shoppers as our buyers, which platform suits us?").Sees(AskBudget).Never(AskModel, AskMarkets, AskCategory),
            Say.That("about 300 usd a month").Sees(AskExperience),
            Say.That("never sold abroad").Sees(AskBrand),
            Say.That("no brand").Sees(PlatformResult, "Japan")),

        // Kinds: "everyday buyers" after a country, with the products and a platform question.
        En("platform-bamboo-towels-everyday-buyers-us",
            Say.That("we weave bamboo bath towels and want everyday buyers in the us to order from us, which marketplace?").Sees(AskBudget).Never(AskModel, AskMarkets),
            Say.That("2000 rmb monthly").Sees(AskExperience),
            Say.That("none").Sees(AskBrand),
            Say.That("yes, registered in the us").Sees(PlatformResult, "United States|USA|US")),

        // Kinds: people buying for themselves (B2C) said as "home users".
        En("platform-air-purifiers-home-users-poland",
            Say.That("we build small air purifiers and our customers would be home users in poland and czechia. where should we list?").Sees(AskBudget).Never(AskModel, AskMarkets),
            Say.That("1000 euros a month").Sees(AskExperience),
            Say.That("a year on amazon de").Sees(AskBrand),
            Say.That("yes").Sees(PlatformResult, "Poland")),

        // Kinds: "the general public" as the buyers.
        En("platform-phone-stands-general-public-uk",
            Say.That("phone stand factory in shenzhen, selling to the general public in the uk, which platform should we try?").Sees(AskBudget).Never(AskModel, AskMarkets),
            Say.That("500 pounds a month").Sees(AskExperience)),

        // ---- readiness: differentiation and team size in own words, English ----

        // Kinds: own prints and own fabric (own design, no option word); a team of one in words.
        En("readiness-scarves-own-prints-solo",
            Say.That("i run a small scarf label, could you assess how ready we are to sell overseas").Sees(ReadinessStart),
            Say.That("the prints are drawn by us and woven from our own yarn").Sees(AskQualityCheck).Never(NotUnderstood),
            Say.That("i check every scarf myself").Sees(AskCertificates),
            Say.That("none").Sees(AskTaxRegistration),
            Say.That("none").Sees(AskSmallBatches),
            Say.That("yes, small runs are fine").Sees(AskLeadTime),
            Say.That("about two weeks").Sees(AskStaff),
            Say.That("just me for now").Sees(AskLanguage).Never(Retried)),

        // Kinds: the styles improved and the tooling own (own design); "me and my brother" as the team.
        En("readiness-lunch-boxes-improved-lids",
            Say.That("we make lunch boxes in ningbo. readiness check for cross-border please").Sees(ReadinessStart),
            Say.That("our lids use a seal we improved and the moulds belong to us").Sees(AskQualityCheck).Never(NotUnderstood),
            Say.That("leak test on every batch").Sees(AskCertificates),
            Say.That("LFGB for germany").Sees(AskTaxRegistration),
            Say.That("no").Sees(AskSmallBatches),
            Say.That("no, 3000 pieces minimum").Sees(AskLeadTime),
            Say.That("25 days").Sees(AskStaff),
            Say.That("me and my brother").Sees(AskLanguage).Never(Retried)),

        // Kinds: nobody on it yet said in words.
        En("readiness-door-mats-nobody-yet",
            Say.That("coir door mat factory, how prepared are we to sell abroad online?").Sees(ReadinessStart),
            Say.That("same as what everyone else makes").Sees(AskQualityCheck),
            Say.That("visual check").Sees(AskCertificates),
            Say.That("none").Sees(AskTaxRegistration),
            Say.That("none").Sees(AskSmallBatches),
            Say.That("yes").Sees(AskLeadTime),
            Say.That("three weeks").Sees(AskStaff),
            Say.That("no one has been assigned yet").Sees(AskLanguage).Never(Retried)),

        // Kinds: own recipe and own sourcing (own design).
        En("readiness-sauces-own-recipe-farm",
            Say.That("family chili sauce business in guizhou, want a readiness assessment for selling abroad").Sees(ReadinessStart),
            Say.That("the recipe is our grandmother's and the chilies come from our own farm").Sees(AskQualityCheck).Never(NotUnderstood),
            Say.That("lab test per batch").Sees(AskCertificates)),

        // Kinds: "a couple of part-timers" as the team.
        En("readiness-keychains-part-timers",
            Say.That("acrylic keychain workshop, check whether we're ready for cross-border").Sees(ReadinessStart),
            Say.That("custom designs for each client").Sees(AskQualityCheck),
            Say.That("we look at each piece").Sees(AskCertificates),
            Say.That("nothing").Sees(AskTaxRegistration),
            Say.That("nope").Sees(AskSmallBatches),
            Say.That("yes, from one piece").Sees(AskLeadTime),
            Say.That("a week").Sees(AskStaff),
            Say.That("my wife and i plus one part-timer").Sees(AskLanguage).Never(Retried)),

        // Kinds: hand-dyed with own plant dyes (own design, no option word).
        En("readiness-tote-bags-own-dyes",
            Say.That("canvas tote bag studio in dali, please check how ready we are for cross-border e-commerce").Sees(ReadinessStart),
            Say.That("every bag is hand dyed with plant dyes we mix ourselves").Sees(AskQualityCheck).Never(NotUnderstood),
            Say.That("we check stitching on each one").Sees(AskCertificates)),

        // ---- platform: the product named by examples at the category question, English ----

        // Kinds: two examples at "What do you sell?".
        En("platform-examples-at-category-question",
            Say.That("which platform should i use to sell abroad?").Sees(AskModel + "|" + AskCategory + "|" + AskMarkets),
            Say.That("consumers").Sees(AskMarkets + "|" + AskCategory),
            Say.That("germany").Sees(AskCategory + "|" + AskBudget),
            Say.That("dog leashes and cat collars").Sees(AskBudget).Never(Retried, AskCategory)),

        // Kinds: two examples with "mainly" at the category question.
        En("platform-kitchen-examples-at-category",
            Say.That("help me pick a marketplace").Sees(AskModel + "|" + AskCategory + "|" + AskMarkets),
            Say.That("retail buyers").Sees(AskMarkets + "|" + AskCategory),
            Say.That("france and spain").Sees(AskCategory + "|" + AskBudget),
            Say.That("mainly garlic presses and peelers").Sees(AskBudget).Never(Retried, AskCategory)),

        // ---- 平台开场：用自己的话说买家，中文 ----

        // 难点：“一般消费者”之外的说法：“普通老百姓”，在市场后面。
        Zh("platform-rice-cookers-ordinary-folks",
            Say.That("我们是做小电饭煲的，想卖给马来西亚的普通老百姓，选哪个平台好").Sees(AskBudget).Never(AskModel, AskMarkets, AskCategory),
            Say.That("每个月五千").Sees(AskExperience),
            Say.That("没有经验").Sees(AskBrand),
            Say.That("没有").Sees(PlatformResult, "马来西亚")),

        // 难点：“做零售”在一串事实里。
        Zh("platform-pillows-retail-among-facts",
            Say.That("南通做乳胶枕头的工厂，打算做美国市场，做零售，用什么平台").Sees(AskBudget).Never(AskModel, AskMarkets),
            Say.That("一个月一万").Sees(AskExperience),
            Say.That("做过一年速卖通").Sees(AskBrand),
            Say.That("有商标").Sees(PlatformResult, "美国")),

        // 难点：“一般的网购顾客”，前面是国家。
        Zh("platform-sunglasses-online-customers-brazil",
            Say.That("厦门太阳镜厂，想找巴西那边一般的网购顾客，平台怎么选").Sees(AskBudget).Never(AskModel, AskMarkets),
            Say.That("两万块一个月").Sees(AskExperience)),

        // 难点：“自己用的人”（个人买家的另一说法）。
        Zh("platform-massage-guns-self-use-buyers",
            Say.That("我们卖筋膜枪，目标是澳洲买来自己用的人，哪个平台合适").Sees(AskBudget).Never(AskModel, AskMarkets),
            Say.That("三千左右").Sees(AskExperience)),

        // 难点：“当地的普通买家”，两个国家。
        Zh("platform-slippers-local-buyers-two-markets",
            Say.That("揭阳拖鞋厂，想把拖鞋卖给泰国和越南当地的普通买家，推荐平台").Sees(AskBudget).Never(AskModel, AskMarkets),
            Say.That("每月两千").Sees(AskExperience)),

        // ---- 准备度：差异和人数用自己的话，中文 ----

        // 难点：面料是自己织的、花型自己画（自主设计，没有选项词）；“就我一个人”。
        Zh("readiness-qipao-own-fabric-solo",
            Say.That("我在苏州做旗袍，想评估一下出海准备得怎么样").Sees(ReadinessStart),
            Say.That("花型是我们自己画的，面料也是自家织的").Sees(AskQualityCheck).Never(NotUnderstood),
            Say.That("每件都自己看一遍").Sees(AskCertificates),
            Say.That("没有").Sees(AskTaxRegistration),
            Say.That("没有").Sees(AskSmallBatches),
            Say.That("可以，一件也做").Sees(AskLeadTime),
            Say.That("十天").Sees(AskStaffZh),
            Say.That("就我一个人在做").Sees(AskLanguage).Never(Retried)),

        // 难点：结构改良过、模具自有（自主设计）；“我和老婆两个”。
        Zh("readiness-strollers-improved-frame",
            Say.That("做婴儿推车的，帮我们看看跨境准备度").Sees(ReadinessStart),
            Say.That("车架结构改良过，模具都是我们自己的").Sees(AskQualityCheck).Never(NotUnderstood),
            Say.That("每台都做折叠测试").Sees(AskCertificates),
            Say.That("有EN1888").Sees(AskTaxRegistration),
            Say.That("没有").Sees(AskSmallBatches),
            Say.That("不行").Sees(AskLeadTime),
            Say.That("一个月").Sees(AskStaffZh),
            Say.That("我和老婆两个").Sees(AskLanguage).Never(Retried)),

        // 难点：还没人做（零，用字说）。
        Zh("readiness-ceramic-vases-nobody",
            Say.That("景德镇花瓶作坊，想知道能不能做跨境").Sees(ReadinessStart),
            Say.That("和别家差别不大").Sees(AskQualityCheck),
            Say.That("出窑挑一遍").Sees(AskCertificates),
            Say.That("没有").Sees(AskTaxRegistration),
            Say.That("没有").Sees(AskSmallBatches),
            Say.That("可以").Sees(AskLeadTime),
            Say.That("二十天").Sees(AskStaffZh),
            Say.That("暂时还没安排人").Sees(AskLanguage).Never(Retried)),

        // 难点：配方自己调的、工艺有改进（自主设计）。
        Zh("readiness-incense-own-formula",
            Say.That("我们做线香的，评估下出海准备度").Sees(ReadinessStart),
            Say.That("香方是自己调的，工艺也改进过").Sees(AskQualityCheck).Never(NotUnderstood),
            Say.That("每批试烧").Sees(AskCertificates)),

        // 难点：“几个兼职”之外：“老板自己加一个小姑娘”。
        Zh("readiness-tea-trays-boss-and-helper",
            Say.That("做茶盘的小厂，想测一下跨境电商准备度").Sees(ReadinessStart),
            Say.That("跟别人一样").Sees(AskQualityCheck),
            Say.That("抽检").Sees(AskCertificates),
            Say.That("没有").Sees(AskTaxRegistration),
            Say.That("没有").Sees(AskSmallBatches),
            Say.That("可以").Sees(AskLeadTime),
            Say.That("半个月").Sees(AskStaffZh),
            Say.That("老板自己加一个小姑娘").Sees(AskLanguage).Never(Retried)),

        // 难点：独家的纹样、自己申请的外观（自主设计）。
        Zh("readiness-wallpaper-exclusive-patterns",
            Say.That("壁纸工厂，想看看我们做跨境准备得如何").Sees(ReadinessStart),
            Say.That("纹样是独家的，自己开发的").Sees(AskQualityCheck).Never(NotUnderstood),
            Say.That("每卷都检查色差").Sees(AskCertificates)),

        // ---- 平台：在“卖什么”问题上举两个例子，中文 ----

        // 难点：两个例子，用顿号。
        Zh("platform-examples-at-category-zh",
            Say.That("出海用哪个平台好").Sees(AskModel + "|" + AskCategory + "|" + AskMarkets),
            Say.That("卖给个人").Sees(AskMarkets + "|" + AskCategory),
            Say.That("日本").Sees(AskCategory + "|" + AskBudget),
            Say.That("保温杯、饭盒").Sees(AskBudget).Never(Retried, AskCategory)),

        // 难点：两个例子加“之类的”。
        Zh("platform-examples-with-such-zh",
            Say.That("帮我选个跨境平台").Sees(AskModel + "|" + AskCategory + "|" + AskMarkets),
            Say.That("个人消费者").Sees(AskMarkets + "|" + AskCategory),
            Say.That("美国").Sees(AskCategory + "|" + AskBudget),
            Say.That("瑜伽裤和运动内衣之类的").Sees(AskBudget).Never(Retried, AskCategory)),

        // 难点：两个例子在“主要是”后面。
        Zh("platform-examples-mainly-zh",
            Say.That("想做跨境，平台怎么选").Sees(AskModel + "|" + AskCategory + "|" + AskMarkets),
            Say.That("企业客户").Sees(AskMarkets + "|" + AskCategory),
            Say.That("德国").Sees(AskCategory + "|" + AskBudget),
            Say.That("主要是扳手和螺丝刀").Sees(AskBudget).Never(Retried, AskCategory)),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("guides-dev19-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("guides-dev19-zh-" + name, "zh-CN", turns);
}
