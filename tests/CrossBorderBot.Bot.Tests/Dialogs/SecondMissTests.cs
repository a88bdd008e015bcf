using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Dialogs;

/// <summary>
/// The same question missed twice, in every guide and both languages: the second time the bot lists the question's
/// choices with an example and asks the question itself again — also where the question has retry wording of its own
/// (a place, a market, a category) — and the guide stays.
/// </summary>
public sealed class SecondMissTests
{
    private const string ChoicesListed = "You can answer with one of: |可以回答以下之一：";
    private const string Example = "For example|例如";

    [Theory]
    [InlineData("en-US", new[] { "ship 1 kg of candles, 30 usd", "skip" }, "Where does the parcel go")]
    [InlineData("zh-CN", new[] { "寄1公斤蜡烛，货值30美元", "跳过" }, "包裹寄往哪里")]
    [InlineData("en-US", new[] { "which platform should i use", "b2c" }, "Which markets do you want")]
    [InlineData("zh-CN", new[] { "帮我选个平台", "2C" }, "您想卖到哪些市场")]
    [InlineData("en-US", new[] { "which platform should i use", "b2c", "japan" }, "What do you sell?")]
    [InlineData("zh-CN", new[] { "帮我选个平台", "2C", "日本" }, "您卖什么产品")]
    [InlineData("en-US", new[] { "a buyer says his parcel never arrived" }, "Which market is it about")]
    [InlineData("zh-CN", new[] { "买家说包裹一直没收到" }, "是哪个市场的问题")]
    [InlineData("en-US", new[] { "check my readiness" }, "How different are your products")]
    [InlineData("zh-CN", new[] { "评估出海准备度" }, "产品与其他卖家相比有多大差异")]
    public async Task The_second_miss_lists_the_choices_with_an_example_and_asks_again(string locale, string[] before, string question)
    {
        using var user = new GuideSession(locale);
        foreach (var message in before)
        {
            await user.SayAsync(message);
        }

        var gibberish = locale == "zh-CN" ? ("蓝色的", "还是蓝色") : ("qwzx", "qwzx again");
        await user.SayAsync(gibberish.Item1);
        var second = await user.SayAsync(gibberish.Item2);

        Assert.Matches(ChoicesListed, second.Text);
        Assert.Matches(Example, second.Text);
        Assert.Contains(question, second.Question);
        Assert.DoesNotMatch("leave this question for now|先放一放", second.Text);
    }
}
