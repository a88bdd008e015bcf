using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// Replies at the logistics guide's questions and at a playbook step in the seller's own words: goods said to be only
/// what they are made of hold neither batteries nor liquids ("its only merino wool, nothing else"), and "nothing liquid"
/// denies liquids; "越早到越好", "能多快就多快" ask for the fast way; a question's topic turned down with a stop word ("跟踪不用
/// 了", "退货就免了") answers it no and leaves the guide running; a step told done with what was done named first
/// ("photos of the damage collected") is done, while a state told that way ("parcel delayed") is not.
/// </summary>
public sealed class ParcelAndStepRepliesInOwnWordsTests
{
    private static readonly string[] EnglishToGoods = ["ship 1 kg of scarves to germany", "40x30x10", "30 usd", "standard", "yes", "no"];
    private static readonly string[] ChineseToGoods = ["发1公斤围巾到德国", "40*30*10", "200块", "标准", "要", "不要"];

    [Theory]
    [InlineData("en-US", "its only merino wool, nothing else")]
    [InlineData("en-US", "wax only, nothing liquid")]
    [InlineData("en-US", "it's leather and a metal buckle, that's all")]
    [InlineData("zh-CN", "就是真丝的，别的没有")]
    public async Task Goods_said_to_be_only_their_material_hold_neither(string locale, string reply)
    {
        using var user = new GuideSession(locale);
        foreach (var step in locale == "zh-CN" ? ChineseToGoods : EnglishToGoods)
        {
            await user.SayAsync(step);
        }

        var turn = await user.SayAsync(reply);

        Assert.Matches("Logistics channels:|物流渠道：", turn.Text);
        Assert.Matches("Batteries / liquids: Neither|电池 / 液体: 都没有", turn.Text);
    }

    [Theory]
    [InlineData("越早到越好")]
    [InlineData("能多快就多快")]
    public async Task As_early_as_possible_in_Chinese_is_the_fast_way(string reply)
    {
        using var user = new GuideSession("zh-CN");
        await user.SayAsync("发1公斤围巾到德国");
        await user.SayAsync("40*30*10");
        await user.SayAsync("200块");

        var turn = await user.SayAsync(reply);

        Assert.Contains("快速（快递）", turn.Text);
        Assert.Contains("全程物流跟踪", turn.Text);
    }

    [Theory]
    [InlineData("跟踪不用了", "需要跟踪: 否", "能够退货")]
    [InlineData("跟踪就算了", "需要跟踪: 否", "能够退货")]
    public async Task A_topic_turned_down_with_a_stop_word_answers_no_and_the_guide_goes_on(string reply, string noted, string next)
    {
        using var user = new GuideSession("zh-CN");
        foreach (var step in new[] { "发1公斤围巾到德国", "40*30*10", "200块", "标准" })
        {
            await user.SayAsync(step);
        }

        var turn = await user.SayAsync(reply);

        Assert.Contains(noted, turn.Text);
        Assert.Contains(next, turn.Text);
    }

    [Fact]
    public async Task Returns_turned_down_with_a_stop_word_answers_no()
    {
        using var user = new GuideSession("zh-CN");
        foreach (var step in new[] { "发1公斤围巾到德国", "40*30*10", "200块", "标准", "要" })
        {
            await user.SayAsync(step);
        }

        var turn = await user.SayAsync("退货就免了");

        Assert.Contains("需要退货: 否", turn.Text);
        Assert.Contains("有电池或液体吗", turn.Text);
    }

    [Theory]
    [InlineData("photos of the damage collected", true)]
    [InlineData("carrier claim filed this afternoon", true)]
    [InlineData("size chart updated", true)]
    [InlineData("ok invoices gathered", true)]
    [InlineData("parcel delayed", false)]
    [InlineData("the account got suspended", false)]
    [InlineData("invoices not collected yet", false)]
    public void A_step_told_done_with_its_object_first_is_done(string reply, bool done) =>
        Assert.Equal(done, SlotVocabulary.Default.Agreement.SaysDone(reply));
}
