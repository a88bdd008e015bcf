using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The thirty-sixth session's dev set for the guides, written before that pass changed any guide and measured once as it
/// stood. It is built from the KINDS of prompt answers that recur in the thirty-fourth part and the lead's trials (dev
/// material this pass), each tried in new situations and own wording, never those parts' or the last dev set's phrases
/// (<see cref="GuidesDev22ScenarioTests"/> checks that): a question asked at a readiness question is no answer to it (no
/// fact stored); the lead time in words (weeks, ranges, "usually", "下单后…能出货"); the team in an opening (the seller alone,
/// a couple) or the company's size in it (not the team); people named by their role; months of stock in own words; a
/// yes with a number at the small-batch question; checks before each shipment; customers' designs; another question's
/// answer that must not change an earlier one; a count of pieces each of a weight (the parcel is count × each). Half in
/// Chinese. Dev material: its misses are looked at and tuned on.
/// </summary>
public static class GuidesDev22Scenarios
{
    private const string AskStaffZh = "有多少人负责跨境电商";
    private const string StoredCompliance = "(?i)Noted: Compliance|I'll assume Compliance|已记下：合规|我先按“?合规";

    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        // ---- readiness, English ----

        // Kinds: a question at the tax question is a side question, never a stored answer.
        En("readiness-boards-epr-question",
            Say.That("we make bamboo cutting boards, how ready are we to sell overseas?").Sees(ReadinessStart),
            Say.That("pretty similar to the rest").Sees(AskQualityCheck),
            Say.That("spot checks").Sees(AskCertificates),
            Say.That("none").Sees(AskTaxRegistration),
            Say.That("do we need EPR for packaging in france?").Never(StoredCompliance)),

        // Kinds: a question at the certificates question is no answer.
        En("readiness-kettles-ce-question",
            Say.That("electric kettle maker in cixi, check our readiness for selling abroad").Sees(ReadinessStart),
            Say.That("pretty similar to the rest").Sees(AskQualityCheck),
            Say.That("spot checks").Sees(AskCertificates),
            Say.That("is CE enough for kettles sold in spain?").Never(StoredCompliance)),

        // Kinds: the lead time in weeks with "usually" and "around".
        En("readiness-rugs-lead-time-weeks",
            Say.That("hand tufted rug workshop, how ready are we for cross-border selling?").Sees(ReadinessStart),
            Say.That("pretty similar to the rest").Sees(AskQualityCheck),
            Say.That("spot checks").Sees(AskCertificates),
            Say.That("none").Sees(AskTaxRegistration),
            Say.That("no").Sees(AskSmallBatches),
            Say.That("yes").Sees(AskLeadTime),
            Say.That("usually around four weeks").Sees(AskStaff).Never(NotUnderstood, AskLanguage)),

        // Kinds: the lead time as a range of days.
        En("readiness-caps-lead-time-range",
            Say.That("we embroider baseball caps, rate how ready we are to sell abroad").Sees(ReadinessStart),
            Say.That("pretty similar to the rest").Sees(AskQualityCheck),
            Say.That("spot checks").Sees(AskCertificates),
            Say.That("none").Sees(AskTaxRegistration),
            Say.That("no").Sees(AskSmallBatches),
            Say.That("yes").Sees(AskLeadTime),
            Say.That("5-7 days").Sees(AskStaff).Never(NotUnderstood, AskLanguage)),

        // Kinds: the company's size in the opening is not the team: the staff question is still asked.
        En("readiness-furniture-company-size",
            Say.That("ningbo trading company, garden furniture, about 40 employees. can you check our readiness for selling on foreign marketplaces").Sees(ReadinessStart),
            Say.That("pretty similar to the rest").Sees(AskQualityCheck),
            Say.That("spot checks").Sees(AskCertificates),
            Say.That("none").Sees(AskTaxRegistration),
            Say.That("no").Sees(AskSmallBatches),
            Say.That("yes").Sees(AskLeadTime),
            Say.That("45 days most of the time").Sees(AskStaff)),

        // Kinds: the seller alone, said in the opening, is the team: never asked again.
        En("readiness-crochet-solo-opening",
            Say.That("it's only me doing everything. i crochet plush toys, how ready am i to sell overseas?").Sees(ReadinessStart),
            Say.That("pretty similar to the rest").Sees(AskQualityCheck),
            Say.That("spot checks").Sees(AskCertificates),
            Say.That("none").Sees(AskTaxRegistration),
            Say.That("no").Sees(AskSmallBatches),
            Say.That("yes").Sees(AskLeadTime),
            Say.That("ten-ish days").Sees(AskLanguage).Never(AskStaff)),

