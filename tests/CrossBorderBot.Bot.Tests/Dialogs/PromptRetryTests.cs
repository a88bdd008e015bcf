using CrossBorderBot.Dialogs.Prompts;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Dialogs;

public class PromptRetryTests
{
    private static DialogTestBot CreateBot(PromptOptions options, PromptValidator<decimal>? validator = null) => new("ask", set => set
        .Add(DialogTestSteps.AskOnce("ask", "number", options))
        .Add(new NumberPrompt("number", validator)));

    [Fact]
    public async Task A_wrong_answer_gets_the_retry_message_then_a_right_one_is_accepted()
    {
        var bot = CreateBot(PromptOptions.FromText("How many parcels a month?", "Please type a number, like 200."));

        await bot.Flow().Script(
            "> hi", "How many parcels a month?",
            "> lots", "Please type a number, like 200.",
            "> 200", "got: 200", "complete: none").StartTestAsync();
    }

    [Fact]
    public async Task After_three_wrong_answers_it_says_how_to_leave_and_keeps_waiting_for_an_answer()
    {
        var bot = CreateBot(PromptOptions.FromText("How many?", "A number, please."));

        await bot.Flow().Script(
            "> hi", "How many?",
            "> lots", "A number, please.",
            "> many", "A number, please.",
            "> heaps", "We'll stay on this question; say \"cancel\" if you'd rather leave this guide.", "A number, please.",
            "> lots more", "A number, please.",
            "> 12", "got: 12", "complete: none").StartTestAsync();
    }

    [Fact]
    public async Task How_to_leave_is_said_in_Chinese_for_a_Chinese_user()
    {
        var bot = CreateBot(PromptOptions.FromText("每月发多少个包裹？", "请输入一个数字。"));
        bot.Adapter.Locale = "zh-CN";

        await bot.Flow().Script(
            "> 你好", "每月发多少个包裹？",
            "> 很多", "请输入一个数字。",
            "> 不知道", "请输入一个数字。",
            "> 很多很多", "我们先停在这个问题上；想离开这个向导请说“取消”。", "请输入一个数字。").StartTestAsync();
    }

    [Fact]
    public async Task The_validator_sees_the_value_and_the_attempt_count_and_its_own_reply_replaces_the_retry()
    {
        var seen = new List<string>();
        PromptValidator<decimal> positive = async (prompt, ct) =>
        {
            seen.Add($"{prompt.Value}@{prompt.AttemptCount}");
            if (prompt.Value > 0)
            {
                return true;
            }

            await prompt.Context.SendActivityAsync("It must be more than zero.", cancellationToken: ct);
            return false;
        };
        var bot = CreateBot(PromptOptions.FromText("How many?", "A number, please."), positive);

        await bot.Flow().Script(
            "> hi", "How many?",
            "> 0", "It must be more than zero.",
            "> none", "A number, please.",
            "> 5", "got: 5", "complete: none").StartTestAsync();
        Assert.Equal(["0@1", "5@3"], seen);
    }
}
