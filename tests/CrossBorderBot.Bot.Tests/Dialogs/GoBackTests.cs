using CrossBorderBot.Dialogs;
using CrossBorderBot.Dialogs.Prompts;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Dialogs;

public class GoBackTests
{
    private static WaterfallDialog Abc() => DialogTestSteps.Questions("abc", "text", "A?", "B?", "C?");

    [Fact]
    public async Task Back_at_C_asks_B_again_and_the_new_answer_replaces_the_old_one()
    {
        var bot = new DialogTestBot("abc", set => set.Add(Abc()).Add(new TextPrompt("text")));

        await bot.Flow().Script(
            "> hi", "A?",
            "> a", "B?",
            "> b", "C?",
            "> back", "B?",
            "> b2", "C?",
            "> c", "complete: a, b2, c").StartTestAsync();
    }

    [Fact]
    public async Task Back_twice_reaches_the_first_question_then_there_is_nothing_earlier()
    {
        var bot = new DialogTestBot("abc", set => set.Add(Abc()).Add(new TextPrompt("text")));

        await bot.Flow().Script(
            "> hi", "A?",
            "> a", "B?",
            "> b", "C?",
            "> back", "B?",
            "> back", "A?",
            "> back", "nothing to go back to",
            "> a2", "B?").StartTestAsync();
    }

    [Fact]
    public async Task Back_works_inside_a_component_and_skips_steps_that_asked_nothing()
    {
        var inner = new WaterfallDialog("inner",
        [
            (step, ct) => step.PromptAsync("text", PromptOptions.FromText("A?"), ct),
            (step, ct) =>
            {
                step.Values.Set("a", step.GetResult<string>());
                return step.NextAsync(null, ct);
            },
            (step, ct) => step.PromptAsync("number", PromptOptions.FromText("How many?"), ct),
            (step, ct) => step.EndDialogAsync($"{step.Values.Get<string>("a")} x{step.GetResult<decimal>()}", ct),
        ]);
        var bot = new DialogTestBot("component", set => set.Add(new ComponentDialog("component")
            .AddDialog(inner).AddDialog(new TextPrompt("text")).AddDialog(new NumberPrompt("number"))));

        await bot.Flow().Script(
            "> hi", "A?",
            "> apples", "How many?",
            "> back", "A?",
            "> pears", "How many?",
            "> 4", "complete: pears x4").StartTestAsync();
    }

    [Fact]
    public async Task Back_at_a_childs_first_question_returns_to_the_parents_previous_question()
    {
        var bot = new DialogTestBot("parent", set => set
            .Add(new WaterfallDialog("parent",
            [
                (step, ct) => step.PromptAsync("text", PromptOptions.FromText("Market?"), ct),
                (step, ct) => step.BeginDialogAsync("child", null, ct),
                (step, ct) => step.EndDialogAsync($"child said {step.Result}", ct),
            ]))
            .Add(DialogTestSteps.Questions("child", "text", "Weight?"))
            .Add(new TextPrompt("text")));

        await bot.Flow().Script(
            "> hi", "Market?",
            "> DE", "Weight?",
            "> back", "Market?",
            "> FR", "Weight?",
            "> 2 kg", "complete: child said 2 kg").StartTestAsync();
        Assert.Empty(bot.SavedStack());
    }
}
