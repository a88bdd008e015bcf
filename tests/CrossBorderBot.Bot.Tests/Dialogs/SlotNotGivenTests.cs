using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Dialogs;

/// <summary>
/// "I can't give you that" at a question that can go without its answer: a negation of having, knowing or measuring
/// the thing asked ("can't measure it today", "箱子还没到手"), a dismissal of the question ("forget the size", "尺寸不用管")
/// or a don't-know with the subject, an adverb or a closing particle around it ("尺寸他们也说不准呢") skips the question
/// or takes its default (said as assumed), at every question that has one — never "didn't understand" and never the
/// same question again.
/// </summary>
public sealed class SlotNotGivenTests
{
    private static readonly SlotVocabulary Vocabulary = SlotVocabulary.Default;

    [Theory]
    [InlineData("can't measure it today")]
    [InlineData("haven't boxed it up yet")]
    [InlineData("we dont have those numbers")]
    [InlineData("forget the size")]
    [InlineData("没办法量")]
    [InlineData("箱子还没到手")]
    [InlineData("尺寸不用管")]
    public void Saying_the_size_cannot_be_given_skips_it(string text) =>
        Assert.Equal("skip", Vocabulary.ReadAnswer("size", text)?.Value);

    [Theory]
    [InlineData("size", "尺寸他们也说不准呢")]
    [InlineData("value", "这个我们暂时还不清楚呢")]
    [InlineData("markets", "市场我们也没想好啊")]
    public void A_dont_know_with_the_subject_adverbs_or_a_closing_particle_around_it_is_a_dont_know(string slot, string text) =>
        Assert.True(Vocabulary.IsUnknown(text, slot), $"'{text}' not read as a don't-know at the {slot} question");

    [Theory]
    [InlineData("value", "haven't worked out the price")]
    [InlineData("value", "价格还没算出来")]
    [InlineData("markets", "还没选定国家")]
    [InlineData("markets", "no country picked so far")]
    [InlineData("budget", "no figure for that yet")]
    [InlineData("budget", "预算我们暂时也定不了")]
    public void A_negation_at_a_question_with_a_default_takes_the_default(string slot, string text)
    {
        var reading = Vocabulary.ReadAnswer(slot, text);
        Assert.NotNull(reading);
        Assert.True(reading.IsDefault, $"{slot}: '{text}' read as {reading.Value}, not as the default");
        Assert.Equal(Vocabulary.DefaultOf(slot), reading.Value);
    }

    [Theory]
    [InlineData("brand", "haven't got one yet", "no")]
    [InlineData("tracking", "no we don't", "no")]
    public void At_a_yes_no_question_a_negation_is_still_no_and_not_the_default(string slot, string text, string value)
    {
        var reading = Vocabulary.ReadAnswer(slot, text);
        Assert.Equal(value, reading?.Value);
        Assert.False(reading!.IsDefault);
    }

    [Theory]
    [InlineData("en-US", "ship 1 kg of mugs to spain, 20 usd", "no way to measure it at the moment", "How fast must it arrive")]
    [InlineData("zh-CN", "寄1公斤杯子到西班牙，货值150元", "箱子还没拿到，量不了", "对时效有什么要求")]
    [InlineData("en-US", "send 2 kg of lamps to italy, box 30x30x30", "we haven't set a price for them yet", "How fast must it arrive")]
    [InlineData("zh-CN", "寄2公斤台灯去意大利，箱子30x30x30", "价格还没算好", "对时效有什么要求")]
    public async Task The_logistics_guide_goes_on_after_an_answer_that_cannot_be_given(string locale, string opening, string reply, string next)
    {
        using var user = new GuideSession(locale);
        await user.SayAsync(opening);

        var turn = await user.SayAsync(reply);

        Assert.Contains(next, turn.Text);
        Assert.DoesNotMatch("didn't understand|没有理解|Please type three sizes|请输入三个尺寸|Please give an amount|请输入带币种", turn.Text);
    }

    [Theory]
    [InlineData("en-US", "which platform should we use", "b2c", "no country picked so far", "What do you sell")]
    [InlineData("zh-CN", "推荐个跨境平台", "B2C", "国家还没选定", "您卖什么产品")]
    public async Task The_platform_guide_goes_on_when_no_market_is_chosen_yet(string locale, string opening, string model, string reply, string next)
    {
        using var user = new GuideSession(locale);
        await user.SayAsync(opening);
        await user.SayAsync(model);

        var turn = await user.SayAsync(reply);

        Assert.DoesNotMatch("didn't recognise that market|没有识别出这个市场|didn't understand|没有理解", turn.Text);
        Assert.Contains(next, turn.Text);
    }
}
