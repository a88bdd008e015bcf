using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// Questions about a readiness result are answered from the assessor's own result: what to fix first (the roadmap's
/// first step), a level by its number, how far the next level is, and why one area scores what it does (each of its
/// answers with its own score). With the second option everywhere: 49, "Getting ready"; Compliance 35 (CE for some
/// products 50, no VAT/EPR registration 20).
/// </summary>
public sealed class ReadinessResultQuestionTests
{
    [Fact]
    public async Task What_to_fix_first_is_the_first_roadmap_step()
    {
        using var user = await AtResultAsync("en-US", "check my readiness to sell abroad");

        var reply = await user.SayAsync("where should we start improving?");

        Assert.Contains("Start with the roadmap's first step: \"Check trademarks and patents before listing\"", reply.Text);
    }

    [Fact]
    public async Task A_level_by_its_number_is_named_with_its_threshold_and_the_sellers_own_level()
    {
        using var user = await AtResultAsync("zh-CN", "评估一下我们的出海准备度");

        var reply = await user.SayAsync("第四级是什么意思？");

        Assert.Contains("第 4 级“可以规模化”（85 分起）", reply.Text);
        Assert.Contains("在第 2 级“准备中”", reply.Text);
    }

    [Fact]
    public async Task The_next_level_says_how_many_points_are_missing()
    {
        using var user = await AtResultAsync("en-US", "check my readiness to sell abroad");

        var reply = await user.SayAsync("how can we raise our score to the next level?");

        Assert.Contains("\"Ready to launch\", from 65; you are at 49, about 16 points short", reply.Text);
    }

    [Fact]
    public async Task An_area_score_lists_its_answers_with_their_scores()
    {
        using var user = await AtResultAsync("zh-CN", "评估一下我们的出海准备度");

        var reply = await user.SayAsync("合规分数为什么这么低");

        Assert.Contains("合规 35/100", reply.Text);
        Assert.Contains(": 20/100", reply.Text);
        Assert.Contains(": 50/100", reply.Text);
    }

    private static async Task<GuideSession> AtResultAsync(string locale, string opening)
    {
        var user = new GuideSession(locale);
        await user.SayAsync(opening);
        for (var answer = 0; answer < 16; answer++)
        {
            await user.SayAsync("2");
        }

        Assert.Matches("Readiness: |准备度：", user.Last.Text);
        return user;
    }
}
