using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// Inside the logistics guide, "为什么不用海运" or "why wouldn't you use sea freight for this?" for a small parcel got the
/// knowledge base's description of sea freight, which says nothing about why it does not fit. Now a why-not about a way
/// of shipping, once the weight is known, says why that way is ruled out for this parcel (the advisor's own reason) and
/// asks the waiting question again; before the weight is known it says the result will answer it. Inside another guide
/// the other guide's choice asked ("对了，这种丝巾在中东适合上哪个平台卖？") starts that guide as a detour instead of "I don't
/// know that yet".
/// </summary>
public sealed class WhyNotAnOptionBeforeTheResultTests
{
    [Theory]
    [InlineData("en-US", "ship 2 kg of cushion covers to norway", "why wouldn't you use sea freight for this?", "not an option for this parcel", "outer dimensions")]
    [InlineData("zh-CN", "寄2公斤的拖鞋到西班牙", "为什么不用海运", "不适合这个包裹", "外箱尺寸")]
    public async Task A_why_not_about_a_way_of_shipping_says_why_it_does_not_fit_this_parcel(string locale, string opening, string question, string ruledOut, string waiting)
    {
        using var user = new GuideSession(locale);
        await user.SayAsync(opening);

        var turn = await user.SayAsync(question);

        Assert.Contains(ruledOut, turn.Text);
        Assert.Contains(waiting, turn.Text);
    }

    [Fact]
    public async Task Before_the_weight_is_known_the_result_will_answer_it()
    {
        using var user = new GuideSession();
        await user.SayAsync("help me choose a shipping method");

        var turn = await user.SayAsync("why not just use sea freight?");

        Assert.Contains("The result will answer that", turn.Text);
        Assert.Contains("How much does one parcel weigh", turn.Text);
    }

    [Theory]
    [InlineData("zh-CN", "寄2公斤的丝巾到迪拜，货值500元", "对了，这种丝巾在中东适合上哪个平台卖？", "您的客户是谁|您卖什么产品|适合您的平台")]
    [InlineData("en-US", "ship a 3 kg bamboo lamp to perth, worth 80 aud", "ok, and which marketplace should i be selling these lamps on in australia?", "Who will you sell to|What do you sell|Platforms that fit you")]
    public async Task Another_guides_choice_asked_inside_a_guide_starts_it(string locale, string opening, string question, string platformGuide)
    {
        using var user = new GuideSession(locale);
        await user.SayAsync(opening);

        var turn = await user.SayAsync(question);

        Assert.Matches(platformGuide, turn.Text);
        Assert.DoesNotMatch("don't know that yet|还不知道答案", turn.Text);
    }
}
