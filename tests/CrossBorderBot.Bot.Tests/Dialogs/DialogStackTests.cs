using CrossBorderBot.Dialogs;
using CrossBorderBot.Dialogs.Prompts;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Dialogs;

public class DialogStackTests
{
    [Fact]
    public async Task Begin_continue_and_end_return_the_result_to_the_caller()
    {
        var bot = new DialogTestBot("survey", set => set
            .Add(DialogTestSteps.Questions("survey", "text", "What do you sell?", "Where?"))
            .Add(new TextPrompt("text")));

        await bot.Flow().Script(
            "> hi", "What do you sell?",
            "> tea", "Where?",
            "> Germany", "complete: tea, Germany").StartTestAsync();

        Assert.Empty(bot.SavedStack());
    }

    [Fact]
    public async Task A_parent_resumes_with_its_childs_result()
    {
        var bot = new DialogTestBot("parent", set => set
            .Add(new WaterfallDialog("parent",
            [
                (step, ct) => step.BeginDialogAsync("child", null, ct),
                (step, ct) => step.EndDialogAsync($"parent got [{step.Result}]", ct),
            ]))
            .Add(DialogTestSteps.Questions("child", "text", "Name?"))
            .Add(new TextPrompt("text")));

        await bot.Flow().Script(
            "> hi", "Name?",
            "> Acme", "complete: parent got [Acme]").StartTestAsync();
    }

    [Fact]
    public async Task Replace_restarts_a_dialog_without_growing_the_stack()
    {
        var bot = new DialogTestBot("loop", set => set
            .Add(new WaterfallDialog("loop",
            [
                (step, ct) => step.PromptAsync("confirm", PromptOptions.FromText("Another parcel?"), ct),
                (step, ct) => step.GetResult<bool>()
                    ? step.ReplaceDialogAsync("loop", null, ct)
                    : step.EndDialogAsync("stopped", ct),
            ]))
            .Add(new ConfirmPrompt("confirm")));

        await bot.Flow().Script(
            "> hi", "Another parcel?",
            "> yes", "Another parcel?",
            "> yes", "Another parcel?").StartTestAsync();
        Assert.Equal(["loop", "confirm"], bot.LastDialogStack);

        await bot.Flow().Script("> no", "complete: stopped").StartTestAsync();
    }

    [Fact]
    public async Task Cancel_all_empties_the_whole_stack()
    {
        var bot = new DialogTestBot("parent", set => set
            .Add(new WaterfallDialog("parent",
            [
                (step, ct) => step.BeginDialogAsync("child", null, ct),
                (step, ct) => step.EndDialogAsync("parent should not resume", ct),
            ]))
            .Add(new WaterfallDialog("child",
            [
                (step, ct) => step.PromptAsync("text", PromptOptions.FromText("Type anything"), ct),
                (step, ct) => step.CancelAllDialogsAsync(ct),
            ]))
            .Add(new TextPrompt("text")));

        await bot.Flow().Script("> hi", "Type anything", "> stop", "cancelled").StartTestAsync();

        Assert.Empty(bot.SavedStack());
        Assert.Empty(bot.LastDialogStack);
    }

    [Fact]
    public async Task Going_back_with_no_earlier_question_changes_nothing()
    {
        var bot = new DialogTestBot("survey", set => set
            .Add(DialogTestSteps.Questions("survey", "text", "First?", "Second?"))
            .Add(new TextPrompt("text")));

        await bot.Flow().Script(
            "> hi", "First?",
            "> back", "nothing to go back to",
            "> one", "Second?").StartTestAsync();
    }
}