        // Kinds: a yes with a number at the small-batch question.
        En("readiness-hoodies-yes-with-moq",
            Say.That("we print custom hoodies, how ready are we to sell internationally?").Sees(ReadinessStart),
            Say.That("pretty similar to the rest").Sees(AskQualityCheck),
            Say.That("spot checks").Sees(AskCertificates),
            Say.That("none").Sees(AskTaxRegistration),
            Say.That("no").Sees(AskSmallBatches),
            Say.That("sure, 30 units per design").Sees(AskLeadTime).Never(NotUnderstood, Retried)),

        // Kinds: months of stock as "two months, probably"; then "can't hold stock long" in another conversation.
        En("readiness-lamps-months-maybe",
            Say.That("rattan lamp maker, check how ready we are for selling abroad").Sees(ReadinessStart),
            Say.That("pretty similar to the rest").Sees(AskQualityCheck),
            Say.That("spot checks").Sees(AskCertificates),
            Say.That("none").Sees(AskTaxRegistration),
            Say.That("no").Sees(AskSmallBatches),
            Say.That("yes").Sees(AskLeadTime),
            Say.That("2 weeks").Sees(AskStaff),
            Say.That("2").Sees(AskLanguage),
            Say.That("yes").Sees(AskReadinessBudget),
            Say.That("6000").Sees(AskCashCycle),
            Say.That("two months, probably").Sees(AskOnlineExperience).Never(NotUnderstood, Retried)),

        En("readiness-soap-cannot-hold-stock",
            Say.That("small soap brand, evaluate our readiness to sell abroad").Sees(ReadinessStart),
            Say.That("pretty similar to the rest").Sees(AskQualityCheck),
            Say.That("spot checks").Sees(AskCertificates),
            Say.That("none").Sees(AskTaxRegistration),
            Say.That("no").Sees(AskSmallBatches),
            Say.That("yes").Sees(AskLeadTime),
            Say.That("2 weeks").Sees(AskStaff),
            Say.That("2").Sees(AskLanguage),
            Say.That("yes").Sees(AskReadinessBudget),
            Say.That("6000").Sees(AskCashCycle),
            Say.That("we can't hold stock for long").Sees(AskOnlineExperience).Never(NotUnderstood, Retried)),

        // Kinds: checks before each shipment by QC are no occasional spot check.
        En("readiness-tools-qc-before-shipment",
            Say.That("hand tool factory in linyi, how ready are we to sell abroad?").Sees(ReadinessStart),
            Say.That("pretty similar to the rest").Sees(AskQualityCheck),
            Say.That("our QC samples every order before it ships").Sees(AskCertificates).Never("Occasional spot checks", "No checks")),

        // Kinds: customers' designs are not the seller's own design.
        En("readiness-brackets-customer-designs",
            Say.That("metal bracket factory, check our readiness for cross-border e-commerce").Sees(ReadinessStart),
            Say.That("mostly we make what customers design").Sees(AskQualityCheck).Never("Own design")),

        // ---- platform, English ----

        // Kinds: wholesale on a B2B site at the experience question says nothing of the category.
        En("platform-lamps-b2b-experience",
            Say.That("which platform should i use to sell ceramic table lamps to shoppers in canada?").Sees(AskBudget),
            Say.That("400 usd a month").Sees(AskExperience),
            Say.That("we did a bit of 1688 wholesale before, no retail at all").Never("→", NotUnderstood)),

        // ---- logistics, English ----

        // Kinds: a count of pieces each of a weight: the parcel is count × each, never one piece.
        En("logistics-vases-boston-each",
            Say.That("need to ship 15 ceramic vases to a buyer in boston, each 2 kg").Sees("(?i)30 kg|30kg|each|total|how many")),

        En("logistics-mats-lyon-each-weight",
            Say.That("shipping 24 cork yoga mats to a studio in lyon, 0.9 kg each").Sees("(?i)21\\.6|each|total|how many")),

        // ---- 准备度，中文 ----

