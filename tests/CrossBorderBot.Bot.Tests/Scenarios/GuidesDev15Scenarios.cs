using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The twenty-ninth session's dev set for the guides, written before that pass changed any guide and measured once as it
/// stood. It is built from the KINDS of roots found in the twenty-seventh part (dev material this pass), each tried in new
/// situations and own wording, never the twenty-seventh, twenty-sixth or twenty-fifth part's phrases or the last dev set's
/// (<see cref="GuidesDev15ScenarioTests"/> checks that): a declared value with a currency word must not fill the speed (D);
/// "generic"/"unbranded" at the brand question is no category change and the result keeps the market given (E);
/// differentiation in own words — patents, own farm or orchard, upgraded models (F); facts given in the opening (staff,
/// languages) fill their questions, a budget in dollars, "a couple of months" at the financing question (G); a hedged yes
/// and a staff correction while another question waits (H); counting words for people (J); a registration held at the
/// certifications question and the small-batches answer taken for small batches (K); not knowing what is needed (O);
/// and the lead's leftovers: no experience outside China at the platform guide, a peso in Manila, holidays in lead times.
/// Half in Chinese. Dev material: its misses are looked at and tuned on.
/// </summary>
public static class GuidesDev15Scenarios
{
    private const string AskCashCycle = "finance stock in transit|在途和海外仓库存垫资";
    private const string Changed = "(?i)changed|updated|noted|修改|改为|改成|更新|已记下";
    private const string NotKnown = "(?i)don't know that yet|还不知道答案";
    private const string OneToThreeMonths = "1–3 months|1–3 个月";

    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        // ---- readiness, English ----

        // Kinds: a patent as own design (F).
        En("readiness-bike-lights-patented",
            Say.That("bike light maker, could you rate how prepared we are for selling abroad").Sees(AskDifferentiation),
            Say.That("two of our lamps are patented").Sees(AskQualityCheck).Never(NotUnderstood, NotKnown),
            Say.That("we test every unit on the line").Sees(AskCertificates)),

        // Kinds: upgraded models as some differences or improvements (F); not knowing what certificates are needed (O).
        En("readiness-kettles-upgraded-no-clue-certs",
            Say.That("electric kettle trader, see if we're ready to go cross-border").Sees(AskDifferentiation),
            Say.That("a few models are upgraded versions of common ones").Sees(AskQualityCheck).Never(NotUnderstood, NotKnown),
            Say.That("the factory does the checks").Sees(AskCertificates),
            Say.That("to be honest we've got no clue which ones apply").Sees(AskTaxRegistration).Never(NotUnderstood)),

        // Kinds: own farm as own product (F); a hedged yes (H).
        En("readiness-honey-own-hives-hedged-yes",
            Say.That("we sell honey from our own apiary, how ready are we to export it online").Sees(AskDifferentiation),
            Say.That("it all comes from our own hives, nobody else has it").Sees(AskQualityCheck).Never(NotUnderstood, NotKnown),
            Say.That("lab test every harvest").Sees(AskCertificates),
            Say.That("some of the markets").Sees(AskTaxRegistration),
            Say.That("not yet").Sees(AskSmallBatches),
            Say.That("mostly yes, depends how small").Sees(AskLeadTime).Never(NotUnderstood)),

        // Kinds: staff and languages given in the opening fill their questions (G); budget in dollars, "a couple of months" (G).
        En("readiness-solo-jewelry-facts-in-opening",
            Say.That("solo jewellery maker selling on etsy, am i ready to sell worldwide? i work alone and i'm fluent in english and spanish").Sees(ReadinessStart),
            Say.That("all my own designs").Sees(AskQualityCheck),
            Say.That("i inspect every piece myself").Sees(AskCertificates),
            Say.That("none needed, i think").Sees(AskTaxRegistration),
            Say.That("no").Sees(AskSmallBatches),
            Say.That("yes, everything is made to order").Sees(AskLeadTime),
            Say.That("about a week").Sees(AskReadinessBudget).Never(AskStaff, AskLanguage),
            Say.That("around 200 dollars monthly").Sees(AskCashCycle),
            Say.That("a couple of months probably").Sees(AskOnlineExperience).Never(Retried)),

