using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// First messages of a conversation, each labelled with what it is for: a task stated (the guide's first open question
/// must follow) or a question asked (an answer, or an honest "don't know", must follow). Written before the fourth pass
/// changed the arbiter, in wording of its own (not the dev scenarios'), to measure the "stated need" and "asks for a
/// choice" readings beyond the messages they were tuned on. Measured by <see cref="OpeningMessageMeasureTests"/>.
/// </summary>
public static class OpeningMessageCases
{
    private const string Logistics = AskWeight + "|" + AskDimensions + "|" + AskValue + "|" + AskDestination + "|" + AskUrgency;
    private const string Platform = AskModel + "|" + AskMarkets + "|" + AskCategory + "|" + AskBudget + "|" + AskExperience + "|" + AskBrand;

    public static IReadOnlyList<(string Locale, string Text, string Expect)> All { get; } =
    [
        ("en-US", "we've got a container of garden chairs that has to reach a buyer in Chile", Logistics),
        ("en-US", "our samples need to get to a client in Poland next week", Logistics),
        ("en-US", "trying to figure out where to list our handmade soap online", Platform),
        ("en-US", "thinking about selling our phone stands abroad, not sure which site", Platform),
        ("en-US", "boss wants to know if our company is ready for cross-border selling", "(?i)how ready"),
        ("en-US", "what's the smartest way to get 3 kg of tea to Canada?", Logistics),
        ("en-US", "which site should we open a store on for selling tools to US shoppers?", Platform),
        ("en-US", "need a shipping option for a 2kg box of sneakers to Dubai", Logistics),
        ("en-US", "what is the EU de minimis for customs duty?", Answered),
        ("en-US", "how long does the CE marking process take?", Answered),
        ("en-US", "does Japan charge consumption tax on imports?", Answered),
        ("en-US", "what is IOSS used for", Answered),
        ("en-US", "do I need a UKCA mark to sell chargers in the UK?", Answered),
        ("en-US", "what are amazon's referral fees for home goods?", Answered),
        ("en-US", "is temu open to sellers from china?", Answered),
        ("zh-CN", "有一箱茶具要发到新加坡的客户那边", Logistics),
        ("zh-CN", "客户在墨西哥，我们的样品得寄过去", Logistics),
        ("zh-CN", "想把我们的手工皂卖到国外，不知道上哪个网站", Platform),
        ("zh-CN", "老板让我看看公司做跨境够不够格", "准备度"),
        ("zh-CN", "3公斤的茶叶寄加拿大走哪个渠道最省钱", Logistics),
        ("zh-CN", "我们做五金工具的，想找个平台卖给美国的个人买家", Platform),
        ("zh-CN", "需要把一批2公斤的球鞋发往迪拜", Logistics),
        ("zh-CN", "欧盟的关税起征点是多少", Answered),
        ("zh-CN", "CE认证一般要办多久", Answered),
        ("zh-CN", "日本进口要交消费税吗", Answered),
        ("zh-CN", "IOSS是干什么用的", Answered),
        ("zh-CN", "在英国卖充电器需要UKCA标志吗", Answered),
        ("zh-CN", "亚马逊家居类目的佣金是多少", Answered),
        ("zh-CN", "中国卖家能入驻temu吗", Answered),
        ("zh-CN", "墨西哥的平台有哪些", Answered),
    ];
}