        // 难点：在税务问题上提问，不能记成答案。
        Zh("readiness-cups-epr-question",
            Say.That("我们做玻璃水杯的，想看看出海准备度").Sees(ReadinessStart),
            Say.That("跟别人家的差不多").Sees(AskQualityCheck),
            Say.That("抽检").Sees(AskCertificates),
            Say.That("没有").Sees(AskTaxRegistration),
            Say.That("法国的EPR我们也要办吗？").Never(StoredCompliance)),

        // 难点：在认证问题上提问，不能记成答案。
        Zh("readiness-toys-cert-question",
            Say.That("做毛绒玩具的，评估一下出海准备度").Sees(ReadinessStart),
            Say.That("跟别人家的差不多").Sees(AskQualityCheck),
            Say.That("抽检").Sees(AskCertificates),
            Say.That("毛绒玩具卖欧洲一定要CE吗").Never(StoredCompliance)),

        // 难点：交期用自己的话说。
        Zh("readiness-shoes-lead-time-usually",
            Say.That("做布鞋的小厂，想测一下出海准备度").Sees(ReadinessStart),
            Say.That("跟别人家的差不多").Sees(AskQualityCheck),
            Say.That("抽检").Sees(AskCertificates),
            Say.That("没有").Sees(AskTaxRegistration),
            Say.That("没有").Sees(AskSmallBatches),
            Say.That("可以").Sees(AskLeadTime),
            Say.That("一般二十来天吧").Sees(AskStaffZh).Never(NotUnderstood, AskLanguage)),

        Zh("readiness-bags-lead-time-after-order",
            Say.That("做帆布包的，帮忙看看出海准备度").Sees(ReadinessStart),
            Say.That("跟别人家的差不多").Sees(AskQualityCheck),
            Say.That("抽检").Sees(AskCertificates),
            Say.That("没有").Sees(AskTaxRegistration),
            Say.That("没有").Sees(AskSmallBatches),
            Say.That("可以").Sees(AskLeadTime),
            Say.That("下单后大概十五天能出货").Sees(AskStaffZh).Never(NotUnderstood, AskLanguage)),

        Zh("readiness-candles-lead-time-a-batch",
            Say.That("做香薰蜡烛的，评一下出海准备度").Sees(ReadinessStart),
            Say.That("跟别人家的差不多").Sees(AskQualityCheck),
            Say.That("抽检").Sees(AskCertificates),
            Say.That("没有").Sees(AskTaxRegistration),
            Say.That("没有").Sees(AskSmallBatches),
            Say.That("可以").Sees(AskLeadTime),
            Say.That("做一批要两周左右").Sees(AskStaffZh).Never(NotUnderstood, AskLanguage)),

        // 难点：团队用岗位说。
        Zh("readiness-lights-staff-by-role",
            Say.That("做灯串的，想知道出海准备度").Sees(ReadinessStart),
            Say.That("跟别人家的差不多").Sees(AskQualityCheck),
            Say.That("抽检").Sees(AskCertificates),
            Say.That("没有").Sees(AskTaxRegistration),
            Say.That("没有").Sees(AskSmallBatches),
            Say.That("可以").Sees(AskLeadTime),
            Say.That("二十天").Sees(AskStaffZh),
            Say.That("三个跟单在管这块").Sees(AskLanguage).Never(Retried)),

        // 难点：开场说了工厂人数，不是跨境团队；跨境团队的问题还要问。
        Zh("readiness-furniture-factory-size",
            Say.That("东莞的家具厂，五十来号人，想评估一下出海准备度").Sees(ReadinessStart),
            Say.That("跟别人家的差不多").Sees(AskQualityCheck),
            Say.That("抽检").Sees(AskCertificates),
            Say.That("没有").Sees(AskTaxRegistration),
            Say.That("没有").Sees(AskSmallBatches),
            Say.That("可以").Sees(AskLeadTime),
            Say.That("一个月左右").Sees(AskStaffZh)),

        // 难点：开场说了兄弟俩在做，团队不再问。
        Zh("readiness-soap-brothers-opening",
            Say.That("我们兄弟俩在做手工皂，想看看出海准备好了没有").Sees(ReadinessStart),
            Say.That("跟别人家的差不多").Sees(AskQualityCheck),
            Say.That("抽检").Sees(AskCertificates),
            Say.That("没有").Sees(AskTaxRegistration),
            Say.That("没有").Sees(AskSmallBatches),
            Say.That("可以").Sees(AskLeadTime),
            Say.That("一周").Sees(AskLanguage).Never(AskStaffZh)),

