using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// An amount typed with no currency at a money question — in digits, in words, in Chinese numerals, with hedges — is
/// taken in the currency the guide assumes for it (yuan for a seller writing Chinese, US dollars otherwise, CNY for the
/// readiness budget, which its question names) and the guide says which, instead of refusing it or taking it silently.
/// </summary>
public sealed class AmountWithoutCurrencyTests
{
    [Theory]
    [InlineData("200", 200)]
    [InlineData("about 2k", 2000)]
    [InlineData("two hundred", 200)]
    [InlineData("around two thousand a month", 2000)]
    [InlineData("两百", 200)]
    [InlineData("预算三千左右", 3000)]
    [InlineData("1.5万", 15000)]
    [InlineData("货值大概150", 150)]
    public void A_number_alone_is_an_amount_without_a_currency(string text, int expected) =>
        Assert.Equal(expected, BareAmount.Read(text));

    [Theory]
    [InlineData("200 usd")]
    [InlineData("两百块")]
    [InlineData("$200")]
    [InlineData("hello")]
    [InlineData("0")]
    [InlineData("2 kg")]
    public void A_currency_or_anything_else_is_not_a_bare_amount(string text) =>
        Assert.Null(BareAmount.Read(text));

    [Theory]
    [InlineData("en-US", "help me pick a marketplace", new[] { "b2c", "uk", "kitchen tools" }, "two hundred", "I'll assume 200 USD/month")]
    [InlineData("zh-CN", "帮我挑个电商平台", new[] { "2C", "美国", "厨房用品" }, "预算三千左右", "我先按“每月 3,000 CNY”来算")]
    [InlineData("en-US", "ship 2 kg of mugs to canada", new[] { "skip" }, "about two hundred", "I'll assume 200 USD")]
    [InlineData("zh-CN", "寄1公斤杯子到日本", new[] { "跳过" }, "两百", "我先按“200 CNY”来算")]
    [InlineData("en-US", "readiness check please", new[] { "same as others", "spot checks", "some", "no", "yes", "two weeks", "3", "english only" }, "about 2k", "I'll assume Capital — 2,000 CNY")]
    public async Task At_a_money_question_the_assumed_currency_is_said(string locale, string opening, string[] before, string reply, string said)
    {
        using var user = new GuideSession(locale);
        await user.SayAsync(opening);
        foreach (var answer in before)
        {
            await user.SayAsync(answer);
        }

        var turn = await user.SayAsync(reply);

        Assert.Contains(said, turn.Text);
        Assert.DoesNotMatch("didn't understand|没有理解|Please give an amount|请输入", turn.Text);
    }

    [Fact]
    public async Task A_budget_in_words_in_the_opening_is_taken_and_its_currency_said()
    {
        using var user = new GuideSession();

        var turn = await user.SayAsync("we sell to end users in canada, dresses and hats, budget around two thousand a month, sold on ebay a bit, no brand");

        Assert.Contains("I'll assume 2,000 USD/month", turn.Text);
        Assert.DoesNotContain("monthly budget", turn.Text);
    }
}
