using CrossBorderBot.Conversation;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// Readings of what a message is for that the eighteenth pass's dev material missed, each general: a topic dropped at its
/// question ("跟踪不用了") was taken by the classifier for "cancel" and left the guide; "先不聊，以后再说" put a topic off and
/// started fix-an-issue as if another task followed; a result named by its topic and a pointing word ("that korea
/// shipping thing", "那个发加拿大的东西") was no plan recall; a buyer who "got the wrong colour" and "wants a refund" told
/// no problem; goods to be shipped "to a customer in texas" started the platform guide, and "怎么走划算" asked for no
/// choice; a changed fact asked about with "does that change anything?" at a result was looked up instead of the
/// result shown again.
/// </summary>
public sealed class WordsOfThisPassTests
{
    [Theory]
    [InlineData("认证这块先不聊，以后再说")]
    [InlineData("退货先不弄，回头再考虑")]
    public void A_topic_put_off_is_no_request_for_another_task(string text) => Assert.False(MessageCues.RequestsATask(text));

    [Fact]
    public void Putting_one_thing_off_before_a_request_still_asks_for_it() =>
        Assert.True(MessageCues.RequestsATask("先不聊这个，帮我看看物流"));

    [Theory]
    [InlineData("hey could you pull up that japan shipping thing again")]
    [InlineData("can you bring back the platform stuff from before")]
    [InlineData("之前那个发日本的东西再发我一下")]
    public void A_result_named_by_its_topic_is_asked_for(string text) => Assert.True(MessageCues.AsksForPlan(text));

    [Theory]
    [InlineData("what is that shipping thing called?")]
    [InlineData("the shipping stuff is confusing")]
    public void A_topic_with_no_pointing_back_is_no_plan_request(string text) => Assert.False(MessageCues.AsksForPlan(text));

    [Theory]
    [InlineData("a buyer in ireland got the wrong size of our boots and wants a refund")]
    [InlineData("the customer received the wrong model")]
    [InlineData("买家说收到的是错的颜色，要求退款")]
    public void A_wrong_item_or_a_refund_wanted_is_a_problem(string text) => Assert.True(MessageCues.SoundsLikeAProblem(text));

    [Theory]
    [InlineData("zh-CN", "寄1公斤的围巾到荷兰，货值200元", "跟踪不用了", "能够退货|有电池或液体吗")]
    [InlineData("zh-CN", "寄1公斤的围巾到荷兰，货值200元", "追踪就不需要了吧", "能够退货|有电池或液体吗")]
    public async Task A_topic_dropped_at_its_question_answers_it_and_keeps_the_guide(string locale, string opening, string reply, string next)
    {
        using var user = new GuideSession(locale);
        await user.SayAsync(opening);
        await user.SayAsync("跳过");
        Assert.Contains("全程物流跟踪", (await user.SayAsync("标准")).Text);

        var turn = await user.SayAsync(reply);

        Assert.Matches(next, turn.Text);
        Assert.DoesNotContain("已停止", turn.Text);
    }

    [Theory]
    [InlineData("en-US", "need to send resin earrings to a boutique in denver", "How much does one parcel weigh")]
    [InlineData("en-US", "hello, have to ship some camping hammocks to a customer in phoenix arizona", "How much does one parcel weigh")]
    [InlineData("zh-CN", "几箱茶杯要发到佛罗里达，怎么走便宜", "单个包裹多重")]
    [InlineData("en-US", "an etsy buyer in ireland got the wrong size of our boots and wants a refund", "Best match:")]
    public async Task A_request_at_the_menu_starts_what_it_asks_for(string locale, string text, string expected)
    {
        using var user = new GuideSession(locale);

        var turn = await user.SayAsync(text);

        Assert.Contains(expected, turn.Text);
    }

    [Fact]
    public async Task A_changed_fact_asked_about_at_a_result_is_the_result_again()
    {
        using var user = new GuideSession();
        Assert.Contains("Logistics channels:", (await user.SayAsync("ship 1 kg of cotton tote bags to italy, value 40 usd, 30x20x5 cm, standard, tracked, no returns, no batteries")).Text);

        var turn = await user.SayAsync("oh wait, there's a power bank in the box too, does that change anything?");

        Assert.Contains("Logistics channels:", turn.Text);
        Assert.Matches("(?i)batter", turn.Text);
    }
}
