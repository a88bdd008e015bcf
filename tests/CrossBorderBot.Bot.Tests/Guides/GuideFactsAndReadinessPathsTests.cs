using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// What a guide takes from what was said before, and the ways through the readiness check people ask for: a fact carries
/// into a later guide only where it means the same there (the market and the goods; never a monthly budget as a parcel's
/// value); the customer said by people nouns no list has ("mostly hikers and campers", "卖给喜欢露营的人"); under the
/// readiness form, one question at a time asked for in other words ("this form is too long, just ask the questions one
/// after another", "表格太长了，你一条条问吧"); one at a time, an answer about another question fills that one and is never
/// asked again; and "that's enough questions, show me the score" gives the result from the answers given, saying that
/// the questions left out are not scored.
/// </summary>
public sealed class GuideFactsAndReadinessPathsTests
{
    private static readonly SlotVocabulary Vocabulary = SlotVocabulary.Default;

    [Theory]
    [InlineData("en-US", "which marketplace for womens dresses in the uk, budget 2000 usd a month, selling to consumers", "some experience on ebay", "yes, own brand", "Logistics for this", "2,?000")]
    [InlineData("zh-CN", "想在美国卖瑜伽服，卖给个人，预算每月三千美金，选哪个平台", "没做过", "没品牌", "为此选择物流", "3,?000")]
    public async Task A_platform_budget_never_becomes_the_parcels_value(string locale, string opening, string experience, string brand, string followUp, string budget)
    {
        using var user = new GuideSession(locale);
        await user.SayAsync(opening);
        await user.SayAsync(experience);
        Assert.Matches("Platforms that fit you|适合您的平台", (await user.SayAsync(brand)).Text);

        var logistics = await user.ClickAsync(followUp);

        Assert.DoesNotMatch(budget, logistics.Text);
        Assert.Matches("United Kingdom|美国", logistics.Text);
    }

    [Theory]
    [InlineData("mostly hikers and campers")]
    [InlineData("just regular drivers obv")]
    [InlineData("regular gym-goers, selling direct")]
    [InlineData("young mums and dog walkers")]
    public void Buyers_named_by_people_nouns_are_consumers(string reply) =>
        Assert.Equal("B2C", Vocabulary.ReadAnswer("model", reply)?.Value ?? Vocabulary.Buyers.SideOf(reply, atItsQuestion: true));

    [Theory]
    [InlineData("mostly retailers and wholesalers")]
    [InlineData("building contractors")]
    public void Business_buyers_stay_businesses(string reply) =>
        Assert.Equal("B2B", Vocabulary.ReadAnswer("model", reply)?.Value ?? Vocabulary.Buyers.SideOf(reply, atItsQuestion: true));

    [Fact]
    public void Buyers_who_like_something_are_consumers_after_a_word_of_selling() =>
        Assert.Equal("B2C", Vocabulary.Buyers.SideOf("卖给喜欢露营的人", atItsQuestion: false));

    [Theory]
    [InlineData("en-US", "can you assess our export readiness? we sell handmade soap, budget 5k rmb a month, 2 people", "this form is too long for me, just ask the questions one after another")]
    [InlineData("en-US", "can you assess our export readiness? we sell handmade soap, budget 5k rmb a month, 2 people", "could you ask me each question on its own rather than this form?")]
    [InlineData("zh-CN", "帮我们做个出海准备度评估，做香薰，三个人，每月预算一万", "表格太长了，你一条条问吧")]
    [InlineData("zh-CN", "帮我们做个出海准备度评估，做香薰，三个人，每月预算一万", "表格填起来太麻烦，你挨个问我行不行？")]
    public async Task One_question_at_a_time_asked_for_in_other_words_under_the_form(string locale, string opening, string ask)
    {
        using var user = new GuideSession(locale, "webchat");
        await user.SayAsync(opening);

        var turn = await user.SayAsync(ask);

        Assert.Matches("How different are your products|产品与其他卖家相比有多大差异", turn.Text);
        Assert.DoesNotMatch("don't know that yet|还不知道答案", turn.Text);
    }

    [Theory]
    [InlineData("en-US", "how ready are we to export? we sell kids' raincoats, 2 people, budget 6k rmb a month, no online experience", "yes we have CE and FCC for some models", "pretty standard designs", "random checks on each batch")]
    [InlineData("zh-CN", "想评估下出海准备度，我们做儿童水杯，两个人，预算每月八千，没做过网店", "我们所有产品都有FDA和LFGB认证", "外观是自己设计的", "每批都送第三方检测")]
    public async Task An_answer_about_another_question_fills_that_one_and_it_is_never_asked(string locale, string opening, string other, string differentiation, string quality)
    {
        using var user = new GuideSession(locale);
        await user.SayAsync(opening);

        var turn = await user.SayAsync(other);
        Assert.Matches("Compliance|合规", turn.Text);
        Assert.Matches("How different are your products|产品与其他卖家相比有多大差异", turn.Text);

        await user.SayAsync(differentiation);
        var next = await user.SayAsync(quality);
        Assert.DoesNotMatch("certifications your target markets require|要求的认证", next.Text);
        Assert.Matches("IOSS and EPR|IOSS 和 EPR", next.Text);
    }

    [Theory]
    [InlineData("en-US", "how ready are we to export? we sell kids' raincoats, 2 people, budget 6k rmb a month, no online experience", "pretty standard designs", "that's enough questions, just show me the score")]
    [InlineData("en-US", "how ready are we to export? we sell kids' raincoats, 2 people, budget 6k rmb a month, no online experience", "pretty standard designs", "skip the rest, show me the result")]
    [InlineData("zh-CN", "想评估下出海准备度，我们做儿童水杯，两个人，预算每月八千，没做过网店", "外观是自己设计的", "后面的不问了，直接给我结果吧")]
    public async Task An_early_result_scores_the_answers_given_and_says_the_rest_is_not_scored(string locale, string opening, string answer, string enough)
    {
        using var user = new GuideSession(locale);
        await user.SayAsync(opening);
        await user.SayAsync(answer);

        var turn = await user.SayAsync(enough);

        Assert.Matches("Readiness: |准备度：", turn.Text);
        Assert.Matches("(?i)not scored|不计分", turn.Text);
        Assert.DoesNotMatch("didn't understand|没有理解", turn.Text);
    }
}