        // Kinds: a staff correction while the budget question waits (H); counting words (J).
        En("readiness-lamps-staff-corrected-at-budget",
            Say.That("lighting trading firm, evaluate our export readiness please").Sees(AskDifferentiation),
            Say.That("mostly the same as other sellers").Sees(AskQualityCheck),
            Say.That("AQL sampling").Sees(AskCertificates),
            Say.That("CE for all").Sees(AskTaxRegistration),
            Say.That("both done").Sees(AskSmallBatches),
            Say.That("yes").Sees(AskLeadTime),
            Say.That("30 days").Sees(AskStaff),
            Say.That("me and my wife").Sees(AskLanguage).Never(Retried),
            Say.That("only english").Sees(AskReadinessBudget),
            Say.That("wait, it's actually 4 people now, we hired two more").Sees(AskReadinessBudget + "|" + Changed).Never(NotUnderstood)),

        // Kinds: a registration held at the certifications question (K); the small-batches answer in own words (K); a
        // lead time with the spring festival (leftover).
        En("readiness-snacks-registration-held",
            Say.That("snack food company, how ready are we for cross-border e-commerce").Sees(AskDifferentiation),
            Say.That("some differences").Sees(AskQualityCheck),
            Say.That("every batch goes to a lab").Sees(AskCertificates),
            Say.That("we hold an FDA food facility registration").Sees(AskTaxRegistration).Never(NotUnderstood),
            Say.That("no").Sees(AskSmallBatches),
            Say.That("we can do small custom packs").Sees(AskLeadTime).Never(NotUnderstood),
            Say.That("about 20 days, longer around chinese new year").Sees(AskStaff).Never(NotUnderstood)),

        // Kinds: counting words for people (J); not sure what is needed (O).
        En("readiness-rugs-partner-and-i",
            Say.That("handwoven rug studio, assess our readiness to sell internationally").Sees(AskDifferentiation),
            Say.That("they're all our own patterns").Sees(AskQualityCheck),
            Say.That("we check each rug by hand").Sees(AskCertificates),
            Say.That("not sure what we'd even need").Sees(AskTaxRegistration).Never(NotUnderstood),
            Say.That("no").Sees(AskSmallBatches),
            Say.That("yes").Sees(AskLeadTime),
            Say.That("6 weeks").Sees(AskStaff),
            Say.That("just my partner and i").Sees(AskLanguage).Never(Retried)),

        // Kinds: a hedged yes at the small-batches question (H); upgrades as improvements (F).
        En("readiness-chairs-improved-hedged",
            Say.That("office chair factory, how ready are we to sell cross-border").Sees(AskDifferentiation),
            Say.That("we improved the mechanism on several models").Sees(AskQualityCheck).Never(NotUnderstood, NotKnown),
            Say.That("full inspection").Sees(AskCertificates),
            Say.That("BIFMA for the US ones").Sees(AskTaxRegistration),
            Say.That("neither").Sees(AskSmallBatches),
            Say.That("generally yes, for most orders").Sees(AskLeadTime).Never(NotUnderstood)),

        // ---- platform and logistics, English ----

        // Kinds: "unbranded" at the brand question keeps the category and the market (E).
        En("platform-tools-kazakhstan-unbranded",
            Say.That("which marketplace fits us for hand tools sold to consumers in kazakhstan?").Sees(AskBudget + "|" + AskExperience),
            Say.That("around 1000 usd monthly").Sees(AskExperience),
            Say.That("never sold abroad").Sees(AskBrand),
            Say.That("nope, unbranded generic stuff").Sees(PlatformResult, "Kazakhstan").Never("Many categories")),

        // Kinds: no experience outside China (leftover).
        En("platform-lamps-brazil-only-domestic",
            Say.That("we want to sell desk lamps to brazilian shoppers, which platform?").Sees(AskBudget + "|" + AskExperience),
            Say.That("5000 rmb a month").Sees(AskExperience),
            Say.That("nothing beyond china so far").Sees(AskBrand).Never(NotUnderstood),
            Say.That("we have our own brand").Sees(PlatformResult, "Brazil")),

        // Kinds: a declared value with a currency word does not fill the speed (D).
        En("logistics-watch-straps-value-aud",
            Say.That("need to send 2 kg of watch straps to a shop in melbourne").Sees(AskDimensions).Never(AskWeight, AskDestination),
            Say.That("25 x 20 x 10 cm").Sees(AskValue),
            Say.That("roughly 150 australian dollars").Sees(AskUrgency).Never(AskTracking)),

