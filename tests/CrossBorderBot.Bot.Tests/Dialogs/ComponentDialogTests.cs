using CrossBorderBot.Dialogs;
using CrossBorderBot.Dialogs.Prompts;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Dialogs;

public class ComponentDialogTests
{
    private static DialogTestBot CreateBot() => new("root", set => set
        .Add(new WaterfallDialog("root",
        [
            (step, ct) => step.BeginDialogAsync("profile", null, ct),
            (step, ct) => step.EndDialogAsync($"profile: {step.Result}", ct),
        ]))
        .Add(new ComponentDialog("profile")
            .AddDialog(DialogTestSteps.Questions("profile-questions", "text", "Company?", "Category?"))
            .AddDialog(new TextPrompt("text"))));

    [Fact]
    public async Task A_component_runs_its_inner_stack_across_turns_and_ends_with_its_result()
    {
        var bot = CreateBot();

        await bot.Flow().Script("> hi", "Company?").StartTestAsync();
        Assert.Equal(["root", "profile", "profile-questions", "text"], bot.LastDialogStack);
        Assert.Equal(2, bot.SavedStack().Count);

        await bot.Flow().Script(
            "> Acme", "Category?",
            "> toys", "complete: profile: Acme, toys").StartTestAsync();
        Assert.Empty(bot.LastDialogStack);
    }

    [Fact]
    public async Task Reprompting_repeats_the_question_waiting_inside_the_component()
    {
        await CreateBot().Flow().Script(
            "> hi", "Company?",
            "> again", "Company?",
            "> Acme", "Category?",
            "> again", "Category?").StartTestAsync();
    }

    [Fact]
    public async Task A_prompt_inside_a_component_never_gives_up_and_the_outer_dialogs_stay()
    {
        var bot = new DialogTestBot("root", set => set
            .Add(new WaterfallDialog("root",
            [
                (step, ct) => step.BeginDialogAsync("sizes", null, ct),
                (step, ct) => step.EndDialogAsync("root resumed", ct),
            ]))
            .Add(new ComponentDialog("sizes")
                .AddDialog(DialogTestSteps.AskOnce("ask", "number", PromptOptions.FromText("How many?")))
                .AddDialog(new NumberPrompt("number"))));

        await bot.Flow().Script(
            "> hi", "How many?",
            "> lots", DialogPromptProbe.NotUnderstood, "How many?",
            "> many", DialogPromptProbe.NotUnderstood, "How many?",
            "> heaps", "We'll stay on this question; say \"cancel\" if you'd rather leave this guide.", DialogPromptProbe.NotUnderstood, "How many?").StartTestAsync();

        Assert.Equal(["root", "sizes"], bot.SavedStack().Select(instance => instance["id"]!.ToString()));
    }
}
