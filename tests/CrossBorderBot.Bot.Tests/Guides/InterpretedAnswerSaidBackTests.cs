using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// The answer to the question asked is said back in one short line, in the turn's language, when the guide read it from
/// the user's own words rather than a choice as offered ("走快的吧" is "Fast (express)"); a choice picked as offered is
/// not repeated.
/// </summary>
public sealed class InterpretedAnswerSaidBackTests
{
    [Theory]
    [InlineData("en-US", "ship 2 kg of towels to italy, value 40 usd, 40x30x10 cm", "price matters more than speed", "Noted: Economy (cheapest).")]
    [InlineData("en-US", "ship 2 kg of towels to italy, value 40 usd, 40x30x10 cm", "something like dhl", "Noted: Fast (express).")]
    [InlineData("zh-CN", "寄2公斤毛巾到意大利，货值40美元，40x30x10厘米", "走快的吧", "已记下：快速（快递）。")]
    public async Task An_answer_read_from_own_words_is_said_back(string locale, string opening, string reply, string line)
    {
        using var user = new GuideSession(locale);
        Assert.Matches("How fast must it arrive|对时效有什么要求", (await user.SayAsync(opening)).Question);
        var turn = await user.SayAsync(reply);
        Assert.Contains(line, turn.Text);
        Assert.Matches("end-to-end tracking|全程物流跟踪", turn.Question);
    }

    [Theory]
    [InlineData("en-US", "ship 2 kg of towels to italy, value 40 usd, 40x30x10 cm", "standard")]
    [InlineData("zh-CN", "寄2公斤毛巾到意大利，货值40美元，40x30x10厘米", "2")]
    [InlineData("zh-CN", "寄2公斤毛巾到意大利，货值40美元，40x30x10厘米，标准时效", "要")]
    public async Task A_choice_picked_as_offered_is_not_repeated(string locale, string opening, string reply)
    {
        using var user = new GuideSession(locale);
        await user.SayAsync(opening);
        var turn = await user.SayAsync(reply);
        Assert.DoesNotMatch("Noted|已记下", turn.Text);
        Assert.Matches("end-to-end tracking|全程物流跟踪|return the goods|能够退货", turn.Question);
    }
}
