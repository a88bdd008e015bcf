using CrossBorderBot.Conversation;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// "How export-ready are we?", "我们准备好出海了吗": a seller asking how ready the company is asks for the readiness
/// check, not for a rule of the knowledge base — they got "I don't know that yet". So do a request to assess whether
/// the company can sell abroad, and "where do we begin?" wherever it stands in the message.
/// </summary>
public sealed class ReadinessAskedAsAQuestionTests
{
    [Theory]
    [InlineData("how export-ready are we?")]
    [InlineData("is our company ready to start exporting?")]
    [InlineData("could you assess whether our factory can handle selling overseas")]
    [InlineData("please rate how prepared my business is for international ecommerce")]
    [InlineData("我们准备好出海了吗")]
    [InlineData("我们这个小厂能不能做跨境，帮忙评估下")]
    [InlineData("想知道我司够不够条件做外贸电商")]
    public void Asking_how_ready_the_company_is_is_a_readiness_ask(string text) => Assert.True(MessageCues.AsksHowReady(text));

    [Theory]
    [InlineData("are we ready for the new EU battery rules?")]
    [InlineData("is the parcel ready to ship?")]
    [InlineData("when will my order be ready?")]
    [InlineData("我们的货准备好了吗")]
    [InlineData("出口退税需要准备什么材料")]
    public void Other_readiness_words_are_not(string text) => Assert.False(MessageCues.AsksHowReady(text));

    [Theory]
    [InlineData("刚开始做跨境，从哪里开始比较好")]
    [InlineData("getting started with cross-border ecommerce - where do we even begin, what do we need?")]
    public void Where_to_begin_is_read_anywhere_in_the_message(string text) => Assert.True(MessageCues.AsksWhereToBegin(text));

    [Theory]
    [InlineData("en-US", "how export-ready are we?", "how ready your company is")]
    [InlineData("en-US", "could you assess whether our factory can handle selling overseas", "how ready your company is")]
    [InlineData("zh-CN", "我们准备好出海了吗？", "产品与其他卖家相比有多大差异")]
    [InlineData("zh-CN", "刚开始做跨境，从哪里开始比较好", "产品与其他卖家相比有多大差异")]
    [InlineData("zh-CN", "该从哪里开始？", "产品与其他卖家相比有多大差异")]
    [InlineData("en-US", "where do I start?", "how ready your company is")]
    public async Task The_readiness_check_starts_at_the_menu(string locale, string text, string expected)
    {
        using var user = new GuideSession(locale);
        var turn = await user.SayAsync(text);

        Assert.Contains(expected, turn.Text);
    }

    [Fact]
    public async Task Inside_another_guide_it_starts_the_readiness_check_as_a_detour()
    {
        using var user = new GuideSession();
        await user.SayAsync("help me choose a platform");
        var turn = await user.SayAsync("hmm wait, are we even ready to export?");

        Assert.Contains("how ready your company is", turn.Text);
    }
}
