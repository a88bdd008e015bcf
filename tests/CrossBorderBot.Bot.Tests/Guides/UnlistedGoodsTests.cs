using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// Goods the category list does not name ("bamboo cutting boards", "handmade soap", "真丝睡衣") are still what the
/// seller sells: named in a request or given at the category question, they are kept in the seller's words and said
/// back, the platforms are compared across categories, and the category question is not asked (again).
/// </summary>
public sealed class UnlistedGoodsTests
{
    [Theory]
    [InlineData("en-US", "help me pick a platform for our bamboo cutting boards", "b2c", "australia", "500 usd a month", "none", "no", "cutting boards", "What do you sell?")]
    [InlineData("zh-CN", "卖真丝睡衣，帮我挑个平台", "B2C", "日本", "每月三千块", "没有经验", "没有品牌", "真丝睡衣", "您卖什么产品")]
    public async Task Goods_named_in_the_request_are_kept_and_the_category_is_not_asked(
        string locale, string request, string model, string market, string budget, string experience, string brand, string goods, string askCategory)
    {
        using var user = new GuideSession(locale);
        var turns = new List<string> { (await user.SayAsync(request)).Text };
        foreach (var reply in new[] { model, market, budget, experience, brand })
        {
            turns.Add((await user.SayAsync(reply)).Text);
        }

        Assert.DoesNotContain(turns, text => text.Contains(askCategory, StringComparison.Ordinal));
        Assert.Contains(goods, string.Join("\n", turns), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(locale == "en-US" ? "Platforms that fit you" : "适合您的平台", turns[^1]);
    }

    [Fact]
    public async Task Goods_named_beside_the_market_in_the_request_are_kept_too()
    {
        using var user = new GuideSession();
        var turns = new List<string> { (await user.SayAsync("we want to get into the japan market with our linen aprons, which site?")).Text };
        foreach (var reply in new[] { "b2c", "400 usd a month", "none", "no" })
        {
            turns.Add((await user.SayAsync(reply)).Text);
        }

        Assert.DoesNotContain(turns, text => text.Contains("What do you sell?", StringComparison.Ordinal));
        Assert.Contains("Platforms that fit you", turns[^1]);
    }

    [Theory]
    [InlineData("wall clocks for a shop in portugal, 2.5 kg with the packaging")]
    [InlineData("卖给个人消费者")]
    [InlineData("we sell to consumers, been on aliexpress about 2 years, no brand of our own")]
    [InlineData("卖给个人买家，速卖通做了两年，没有自己的品牌")]
    [InlineData("还没想好卖哪里")]
    public void Words_after_a_word_of_selling_to_someone_or_about_the_packaging_name_no_goods(string text) =>
        Assert.Null(CrossBorderBot.Dialogs.Slots.UnlistedGoods.Named(text, atItsQuestion: false));

    [Theory]
    [InlineData("我们公司做宠物用品的，想在日本开店", "宠物用品")]
    [InlineData("我们是做户外家具的。想卖到澳洲", "户外家具")]
    [InlineData("我们做手工风筝，想卖去欧洲", "手工风筝")]
    public void A_line_of_business_said_with_a_closing_de_names_the_goods_without_it(string text, string goods) =>
        Assert.Equal(goods, CrossBorderBot.Dialogs.Slots.UnlistedGoods.Named(text, atItsQuestion: false));

    [Fact]
    public async Task Goods_given_at_the_category_question_are_taken_in_the_sellers_words()
    {
        using var user = new GuideSession();
        await user.SayAsync("which platform should we use?");
        await user.SayAsync("b2c");
        await user.SayAsync("germany");

        // Goods no category lists ("handmade soap" was one until the categories took it as beauty and personal care).
        var turn = await user.SayAsync("beeswax wraps");

        Assert.Contains("beeswax wraps", turn.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("monthly budget", turn.Text);
    }
}
