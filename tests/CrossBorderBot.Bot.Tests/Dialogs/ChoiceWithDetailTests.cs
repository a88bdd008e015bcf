using CrossBorderBot.Dialogs.Prompts;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Dialogs;

/// <summary>
/// A reply that opens with a choice and goes on with detail takes the choice and keeps the detail
/// (<see cref="ChoiceWithDetail"/>); a reply with no choice can be read by the guide's own detail reader.
/// </summary>
public sealed class ChoiceWithDetailTests
{
    private static readonly List<Choice> Steps =
    [
        new("next", "Done, next", ["done", "next", "ok", "已经做了", "完成"]),
        new("detail", "More detail", ["more", "详细"]),
        new("not_helped", "That didn't help", ["didn't help", "没用"]),
    ];

    private static readonly List<Choice> Confirm =
    [
        new("best", "Yes, show me the steps", ["yes", "对", "是"]),
        new("none", "None of these", ["no", "不是"]),
    ];

    [Theory]
    [InlineData("done that already, we mailed the invoice", "next", "that already, we mailed the invoice")]
    [InlineData("didn't help - the carrier never answered", "not_helped", "the carrier never answered")]
    [InlineData("这个已经做了，昨天就发了邮件", "next", "昨天就发了邮件")]
    [InlineData("完成。下一步吧", "next", "下一步吧")]
    public void A_step_answer_with_detail_takes_the_choice(string reply, string value, string detail)
    {
        var found = ChoiceWithDetail.Leading(reply, Steps);
        Assert.NotNull(found);
        Assert.Equal(value, found.Value);
        Assert.Equal(detail, found.Detail);
    }

    [Theory]
    [InlineData("yes exactly, the tracking stopped in Guangzhou", "best")]
    [InlineData("对对，物流一直没更新", "best")]
    [InlineData("no — customs in Rotterdam are holding it", "none")]
    [InlineData("不是，是被海关扣了", "none")]
    public void A_confirmation_with_detail_takes_the_yes_or_the_no(string reply, string value) =>
        Assert.Equal(value, ChoiceWithDetail.Leading(reply, Confirm)?.Value);

    [Theory]
    [InlineData("yes")]
    [InlineData("nothing like that")]
    [InlineData("是被海关扣了")]
    [InlineData("yesterday it arrived broken")]
    [InlineData("donestuff happened")]
    public void A_reply_that_does_not_open_with_a_choice_standing_alone_is_none(string reply) =>
        Assert.Null(ChoiceWithDetail.Leading(reply, Confirm.Concat(Steps).ToList()));

    [Fact]
    public void Two_choices_opening_the_reply_equally_is_no_answer()
    {
        List<Choice> both = [new("a", "A", ["ok"]), new("b", "B", ["ok"])];
        Assert.Null(ChoiceWithDetail.Leading("ok, and then?", both));
    }

    [Fact]
    public async Task The_choice_prompt_takes_a_choice_said_with_detail()
    {
        var options = PromptOptions.FromText("Is this your problem?", choices: Confirm);
        Assert.Equal("got: best #1", await DialogPromptProbe.AnswerAsync(new ChoicePrompt("choice"), "yes exactly, it never left the depot", options));
    }

    [Fact]
    public async Task The_choice_prompt_hands_free_detail_to_the_guides_reader()
    {
        var options = PromptOptions.FromText("Is this your problem?", choices: Confirm);
        var prompt = new ChoicePrompt("choice", readDetail: (_, answer, choices) => answer.Contains("customs", StringComparison.Ordinal) ? new FoundChoice("refine", choices.Count, answer, answer) : null);
        Assert.Equal("got: refine #3", await DialogPromptProbe.AnswerAsync(prompt, "customs want a commercial invoice", options));
        Assert.StartsWith(DialogPromptProbe.NotUnderstood, await DialogPromptProbe.AnswerAsync(prompt, "the weather is nice", options));
    }
}
