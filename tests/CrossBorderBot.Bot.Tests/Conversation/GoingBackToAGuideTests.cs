using CrossBorderBot.Conversation;
using CrossBorderBot.Tests.TestUtilities;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// Going back to a guide in words: "ok back to the shipping" at the logistics guide's question was read as a new task
/// (the guide started again and asked the size it had) or as an answer (a retry); "评估以后再做，先把物流弄完" inside a
/// readiness detour got "didn't understand". Now the running guide asks its waiting question again, and a guide
/// waiting below a detour resumes with its answers. A message that only mentions going back ("send it back to the
/// factory", "先把货发到德国") is no such request.
/// </summary>
public sealed class GoingBackToAGuideTests
{
    [Theory]
    [InlineData("right, back to the parcel", IntentNames.ChooseLogistics)]
    [InlineData("ok lets get back to the shipping question", IntentNames.ChooseLogistics)]
    [InlineData("never mind that, back to the marketplace one", IntentNames.ChoosePlatform)]
    [InlineData("评估以后再做，先把物流弄完", IntentNames.ChooseLogistics)]
    [InlineData("评估先不做了，回到选平台", IntentNames.ChoosePlatform)]
    [InlineData("继续刚才的评估吧", IntentNames.StartReadiness)]
    public void Going_back_names_the_guide(string text, string intent) => Assert.Equal(intent, GoingBackToAGuide.Target(text));

    [Theory]
    [InlineData("send it back to the factory")]
    [InlineData("back to china")]
    [InlineData("先把货发到德国")]
    [InlineData("we ship back to the supplier, then to the platform")]
    public void Mentioning_going_back_is_no_request(string text) => Assert.Null(GoingBackToAGuide.Target(text));

    [Fact]
    public async Task Back_to_the_running_guide_asks_its_question_again_with_the_answers_kept()
    {
        using var user = new GuideSession();
        await user.SayAsync("ship 2 kg of linen napkins to vienna");
        Assert.Contains("declared value", (await user.SayAsync("30x20x10")).Text);
        await user.SayAsync("by the way, is etsy or amazon better for table linen?");

        var back = await user.SayAsync("ok, back to the shipping");

        Assert.Contains("declared value", back.Text);
        Assert.DoesNotContain("outer dimensions", back.Text);
        Assert.DoesNotContain("How much does one parcel weigh", back.Text);
    }

    [Fact]
    public async Task Back_to_the_guide_below_a_detour_leaves_the_detour()
    {
        using var user = new GuideSession("zh-CN");
        await user.SayAsync("帮我选个平台卖紫砂壶");
        Assert.Contains("您想卖到哪些市场", (await user.SayAsync("卖给个人")).Text);
        Assert.Matches("准备度|差异", (await user.SayAsync("说实话，我们公司够不够格做出口电商")).Text);

        var back = await user.SayAsync("评估以后再说，回到选平台");

        Assert.Contains("您想卖到哪些市场", back.Text);
        Assert.DoesNotContain("没有理解", back.Text);
        Assert.DoesNotContain("您的客户是谁", back.Text);
    }
}
