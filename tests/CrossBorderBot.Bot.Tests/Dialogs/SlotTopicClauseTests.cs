using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Dialogs;

/// <summary>
/// A yes or no said about a yes/no question's topic is read wherever the topic stands in its clause, with words between
/// (a pointing word, the subject, an adverb, an object) or with the topic after the verb: "退换货这一块我们暂时不考虑" is
/// no returns, "要是能查到物流就最好了" is tracking wanted — at the question itself and at any other question of the
/// guide. A question about the topic, or a clause with neither a negation nor a need, says nothing.
/// </summary>
public sealed class SlotTopicClauseTests
{
    private static readonly SlotVocabulary Vocabulary = SlotVocabulary.Default;

    [Theory]
    [InlineData("returns", "退换货这一块我们暂时不考虑", "no")]
    [InlineData("returns", "returns, sadly we can't take them", "no")]
    [InlineData("returns", "taking returns is not something we do", "no")]
    [InlineData("returns", "买家退货我们得接受", "yes")]
    [InlineData("tracking", "要是能查到物流就最好了", "yes")]
    [InlineData("tracking", "a tracking code is a must for us", "yes")]
    [InlineData("tracking", "物流单号肯定得有", "yes")]
    [InlineData("tracking", "跟踪我们倒不需要", "no")]
    [InlineData("brand", "自己的品牌我们目前还没有", "no")]
    [InlineData("brand", "we never got round to a brand", "no")]
    [InlineData("brand", "品牌的话，我们还没注册", "no")]
    public void A_yes_or_no_about_the_topic_is_read_anywhere_in_its_clause(string slot, string text, string value) =>
        Assert.Equal(value, Vocabulary.ReadAnywhere(slot, text)?.Value);

    [Theory]
    [InlineData("tracking", "does tracking cost extra?")]
    [InlineData("tracking", "要不要跟踪啊")]
    [InlineData("returns", "退货率高不高")]
    [InlineData("returns", "we had lots of returns on ebay")]
    [InlineData("tracking", "not sure if tracking matters, 2 kg")]
    public void A_question_or_a_mention_without_a_yes_or_no_says_nothing(string slot, string text) =>
        Assert.Null(Vocabulary.ReadAnywhere(slot, text));

    [Theory]
    [InlineData("returns", "退货这方面我们做不了", "no")]
    [InlineData("returns", "returns? we just can't", "no")]
    public void At_its_own_question_too(string slot, string text, string value) =>
        Assert.Equal(value, Vocabulary.ReadAnswer(slot, text)?.Value);

    [Theory]
    [InlineData("zh-CN", "寄1公斤杯子到西班牙，货值150元", "要是能查到物流就最好了", "已记下：需要跟踪: 是")]
    [InlineData("zh-CN", "寄1公斤杯子到西班牙，货值150元", "退换货这一块我们暂时不考虑", "已记下：需要退货: 否")]
    [InlineData("en-US", "ship 1 kg of mugs to spain, 20 usd", "returns, sadly we can't take them", "Noted: Returns needed: no")]
    public async Task Said_at_the_size_question_it_is_noted_and_the_size_asked_again(string locale, string opening, string reply, string noted)
    {
        using var user = new GuideSession(locale);
        await user.SayAsync(opening);

        var turn = await user.SayAsync(reply);

        Assert.Contains(noted, turn.Text);
        Assert.Matches("outer dimensions|外箱尺寸", turn.Text);
        Assert.DoesNotMatch("didn't understand|没有理解|Best match|最匹配", turn.Text);
    }

    [Theory]
    [InlineData("zh-CN", new[] { "寄1公斤杯子到西班牙，货值150元，尺寸不知道，正常时效，要跟踪" }, "退货这一块我们就不弄了", "有电池或液体吗")]
    [InlineData("en-US", new[] { "ship 1 kg of mugs to spain, 20 usd, no dims, standard, tracked" }, "returns - we can't really offer those", "batteries or liquids?")]
    public async Task At_the_returns_question_it_answers_and_is_no_problem_report(string locale, string[] before, string reply, string next)
    {
        using var user = new GuideSession(locale);
        foreach (var message in before)
        {
            await user.SayAsync(message);
        }

        var turn = await user.SayAsync(reply);

        Assert.Contains(next, turn.Text);
        Assert.DoesNotMatch("didn't understand|没有理解|Best match|最匹配", turn.Text);
    }
}
