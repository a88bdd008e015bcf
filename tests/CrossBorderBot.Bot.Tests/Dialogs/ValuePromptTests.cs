using CrossBorderBot.Dialogs.Prompts;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Dialogs;

/// <summary>Which answers the text, number, confirm and quantity prompts accept, in English and Chinese.</summary>
public class ValuePromptTests
{
    [Theory]
    [InlineData("12", "got: 12")]
    [InlineData("twelve", "got: 12")]
    [InlineData("3.5", "got: 3.5")]
    [InlineData("about 40 pieces", "got: 40")]
    [InlineData("十二", "got: 12")]
    [InlineData("三点五", "got: 3.5")]
    [InlineData("１２", "got: 12")]
    [InlineData("no idea", DialogPromptProbe.NotUnderstood)]
    public async Task Number_prompt(string answer, string reply) =>
        Assert.Equal(reply, await DialogPromptProbe.AnswerAsync(new NumberPrompt("number"), answer));

    [Theory]
    [InlineData("yes", "got: yes")]
    [InlineData("Y", "got: yes")]
    [InlineData("yeah", "got: yes")]
    [InlineData("Sure!", "got: yes")]
    [InlineData("ok", "got: yes")]
    [InlineData("是", "got: yes")]
    [InlineData("是的", "got: yes")]
    [InlineData("好", "got: yes")]
    [InlineData("对", "got: yes")]
    [InlineData("可以", "got: yes")]
    [InlineData("有", "got: yes")]
    [InlineData("no", "got: no")]
    [InlineData("n", "got: no")]
    [InlineData("nope", "got: no")]
    [InlineData("No thanks", "got: no")]
    [InlineData("不", "got: no")]
    [InlineData("不是", "got: no")]
    [InlineData("否", "got: no")]
    [InlineData("没有", "got: no")]
    [InlineData("不要", "got: no")]
    [InlineData("maybe", DialogPromptProbe.NotUnderstood + " Please answer yes or no, for example \"yes\".")]
    public async Task Confirm_prompt(string answer, string reply) =>
        Assert.Equal(reply, await DialogPromptProbe.AnswerAsync(new ConfirmPrompt("confirm"), answer));

    [Theory]
    [InlineData("yes", "got: yes")]
    [InlineData("no", "got: no")]
    public async Task Confirm_prompt_accepts_its_card_buttons(string value, string reply) =>
        Assert.Equal(reply, await DialogPromptProbe.AnswerAsync(new ConfirmPrompt("confirm"), a => a.CardSubmit(value)));

    [Fact]
    public async Task Text_prompt_accepts_typed_text_and_a_card_submit_value()
    {
        Assert.Equal("got: Shenzhen Acme", await DialogPromptProbe.AnswerAsync(new TextPrompt("text"), "  Shenzhen Acme "));
        Assert.Equal("got: from card", await DialogPromptProbe.AnswerAsync(new TextPrompt("text"), a => a.CardSubmit("from card", "answer")));
    }

    [Theory]
    [InlineData("2.5 kg", "got: 2.5 kg")]
    [InlineData("800 g", "got: 0.8 kg")]
    [InlineData("3 lbs", "got: 1.3608 kg")]
    [InlineData("三公斤", "got: 3 kg")]
    [InlineData("heavy", DialogPromptProbe.NotUnderstood)]
    public async Task Weight_prompt(string answer, string reply) =>
        Assert.Equal(reply, await DialogPromptProbe.AnswerAsync(new WeightPrompt("weight"), answer));

    [Theory]
    [InlineData("$30", "got: 30 USD")]
    [InlineData("200元", "got: 200 CNY")]
    [InlineData("30 euros", "got: 30 EUR")]
    [InlineData("cheap", DialogPromptProbe.NotUnderstood)]
    public async Task Money_prompt(string answer, string reply) =>
        Assert.Equal(reply, await DialogPromptProbe.AnswerAsync(new MoneyPrompt("money"), answer));

}