        // Kinds: a peso in Manila is the Philippine peso (leftover).
        En("logistics-manila-pesos",
            Say.That("shipping 3 kg of hair accessories to a reseller in manila").Sees(AskDimensions).Never(AskWeight, AskDestination),
            Say.That("30 by 20 by 15 cm").Sees(AskValue),
            Say.That("about 6000 pesos").Sees(AskUrgency).Never("MXN", NotUnderstood)),

        // ---- 准备度，中文 ----

        // 难点：专利当作自主设计（F）。
        Zh("readiness-pet-bowls-patents",
            Say.That("做宠物碗的工厂，帮我们评估下能不能做跨境").Sees(AskDifferentiation),
            Say.That("我们有好几个外观专利").Sees(AskQualityCheck).Never(NotUnderstood, NotKnown),
            Say.That("每批都抽检").Sees(AskCertificates)),

        // 难点：“部分款式做了升级”是有一些差异或改进（F）。
        Zh("readiness-backpacks-some-upgraded",
            Say.That("双肩包贸易公司，测一下出海准备度").Sees(AskDifferentiation),
            Say.That("部分款式做了升级").Sees(AskQualityCheck).Never(NotUnderstood, NotKnown),
            Say.That("工厂出货前验货").Sees(AskCertificates)),

        // 难点：自家果园（F）；不知道要哪些认证（O）。
        Zh("readiness-dried-fruit-own-orchard",
            Say.That("我们做果干，想卖到国外，看看准备得怎么样").Sees(AskDifferentiation),
            Say.That("原料是自家果园种的，别人没有").Sees(AskQualityCheck).Never(NotUnderstood, NotKnown),
            Say.That("每批送检").Sees(AskCertificates),
            Say.That("完全不知道要办哪些证").Sees(AskTaxRegistration).Never(NotUnderstood)),

        // 难点：说出持有的许可或备案（K）；接着小批量问题用自己的话回答，不被当成改前面的答案（K）。
        Zh("readiness-sauces-licence-then-batches",
            Say.That("做辣椒酱的，评估一下我们的跨境准备度").Sees(AskDifferentiation),
            Say.That("配方是自己的").Sees(AskQualityCheck),
            Say.That("每批都留样检测").Sees(AskCertificates),
            Say.That("我们有食品生产许可证和出口备案").Sees(AskTaxRegistration).Never(NotUnderstood),
            Say.That("都没办").Sees(AskSmallBatches),
            Say.That("可以做小批量的定制瓶").Sees(AskLeadTime).Never(NotUnderstood),
            Say.That("半个月").Sees(AskStaff).Never(NotUnderstood),
            Say.That("五个人").Sees(AskLanguage)),

        // 难点：“夫妻两个”“我跟我弟”这类数人的说法（J）。
        Zh("readiness-mirrors-couple",
            Say.That("我们做化妆镜，在淘宝卖，想看看能不能做跨境").Sees(AskDifferentiation),
            Say.That("跟别人差不多").Sees(AskQualityCheck),
            Say.That("抽检").Sees(AskCertificates),
            Say.That("没有").Sees(AskTaxRegistration),
            Say.That("没有").Sees(AskSmallBatches),
            Say.That("可以").Sees(AskLeadTime),
            Say.That("二十天").Sees(AskStaff),
            Say.That("就我们夫妻两个").Sees(AskLanguage).Never(Retried)),

        // 难点：“我跟我弟”（J）。
        Zh("readiness-tea-cups-brothers",
            Say.That("茶杯小作坊，看看出海准备度").Sees(AskDifferentiation),
            Say.That("有一些不同的包装").Sees(AskQualityCheck),
            Say.That("自己看一遍").Sees(AskCertificates),
            Say.That("不需要吧").Sees(AskTaxRegistration),
            Say.That("没办").Sees(AskSmallBatches),
            Say.That("能").Sees(AskLeadTime),
            Say.That("一周").Sees(AskStaff),
            Say.That("就我跟我弟").Sees(AskLanguage).Never(Retried)),

        // 难点：开场说了人数，后面交期答完应问语言（G）；“看情况，一般可以”是能（H）；春节前后的交期（遗留）。
        Zh("readiness-paper-cuts-staff-in-opening",
            Say.That("我们是做剪纸工艺品的，四个人，想试试跨境，看看条件够不够").Sees(ReadinessStart),
            Say.That("都是手工原创").Sees(AskQualityCheck),
            Say.That("每件都看").Sees(AskCertificates),
            Say.That("不需要").Sees(AskTaxRegistration),
            Say.That("没有").Sees(AskSmallBatches),
            Say.That("看情况，一般都可以").Sees(AskLeadTime).Never(NotUnderstood),
            Say.That("平时十来天，春节前后要一个月").Sees(AskLanguage).Never(AskStaff, NotUnderstood)),

