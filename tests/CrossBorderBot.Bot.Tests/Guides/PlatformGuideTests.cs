using CrossBorderBot.Conversation;
using CrossBorderBot.Replies;
using CrossBorderBot.Tests.TestUtilities;
using static CrossBorderBot.Tests.Guides.GuideExchange;

namespace CrossBorderBot.Tests.Guides;

/// <summary>The platform guide through the real bot: pre-fill, ranking, comparison, the logistics follow-up, interruptions.</summary>
public sealed class PlatformGuideTests
{
    [Fact]
    public async Task English_with_market_and_category_from_the_first_message_then_compare_and_logistics_for_this()
    {
        using var user = new GuideSession();
        var result = await PlayAsync(user,
            Say("which platform for selling shoes in Japan", "I noted: Japan, Shoes").And("Who will you sell to?", GuideTurnPart.Question),
            Click("B2C — consumers", "What monthly budget", GuideTurnPart.Question),
            Say("$800", "experience", GuideTurnPart.Question),
            Click("None yet"),
            Say("no"));

        Assert.Contains("Top platforms for you", result.Text);
        Assert.Matches(@"\*\*1\. [^\n]+ — \d+/100\*\*", result.Text);
        Assert.Contains("fits you best", result.Text);
        Assert.Contains("(approximate)", result.Text);
        Assert.Contains("To get in:", result.Text);
        Assert.Contains("Why: Sells to Japan. Suits Shoes.", result.Text);
        Assert.Matches(@"reviewed \d{4}-\d{2}-\d{2}", result.Text);
        Assert.Contains("compare Amazon and Temu", result.Question);
        Assert.Equal(["Send me the plan", "Logistics for this", "Check my readiness", "Back to the menu"], result.Buttons);

        var compared = await user.SayAsync("compare Amazon and Temu");
        Assert.Contains("Side by side", compared.Text);
        Assert.Matches(@"Fit for you\n\d+/100\n\d+/100", compared.Text);
        Assert.Matches(@"Good for beginners\nNo\nYes", compared.Text);
        Assert.Contains("Logistics for this", compared.Buttons);

        var logistics = await user.ClickAsync("Logistics for this");
        Assert.Contains("I understood: shoes, Japan", logistics.Text);
        Assert.Contains("How much does one parcel weigh?", logistics.Question);
        user.Cards.AssertAllValid();
    }

    [Fact]
    public async Task Market_names_in_the_result_leave_ordinary_words_alone_when_a_market_id_is_one()
    {
        // India's id is "in" and Italy's "it": the advisor names markets itself, so no id may be swapped for a name
        // afterwards ("buyers in India" must not become "buyers India India", "it sells" must not become "Italy sells").
        using var user = new GuideSession();
        var result = await PlayAsync(user,
            Say("which platform for selling shoes in India and Italy", "I noted").And("Who will you sell to?", GuideTurnPart.Question),
            Click("B2C — consumers", "What monthly budget", GuideTurnPart.Question),
            Say("$800", "experience", GuideTurnPart.Question),
            Click("None yet"),
            Say("no"));

        Assert.Contains("Top platforms for you", result.Text);
        Assert.Contains("India", result.Text);
        Assert.DoesNotContain("India India", result.Text);
        Assert.DoesNotMatch(@"\b(buyers|marketplace|Shoes) India\b", result.Text);
        Assert.DoesNotMatch(@"\bItaly (sells|is where|suits|scores)\b", result.Text);
    }

    [Fact]
    public async Task Chinese_from_the_menu_with_several_markets_typed()
    {
        using var user = new GuideSession(locale: "zh-CN");
        var result = await PlayAsync(user,
            Say("你好"),
            Click("选择平台", "您的客户是谁？", GuideTurnPart.Question),
            Say("2", "您想卖到哪些市场？", GuideTurnPart.Question),
            Say("美国和德国", "您卖什么产品？", GuideTurnPart.Question),
            Say("鞋", "预算", GuideTurnPart.Question),
            Say("3000元"),
            Say("1"),
            Say("有"));

        Assert.Contains("目标市场: 美国、德国", result.Text);
        Assert.Contains("每月预算: 3,000 CNY (≈ ", result.Text);
        Assert.Contains("最适合您的平台", result.Text);
        Assert.Contains("审核于", result.Text);
        Assert.Equal(["把计划发给我", "为此选择物流", "评估我的准备度", "返回菜单"], result.Buttons);

        var plan = await user.ClickAsync("把计划发给我");
        Assert.Contains("平台计划：", plan.Text);
        Assert.Contains("为美国、德国选择物流渠道。", plan.Text);
        user.Cards.AssertAllValid();
    }

    [Fact]
    public async Task Help_back_a_free_question_and_cancel_inside_the_guide()
    {
        using var user = new GuideSession();
        await PlayAsync(user,
            Say("help me choose a platform", "Who will you sell to?", GuideTurnPart.Question),
            Say("B2C", "Which markets", GuideTurnPart.Question),
            Say("help", BotText.English.Help),
            Say("back", "Who will you sell to?", GuideTurnPart.Question),
            Say("B2B"),
            Say("US, Germany and Japan", "What do you sell?", GuideTurnPart.Question),
            Say("what is IOSS and when do I need it?", BotText.English.QuestionAnsweredResume).And("What do you sell?", GuideTurnPart.Question),
            Say("cancel", BotText.English.Cancelled));
        user.Cards.AssertAllValid();
    }
}
