using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// No place kept is dropped silently: a place named in a clause about the brand ("有商标，美国已经注册了", "brand is
/// registered in the us") says where the brand is protected and leaves the markets as they were; a second place asked
/// about before the result ("what about sending it to austria?", "那葡萄牙呢？") is added and said, the first kept — while
/// "austria instead" still changes it. And the brand and tracking questions take their answers in other words: a
/// trademark registered or approved is a brand, one still pending is none yet, tracking expected or asked for is yes.
/// </summary>
public sealed class PlacesKeptAndBrandInOwnWordsTests
{
    [Theory]
    [InlineData("zh-CN", "我们做猫砂盆，想卖给美国和加拿大的个人买家，选哪个平台", "宠物用品", "五千块", "没经验", "有商标，美国已经注册了", "加拿大")]
    [InlineData("en-US", "which platform for our dog leashes? we sell to consumers in the us and canada", "pet supplies", "500 usd a month", "some", "brand is registered in the us", "Canada")]
    public async Task A_place_said_of_the_brand_leaves_the_markets_as_they_were(string locale, string opening, string category, string budget, string experience, string brand, string kept)
    {
        using var user = new GuideSession(locale);
        foreach (var step in new[] { opening, category, budget, experience })
        {
            await user.SayAsync(step);
        }

        var turn = await user.SayAsync(brand);

        Assert.Matches("Platforms that fit you|适合您的平台", turn.Text);
        Assert.Contains(kept, turn.Text);
        Assert.DoesNotMatch("(?i)changed|已修改", turn.Text);
    }

    [Theory]
    [InlineData("en-US", "i want to send 3 kg of wool socks to germany", "what about sending it to austria?", "Germany, Austria")]
    [InlineData("zh-CN", "寄一个4公斤的箱子去西班牙，里面是毛巾", "那葡萄牙呢？", "西班牙、葡萄牙")]
    public async Task A_second_destination_asked_about_mid_guide_is_added_and_said(string locale, string opening, string asked, string both)
    {
        using var user = new GuideSession(locale);
        await user.SayAsync(opening);

        var turn = await user.SayAsync(asked);

        Assert.Contains(both, turn.Text);
        Assert.DoesNotMatch("(?i)changed|已修改", turn.Text);
    }

    [Fact]
    public async Task A_second_destination_said_as_a_change_still_replaces_the_first()
    {
        using var user = new GuideSession();
        await user.SayAsync("i want to send 3 kg of wool socks to germany");

        var turn = await user.SayAsync("austria instead");

        Assert.Contains("Germany → Austria", turn.Text);
    }

    [Fact]
    public async Task A_market_asked_about_mid_guide_is_added_to_the_markets()
    {
        using var user = new GuideSession("zh-CN");
        await user.SayAsync("卖不锈钢餐具，帮我选个平台");
        await user.SayAsync("主要卖给餐厅和酒店");
        await user.SayAsync("德国和法国");

        var turn = await user.SayAsync("那日本呢？");

        Assert.Contains("德国、法国、日本", turn.Text);
    }

    [Theory]
    [InlineData("en-US", "our trademark got approved in the uk last spring", "Own brand: Yes")]
    [InlineData("zh-CN", "商标在德国批下来了", "自有品牌: 有")]
    [InlineData("zh-CN", "品牌注册了", "自有品牌: 有")]
    [InlineData("zh-CN", "商标正在注册", "自有品牌: 没有")]
    [InlineData("en-US", "our trademark application is still pending", "Own brand: No")]
    public async Task A_trademark_registered_or_pending_answers_the_brand_question(string locale, string reply, string noted)
    {
        using var user = new GuideSession(locale);
        var zh = locale == "zh-CN";
        foreach (var step in zh ? new[] { "卖不锈钢餐具，帮我选个平台", "主要卖给餐厅和酒店", "德国和法国", "一个月五千", "做过一年亚马逊" }
                     : ["which platform should we use for our ceramic vases", "home decor shoppers", "uk and ireland", "around 700 usd a month", "a bit, one year on etsy"])
        {
            await user.SayAsync(step);
        }

        var turn = await user.SayAsync(reply);

        Assert.Contains(noted, turn.Text);
        Assert.Matches("Platforms that fit you|适合您的平台", turn.Text);
    }

    [Theory]
    [InlineData("en-US", "buyers expect a tracking link")]
    [InlineData("en-US", "id like tracking on it")]
    [InlineData("zh-CN", "给个跟踪号")]
    public async Task Tracking_expected_or_asked_for_answers_yes(string locale, string reply)
    {
        using var user = new GuideSession(locale);
        foreach (var step in locale == "zh-CN" ? new[] { "发一箱丝巾到瑞士，2公斤", "40*30*10", "300块", "标准" } : ["send 1.5 kg of leather belts to norway", "35x25x8", "90 usd", "standard"])
        {
            await user.SayAsync(step);
        }

        var turn = await user.SayAsync(reply);

        Assert.Matches("Tracking needed: yes|需要跟踪: 是", turn.Text);
        Assert.Matches(@"return the goods|能够退货", turn.Text);
    }
}