        // 难点：在语言问题上改口说人数（H）。
        Zh("readiness-socks-staff-corrected-at-language",
            Say.That("袜子工厂，评估下跨境准备度").Sees(AskDifferentiation),
            Say.That("基本一样").Sees(AskQualityCheck),
            Say.That("全检").Sees(AskCertificates),
            Say.That("部分有").Sees(AskTaxRegistration),
            Say.That("办了IOSS").Sees(AskSmallBatches),
            Say.That("能").Sees(AskLeadTime),
            Say.That("二十五天").Sees(AskStaff),
            Say.That("六个").Sees(AskLanguage),
            Say.That("说错了，其实只有四个，走了两个").Sees(AskLanguage + "|" + Changed).Never(NotUnderstood)),

        // 难点：预算用美元，资金周期“两三个月”（G）。
        Zh("readiness-hats-usd-budget-couple-months",
            Say.That("帽子工厂，想知道出海准备得怎么样").Sees(AskDifferentiation),
            Say.That("自己设计的").Sees(AskQualityCheck),
            Say.That("抽检").Sees(AskCertificates),
            Say.That("没有").Sees(AskTaxRegistration),
            Say.That("没有").Sees(AskSmallBatches),
            Say.That("能").Sees(AskLeadTime),
            Say.That("二十天").Sees(AskStaff),
            Say.That("三个").Sees(AskLanguage),
            Say.That("英语还行").Sees(AskReadinessBudget),
            Say.That("一个月五百美金左右").Sees(AskCashCycle),
            Say.That("两三个月吧").Sees(AskOnlineExperience, OneToThreeMonths).Never(Retried)),

        // ---- 平台和物流，中文 ----

        // 难点：品牌问题上说“没牌子，都是通用款”不是改品类，结果保留市场（E）。
        Zh("platform-phone-holders-turkey-generic",
            Say.That("做手机支架的，想卖给土耳其的个人消费者，选哪个平台").Sees(AskBudget + "|" + AskExperience),
            Say.That("每月一万块").Sees(AskExperience),
            Say.That("没做过跨境").Sees(AskBrand),
            Say.That("没牌子，卖的都是通用款").Sees(PlatformResult, "土耳其").Never("多个品类|Many categories")),

        // 难点：“只在国内做过”是没有跨境经验（遗留）。
        Zh("platform-towels-saudi-domestic-only",
            Say.That("毛巾想卖到沙特，面向普通消费者，推荐什么平台").Sees(AskBudget + "|" + AskExperience),
            Say.That("一个月五千").Sees(AskExperience),
            Say.That("国外没卖过，只在国内做").Sees(AskBrand).Never(NotUnderstood),
            Say.That("有自己的品牌").Sees(PlatformResult, "沙特")),

        // 难点：货值带币种不填时效（D）。
        Zh("logistics-earrings-value-hkd",
            Say.That("有一包耳环要寄到香港，一公斤左右").Sees(AskDimensions).Never(AskWeight, AskDestination),
            Say.That("二十乘十五乘十").Sees(AskValue),
            Say.That("货值差不多八百港币").Sees(AskUrgency).Never(AskTracking)),

        // 难点：货值带币种（D）。
        Zh("logistics-tea-value-ringgit",
            Say.That("要寄两公斤茶叶到吉隆坡的客户").Sees(AskDimensions).Never(AskWeight, AskDestination),
            Say.That("三十乘二十乘二十").Sees(AskValue),
            Say.That("申报价值大约四百马币").Sees(AskUrgency).Never(AskTracking)),

        // 难点：马尼拉的“比索”是菲律宾比索（遗留）。
        Zh("logistics-manila-pesos",
            Say.That("要寄四公斤的手机配件到马尼拉").Sees(AskDimensions).Never(AskWeight, AskDestination),
            Say.That("四十乘三十乘二十").Sees(AskValue),
            Say.That("货值五千比索左右").Sees(AskUrgency).Never("MXN", NotUnderstood)),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("guides-dev15-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("guides-dev15-zh-" + name, "zh-CN", turns);
}