        // 难点：小批量问题上“可以”带起订量。
        Zh("readiness-scarves-yes-with-moq",
            Say.That("做围巾的，看看出海准备度").Sees(ReadinessStart),
            Say.That("跟别人家的差不多").Sees(AskQualityCheck),
            Say.That("抽检").Sees(AskCertificates),
            Say.That("没有").Sees(AskTaxRegistration),
            Say.That("没有").Sees(AskSmallBatches),
            Say.That("行，五十条起就能做").Sees(AskLeadTime).Never(NotUnderstood, Retried)),

        // 难点：垫资月数用自己的话说。
        Zh("readiness-tea-months-at-most",
            Say.That("做白茶的，评估一下出海准备度").Sees(ReadinessStart),
            Say.That("跟别人家的差不多").Sees(AskQualityCheck),
            Say.That("抽检").Sees(AskCertificates),
            Say.That("没有").Sees(AskTaxRegistration),
            Say.That("没有").Sees(AskSmallBatches),
            Say.That("可以").Sees(AskLeadTime),
            Say.That("二十天").Sees(AskStaffZh),
            Say.That("2").Sees(AskLanguage),
            Say.That("可以").Sees(AskReadinessBudget),
            Say.That("八千").Sees(AskCashCycle),
            Say.That("最多压两个月的货").Sees(AskOnlineExperience).Never(NotUnderstood, Retried)),

        Zh("readiness-pens-cannot-hold-stock",
            Say.That("做中性笔的，想看看出海准备度").Sees(ReadinessStart),
            Say.That("跟别人家的差不多").Sees(AskQualityCheck),
            Say.That("抽检").Sees(AskCertificates),
            Say.That("没有").Sees(AskTaxRegistration),
            Say.That("没有").Sees(AskSmallBatches),
            Say.That("可以").Sees(AskLeadTime),
            Say.That("二十天").Sees(AskStaffZh),
            Say.That("2").Sees(AskLanguage),
            Say.That("可以").Sees(AskReadinessBudget),
            Say.That("八千").Sees(AskCashCycle),
            Say.That("资金紧，压不了太久").Sees(AskOnlineExperience).Never(NotUnderstood, Retried)),

        // 难点：发货前QC抽检是系统检验，不是偶尔抽查；客户的设计稿不是自主设计。
        Zh("readiness-valves-qc-before-shipment",
            Say.That("做阀门的工厂，帮忙看看出海准备度").Sees(ReadinessStart),
            Say.That("大部分款式都是按客户的设计稿做").Sees(AskQualityCheck).Never("自主设计"),
            Say.That("每次发货前QC都会抽检").Sees(AskCertificates).Never("偶尔抽查", "不检查")),

        // 难点：在垫资问题上说数据使用，不能改掉质检的答案。
        Zh("readiness-hats-data-at-months",
            Say.That("做草帽的，评估一下出海准备度").Sees(ReadinessStart),
            Say.That("跟别人家的差不多").Sees(AskQualityCheck),
            Say.That("每批都检").Sees(AskCertificates),
            Say.That("没有").Sees(AskTaxRegistration),
            Say.That("没有").Sees(AskSmallBatches),
            Say.That("可以").Sees(AskLeadTime),
            Say.That("二十天").Sees(AskStaffZh),
            Say.That("2").Sees(AskLanguage),
            Say.That("可以").Sees(AskReadinessBudget),
            Say.That("八千").Sees(AskCashCycle),
            Say.That("偶尔翻翻后台的数据").Never("已修改：产品", "偶尔抽查")),

        // ---- 物流，中文 ----

        // 难点：件数和每件重量：包裹是件数乘每件，不是一件。
        Zh("logistics-cups-sydney-each",
            Say.That("三十个杯子，每个三百五十克，装一箱寄到悉尼").Sees("10\\.5|每个|一共|总|多少个")),

        Zh("logistics-tea-sets-vancouver-each",
            Say.That("要寄二十套茶具到温哥华，每套一点五公斤").Sees("30 公斤|30公斤|每套|一共|总|多少套")),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("guides-dev22-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("guides-dev22-zh-" + name, "zh-CN", turns);
}
