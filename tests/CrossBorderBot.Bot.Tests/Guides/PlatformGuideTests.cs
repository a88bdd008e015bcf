using CrossBorderBot.Conversation;
using CrossBorderBot.Replies;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Guides;

/// <summary>The platform guide through the real bot: pre-fill, ranking, comparison, the logistics follow-up, interruptions.</summary>
public sealed class PlatformGuideTests
{
    [Fact]
    public async Task English_with_market_and_category_from_the_first_message_then_compare_and_logistics_for_this()
    {
        using var user = new GuideSession();
        var start = await user.SayAsync("which platform for selling shoes in Japan");
        Assert.Contains("I noted: Japan, Shoes", start.Text);
        Assert.Contains("Who will you sell to?", start.Question);
        Assert.Contains("What monthly budget", (await user.ClickAsync("B2C — consumers")).Question);
        Assert.Contains("experience", (await user.SayAsync("$800")).Question);
        await user.ClickAsync("None yet");

        var result = await user.SayAsync("no");

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
    public async Task Chinese_from_the_menu_with_several_markets_typed()
    {
        using var user = new GuideSession(locale: "zh-CN");
        await user.SayAsync("你好");
        Assert.Contains("您的客户是谁？", (await user.ClickAsync("选择平台")).Question);
        Assert.Contains("您想卖到哪些市场？", (await user.SayAsync("2")).Question);
        Assert.Contains("您卖什么产品？", (await user.SayAsync("美国和德国")).Question);
        Assert.Contains("预算", (await user.SayAsync("鞋")).Question);
        await user.SayAsync("3000元");
        await user.SayAsync("1");

        var result = await user.SayAsync("有");

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
        Assert.Contains("Who will you sell to?", (await user.SayAsync("help me choose a platform")).Question);
        Assert.Contains("Which markets", (await user.SayAsync("B2C")).Question);
        Assert.Contains(BotText.English.Help, (await user.SayAsync("help")).Text);
        Assert.Contains("Who will you sell to?", (await user.SayAsync("back")).Question);
        await user.SayAsync("B2B");
        Assert.Contains("What do you sell?", (await user.SayAsync("US, Germany and Japan")).Question);

        var question = await user.SayAsync("what is IOSS and when do I need it?");
        Assert.Contains(BotText.English.QuestionAnsweredResume, question.Text);
        Assert.Contains("What do you sell?", question.Question);

        Assert.Contains(BotText.English.Cancelled, (await user.SayAsync("cancel")).Text);
        user.Cards.AssertAllValid();
    }
}
