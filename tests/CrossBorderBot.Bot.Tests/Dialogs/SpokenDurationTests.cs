using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Dialogs;

/// <summary>
/// A length of time as people say it — a number, a range ("2-3 weeks", "两三个礼拜", "三四天"), words of quantity ("a
/// couple of weeks", "a week or two", "半个月") — read as its most days, one reader for the delivery time the logistics
/// guide turns into a speed and the production lead time of the readiness check.
/// </summary>
public sealed class SpokenDurationTests
{
    [Theory]
    [InlineData("within 10 days", 10)]
    [InlineData("2-3 weeks", 21)]
    [InlineData("3 to 4 wks", 28)]
    [InlineData("两三个礼拜", 21)]
    [InlineData("三四天", 4)]
    [InlineData("a couple of weeks", 14)]
    [InlineData("a couple weeks", 14)]
    [InlineData("a week or two", 14)]
    [InlineData("a month or so", 30)]
    [InlineData("半个月内", 15)]
    [InlineData("in 2 days", 2)]
    [InlineData("一周左右", 7)]
    [InlineData("十来天", 10)]
    [InlineData("4-5 days max", 5)]
    public void A_length_of_time_is_read_as_its_most_days(string text, int days) =>
        Assert.Equal(days, SpokenDuration.MostDays(text));

    [Theory]
    [InlineData("2 kg")]
    [InlineData("200 usd")]
    [InlineData("two of us")]
    [InlineData("we sold on amazon for 2 years")]
    [InlineData("tracking froze three weeks ago")]
    [InlineData("两周前就发出去了")]
    public void Anything_else_is_no_length_of_time(string text) =>
        Assert.Null(SpokenDuration.MostDays(text));

    [Theory]
    [InlineData("the parcel has been stuck for two weeks")]
    [InlineData("包裹两周没动了")]
    public void How_long_something_has_been_so_is_no_delivery_time(string text) =>
        Assert.Null(CrossBorderBot.Dialogs.Guides.DeliveryTimeSpeed.Of(text));

    [Theory]
    [InlineData("en-US", "4-5 days max", "Fast (express)")]
    [InlineData("en-US", "ten days or so works", "Standard")]
    [InlineData("en-US", "three weeks or so is fine", "Economy (cheapest)")]
    [InlineData("zh-CN", "最多四五天", "快速（快递）")]
    [InlineData("zh-CN", "十天左右能到就行", "标准")]
    [InlineData("zh-CN", "三个礼拜左右也行", "经济（最便宜）")]
    public async Task At_the_speed_question_a_delivery_time_picks_the_speed(string locale, string reply, string speed)
    {
        using var user = new GuideSession(locale);
        await user.SayAsync(locale == "en-US" ? "ship 1 kg of mugs to spain, 20 usd, no dims" : "寄1公斤杯子到西班牙，货值150元，尺寸不知道");

        var turn = await user.SayAsync(reply);

        Assert.Contains(speed, turn.Text);
        Assert.Matches("end-to-end tracking|全程物流跟踪", turn.Text);
        Assert.DoesNotMatch("didn't understand|没有理解", turn.Text);
    }
}
