using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// Questions about a platform result are answered from the advisor's own advice: what the fit is made of (points per
/// criterion), what a platform costs a month (its site's monthly fee, what comes per sale, the budget counted, approximate
/// with its review date), where a platform outside the list ranks, why a ruled-out one is ruled out, and the fees of
/// the platform at a place. Germany, home and garden, 2000 USD, some experience, own brand: Amazon 93 first.
/// </summary>
public sealed class PlatformResultQuestionTests
{
    [Fact]
    public async Task The_fit_is_broken_down_by_criterion()
    {
        using var user = await AtResultAsync();

        var reply = await user.SayAsync("how do you score these platforms?");

        Assert.Contains("Amazon 93: markets 25/25, category 20/20, buyer traffic 20/20, budget 15/15", reply.Text);
    }

    [Fact]
    public async Task A_monthly_cost_gives_the_monthly_fee_and_what_comes_per_sale()
    {
        using var user = await AtResultAsync();

        var reply = await user.SayAsync("how much per month would amazon be?");

        // A seller in Germany pays the German site's plan, not the US one.
        Assert.Contains("Professional selling plan (Germany excl. VAT) 39 EUR", reply.Text);
        Assert.DoesNotContain("39.99 USD", reply.Text);
        Assert.Contains("On top, per sale: 8–15% commission", reply.Text);
        Assert.Contains("reviewed 2026-", reply.Text);
    }

    [Fact]
    public async Task A_platform_outside_the_list_says_where_it_ranks_and_why()
    {
        using var user = await AtResultAsync();

        var reply = await user.SayAsync("would etsy suit us?");

        Assert.Matches("Etsy ranks number \\d+ of \\d+ for you", reply.Text);
        Assert.Contains("make or design", reply.Text);
    }

    [Fact]
    public async Task A_ruled_out_platform_says_why()
    {
        using var user = await AtResultAsync();

        var reply = await user.SayAsync("should we go with DHgate?");

        Assert.Contains("DHgate is ruled out for you", reply.Text);
        Assert.Contains("B2B", reply.Text);
    }

    /// <summary>Fee figures quoted about a result name the sources they came from (the fee entry's own), with its review date.</summary>
    [Theory]
    [InlineData("en-US", "what does the second one charge in fees?", "Sources of these fees: ")]
    [InlineData("en-US", "how much a month would ebay be?", "Sources of these fees: ")]
    [InlineData("en-US", "would etsy suit us?", "Sources of these fees: ")]
    [InlineData("zh-CN", "第一名的平台扣点多少", "费用来源：")]
    public async Task Fees_quoted_about_a_result_name_their_sources(string locale, string question, string sources)
    {
        using var user = await AtResultAsync(locale);

        var reply = await user.SayAsync(question);

        Assert.Contains(sources, reply.Text);
        Assert.Matches(@"(?:reviewed|复核于) 2026-\d\d-\d\d", reply.Text);
    }

    private static async Task<GuideSession> AtResultAsync(string locale)
    {
        if (locale == "en-US")
        {
            return await AtResultAsync();
        }

        var user = new GuideSession(locale);
        foreach (var answer in new[] { "帮我选个平台", "B2C", "德国", "家居园艺", "每月2000美元", "有一些经验", "有" })
        {
            await user.SayAsync(answer);
        }

        Assert.Contains("适合您的平台", user.Last.Text);
        return user;
    }

    private static async Task<GuideSession> AtResultAsync()
    {
        var user = new GuideSession();
        foreach (var answer in new[] { "help me choose a platform", "b2c", "germany", "home and garden", "2000 usd a month", "some", "yes" })
        {
            await user.SayAsync(answer);
        }

        Assert.Contains("Platforms that fit you", user.Last.Text);
        return user;
    }
}
