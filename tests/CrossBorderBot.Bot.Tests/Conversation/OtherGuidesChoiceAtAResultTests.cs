using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// After one guide's result, asking for another guide's choice while supposing a case ("这个瑜伽垫要是在澳洲卖，上哪个平台好",
/// "if we sold these mugs in canada, which marketplace would suit us?") was read as a what-if on the result shown ("That
/// is already what this result assumes"). It asks for the other guide: that guide starts, with the facts it gives.
/// </summary>
public sealed class OtherGuidesChoiceAtAResultTests
{
    [Theory]
    [InlineData("zh-CN", "3公斤陶瓷杯寄加拿大，货值300元", "如果这些杯子在加拿大卖，选哪个平台好", "您的客户是谁")]
    [InlineData("en-US", "ship 3 kg of ceramic mugs to canada, value 60 usd", "if we sold these mugs in canada, which marketplace would suit us?", "Who will you sell to")]
    public async Task Another_guides_choice_asked_at_a_result_starts_that_guide(string locale, string opening, string ask, string expected)
    {
        using var user = new GuideSession(locale);
        await user.SayAsync(opening);
        var chinese = locale == "zh-CN";
        foreach (var answer in chinese ? new[] { "跳过", "标准", "要", "不需要" } : ["skip", "standard", "yes", "no"])
        {
            await user.SayAsync(answer);
        }

        var result = await user.SayAsync(chinese ? "都没有" : "none");
        Assert.Contains(chinese ? "物流渠道：" : "Logistics channels:", result.Text);

        var turn = await user.SayAsync(ask);
        Assert.Contains(expected, turn.Text);
        Assert.DoesNotContain(chinese ? "已经是按这一点算的" : "already what this result assumes", turn.Text);
    }
}
