using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// What the words around a parcel's numbers say: "pounds" after a word of value ("value 35 pounds", "declared at 40
/// pounds") is money, not a second weight (so one parcel is not taken for two); and several parcels given by weight are
/// told back by the goods each holds ("1 kg of hand cream and a 2 kg box of scented candles"), not as "a 1 kg parcel".
/// </summary>
public sealed class ParcelWordsTests
{
    [Theory]
    [InlineData("3 kg of towels to wales, value 35 pounds", "35 GBP")]
    [InlineData("send 1.2kg of tea to ireland declared at 18 pounds", "18 GBP")]
    public async Task Pounds_after_a_word_of_value_are_the_value(string opening, string value)
    {
        using var user = new GuideSession();

        var turn = await user.SayAsync(opening);

        Assert.Contains(value, turn.Text);
        Assert.DoesNotContain("several products", turn.Text);
        Assert.Contains("outer dimensions", turn.Text);
    }

    [Fact]
    public async Task Pounds_without_a_word_of_value_stay_a_weight()
    {
        using var user = new GuideSession();

        var turn = await user.SayAsync("a 5 pound box of socks to leeds, 20 usd");

        Assert.DoesNotContain("GBP", turn.Text);
        Assert.Contains("2.268 kg", turn.Text);
    }

    [Theory]
    [InlineData("en-US", "1 kg of hand cream and a 2 kg box of scented candles to denmark", "hand cream", "scented candles")]
    [InlineData("zh-CN", "一箱1公斤的香薰蜡烛，另一箱2公斤的手工皂，都寄丹麦", "香薰蜡烛", "手工皂")]
    public async Task Parcels_given_by_weight_are_told_back_by_their_goods(string locale, string opening, string first, string second)
    {
        using var user = new GuideSession(locale);

        var turn = await user.SayAsync(opening);

        Assert.Contains(first, turn.Text);
        Assert.Contains(second, turn.Text);
    }
}
