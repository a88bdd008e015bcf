using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// At a result, a question about what a changed input would do to it ("带电的话会贵很多吗", "does a battery make it
/// pricier?", "would spending 4000 a month change the answer?") was sent to the knowledge base, which said "I don't know
/// that yet". It names an input the guide reads and asks about the result's own measures (price, speed, the ranking): it
/// is a what-if, answered with the result again for the changed input.
/// </summary>
public sealed class EffectOfAChangeAtTheResultTests
{
    [Theory]
    [InlineData("en-US", "does having a battery in there make it pricier?", "Batteries")]
    [InlineData("en-US", "how much slower is it if we go with the cheapest option?", "Economy")]
    [InlineData("zh-CN", "带电的话会贵很多吗", "电池")]
    [InlineData("zh-CN", "换快递能快几天", "快速")]
    public async Task A_question_about_the_effect_of_a_changed_input_gives_the_result_again(string locale, string question, string changed)
    {
        var chinese = locale == "zh-CN";
        using var user = new GuideSession(locale);
        await user.SayAsync(chinese ? "1公斤保温杯寄新西兰，货值90元" : "ship 1 kg of water bottles to new zealand, value 30 usd");
        foreach (var reply in chinese ? new[] { "跳过", "标准", "要", "不用", "都没有" } : ["skip", "standard", "yes", "no", "none"])
        {
            await user.SayAsync(reply);
        }

        var turn = await user.SayAsync(question);

        Assert.Contains(chinese ? "物流渠道：" : "Logistics channels:", turn.Text);
        Assert.Contains(changed, turn.Text);
        Assert.DoesNotContain(chinese ? "还不知道答案" : "don't know that yet", turn.Text);
    }

    [Theory]
    [InlineData("en-US", "would the picks be different with a 4000 usd monthly budget?", "4,000")]
    [InlineData("zh-CN", "要是每月能投两万块，推荐会变吗", "20,000")]
    public async Task A_question_about_the_effect_of_another_budget_gives_the_platform_result_again(string locale, string question, string budget)
    {
        var chinese = locale == "zh-CN";
        using var user = new GuideSession(locale);
        await user.SayAsync(chinese ? "帮我选平台" : "help me choose a platform");
        foreach (var reply in chinese ? new[] { "B2C", "英国", "家居用品", "每月3000元", "没有经验", "没有" } : ["b2c", "uk", "home goods", "400 usd a month", "none", "no"])
        {
            await user.SayAsync(reply);
        }

        var turn = await user.SayAsync(question);

        Assert.Contains(chinese ? "适合您的平台" : "Platforms that fit you", turn.Text);
        Assert.Contains(budget, turn.Text);
        Assert.DoesNotContain(chinese ? "还不知道答案" : "don't know that yet", turn.Text);
    }

    [Theory]
    [InlineData("en-US", "do batteries need a UN38.3 test report?")]
    [InlineData("zh-CN", "带电池的产品需要什么认证")]
    public async Task A_rules_question_naming_an_input_stays_a_question(string locale, string question)
    {
        var chinese = locale == "zh-CN";
        using var user = new GuideSession(locale);
        await user.SayAsync(chinese ? "1公斤保温杯寄新西兰，货值90元" : "ship 1 kg of water bottles to new zealand, value 30 usd");
        foreach (var reply in chinese ? new[] { "跳过", "标准", "要", "不用", "都没有" } : ["skip", "standard", "yes", "no", "none"])
        {
            await user.SayAsync(reply);
        }

        var turn = await user.SayAsync(question);

        Assert.DoesNotContain(chinese ? "物流渠道：" : "Logistics channels:", turn.Text);
    }
}
