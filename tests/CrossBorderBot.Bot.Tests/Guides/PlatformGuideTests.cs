using CrossBorderBot.Conversation;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Guides;

/// <summary>The platform guide through the real bot: pre-fill, ranking, comparison, the logistics follow-up, interruptions.</summary>
public sealed class PlatformGuideTests : IDisposable
{
    private readonly BotTestHost _host = new();

    [Fact]
    public Task English_with_market_and_category_from_the_first_message_then_compare_and_logistics_for_this()
    {
        var chat = new GuideConversation(_host);
        return chat.Flow()
            .Send("which platform for selling shoes in Japan").AssertShows("I noted: Japan, Shoes")
            .AssertShows("Who will you sell to?")
            .Send("2").AssertShows("What monthly budget")
            .Send("$800").AssertShows("experience")
            .Send("1").AssertShows("Do you have your own brand?")
            .Send("no").AssertShows("Platforms that fit you", "Top platforms for you", "Temu", "approximate", "To get in:", "Why:", "Suits Shoes", "Sells to Japan", "reviewed 2026-")
            .AssertShows("compare Amazon and Temu", "Send me the plan", "Logistics for this", "Back to the menu")
            .Send("compare Amazon and Temu").AssertShows("Side by side", "Amazon", "Temu", "Fit for you", "Good for beginners")
            .AssertShows("Logistics for this")
            .Send("Logistics for this").AssertShows("I understood: shoes, Japan")
            .AssertShows("How much does one parcel weigh?")
            .Then(chat.Cards.AssertAllValid)
            .StartTestAsync();
    }

    [Fact]
    public Task Chinese_from_the_menu_with_several_markets_typed()
    {
        var chat = new GuideConversation(_host, locale: "zh-CN");
        return chat.Flow()
            .Send("你好").AssertShows("选择平台")
            .Send("2").AssertShows("共六个简短问题")
            .AssertShows("您的客户是谁？")
            .Send("2").AssertShows("您想卖到哪些市场？")
            .Send("美国和德国").AssertShows("您卖什么产品？")
            .Send("鞋").AssertShows("每月能在平台上投入多少预算")
            .Send("3000元").AssertShows("跨境销售经验")
            .Send("1").AssertShows("您有自己的品牌吗？")
            .Send("有").AssertShows("适合您的平台", "美国、德国", "鞋类", "3,000 CNY", "审核于")
            .AssertShows("把计划发给我", "为此选择物流", "返回菜单")
            .Send("把计划发给我").AssertShows("平台计划：")
            .AssertShows("## 下一步")
            .AssertShows("接下来您想做什么？")
            .Then(chat.Cards.AssertAllValid)
            .StartTestAsync();
    }

    [Fact]
    public Task Help_back_a_free_question_and_cancel_inside_the_guide() =>
        new GuideConversation(_host).Flow()
            .Send("help me choose a platform").AssertReply(_ => { }).AssertShows("Who will you sell to?")
            .Send("B2C").AssertShows("Which markets")
            .Send("help").AssertReply(BotText.English.Help).AssertShows("Which markets")
            .Send("back").AssertShows("Who will you sell to?")
            .Send("B2B").AssertShows("Which markets")
            .Send("US, Germany and Japan").AssertShows("What do you sell?")
            .Send("what is IOSS and when do I need it?").AssertShows("reviewed")
            .AssertReply(BotText.English.QuestionAnsweredResume).AssertShows("What do you sell?")
            .Send("cancel").AssertReply(BotText.English.Cancelled).AssertShows("Choose platforms")
            .StartTestAsync();

    public void Dispose() => _host.Dispose();
}
