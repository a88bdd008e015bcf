using System.Text.RegularExpressions;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// Questions about a logistics result are answered from the result's own figures: how a price was computed (the
/// chargeable weight, volumetric against actual, the rate), how accurate it is (an estimate, the rate card's review
/// date), the cheapest when the best fit is not, the channel at a place, what the fit weighs.
/// </summary>
public sealed class LogisticsResultQuestionTests
{
    private const string BulkyToGermany = "ship 2 kg of cushions to germany, value 40 usd, 50x40x30 cm, standard, tracked, no returns, no batteries";
    private const string FastToUs = "ship 1 kg of phone cases to the us, value 30 usd, 20x15x10 cm, fast, tracked, no returns, no batteries";

    [Fact]
    public async Task How_a_price_was_computed_gives_the_chargeable_weight_and_the_rate()
    {
        using var user = new GuideSession();
        await user.SayAsync(BulkyToGermany);

        var reply = await user.SayAsync("how did you come up with that price?");

        // The dedicated line's rate card for Europe: 18 CNY a parcel and 70 CNY a kg, on 10 kg (50 × 40 × 30 cm ÷ 6000).
        Assert.Contains("Chargeable weight: 10 kg", reply.Text);
        Assert.Contains("volumetric weight 10 kg (50 × 40 × 30 cm ÷ 6000)", reply.Text);
        Assert.Contains("18 CNY per parcel + 70 CNY per kg", reply.Text);
    }

    [Fact]
    public async Task How_accurate_the_prices_are_says_estimate_and_the_review_date()
    {
        using var user = new GuideSession("zh-CN");
        await user.SayAsync("寄2公斤抱枕到德国，货值40美元，50x40x30厘米，标准时效，要跟踪，不退货，没有电池");

        var reply = await user.SayAsync("这个运费靠谱吗？");

        Assert.Contains("估算", reply.Text);
        Assert.Contains("2026-11-26", reply.Text);
        Assert.DoesNotContain("还不知道答案", reply.Text);
    }

    [Fact]
    public async Task The_cheapest_when_the_best_fit_is_not_names_it_and_its_place()
    {
        using var user = new GuideSession();
        await user.SayAsync(FastToUs);

        var reply = await user.SayAsync("which is the least expensive?");

        Assert.Contains("The cheapest of these is Dedicated line", reply.Text);
        Assert.Contains("ranked third", reply.Text);
        Assert.Contains("First is Commercial express", reply.Text);
    }

    [Fact]
    public async Task The_channel_at_a_place_is_described_with_its_days()
    {
        using var user = new GuideSession();
        await user.SayAsync(FastToUs);

        var reply = await user.SayAsync("and the 2nd option, how many days?");

        Assert.Contains("Number 2 is Economy express", reply.Text);
        Assert.Contains("5–9 days", reply.Text);
    }

    [Fact]
    public async Task What_the_fit_means_gives_the_weights_for_the_urgency()
    {
        using var user = new GuideSession();
        await user.SayAsync(FastToUs);

        var reply = await user.SayAsync("how is the fit score calculated?");

        // Fast: cost 0.15, speed 0.6, tracking needed 0.25 of 1.0.
        Assert.Contains("cost 15 %, speed 60 %, tracking 25 %", reply.Text);
    }

    /// <summary>
    /// A channel is said with the same figures wherever a result's answers name it: the ranking explanation gives the
    /// third channel the days and prices the answer about the third place gives (the table's figures).
    /// </summary>
    [Fact]
    public async Task The_ranking_explanation_gives_a_channel_the_figures_the_other_answers_give()
    {
        using var user = new GuideSession();
        await user.SayAsync(FastToUs);

        var atPlace = await user.SayAsync("and the 3rd option, how many days?");
        var described = Regex.Match(atPlace.Text, @"Number 3 is (?<channel>.+? / ¥[^)]+\))").Groups["channel"].Value;
        var why = await user.SayAsync("why is the 3rd option so low on the list?");

        Assert.NotEmpty(described);
        Assert.Contains(described, why.Text);
    }

    /// <summary>
    /// A why about an option by its place asks why the ranking is so: the first one's reasons and the one asked about,
    /// not the option's figures again (which say nothing of why).
    /// </summary>
    [Theory]
    [InlineData("en-US", FastToUs, "why is the 3rd option so low on the list?", "is ranked first because", "is ranked third")]
    [InlineData("en-US", FastToUs, "how come the first one comes out on top?", "is ranked first because", null)]
    [InlineData("zh-CN", "寄1公斤手机壳到美国，货值30美元，20x15x10厘米，要快，要跟踪，不退货，没有电池", "为什么第二个排在后面", "排在第一，原因", "排第 2")]
    public async Task A_why_about_an_option_by_place_explains_the_ranking(string locale, string request, string question, string first, string? other)
    {
        using var user = new GuideSession(locale);
        await user.SayAsync(request);

        var reply = await user.SayAsync(question);

        Assert.Contains(first, reply.Text);
        if (other is not null)
        {
            Assert.Contains(other, reply.Text);
        }

        Assert.DoesNotContain("Number 1 is", reply.Text);
        Assert.DoesNotContain("排第 1 的是", reply.Text);
    }
}
