using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// A fact said again at another question ("no rush" when economy was already noted) is no wrong answer: the guide says
/// it has that already, in the turn's language, and asks its waiting question again — never "didn't understand".
/// </summary>
public sealed class RestatedFactTests
{
    [Theory]
    [InlineData("en-US", "700 g of scarves to belgium, value 25 eur, cheapest way please", "no rush at all", "I already have that: Economy (cheapest).", "outer dimensions")]
    [InlineData("zh-CN", "700克围巾寄比利时，货值25欧，找最便宜的", "慢慢来没关系", "这一点已经记下了：经济（最便宜）。", "外箱尺寸")]
    public async Task A_fact_said_again_is_acknowledged_and_the_question_asked_again(string locale, string opening, string again, string line, string question)
    {
        using var user = new GuideSession(locale);
        Assert.Contains(question, (await user.SayAsync(opening)).Question);
        var turn = await user.SayAsync(again);
        Assert.DoesNotMatch("didn't understand|没有理解|Please type", turn.Text);
        Assert.Contains(line, turn.Text);
        Assert.Contains(question, turn.Question);
    }

    [Fact]
    public async Task An_answer_the_waiting_question_takes_is_taken_even_beside_a_fact_said_again()
    {
        using var user = new GuideSession();
        await user.SayAsync("700 g of scarves to belgium, value 25 eur, cheapest way please");
        var turn = await user.SayAsync("30x20x5 cm");
        Assert.DoesNotContain("I already have that", turn.Text);
        Assert.DoesNotContain("outer dimensions", turn.Question);
    }
}
