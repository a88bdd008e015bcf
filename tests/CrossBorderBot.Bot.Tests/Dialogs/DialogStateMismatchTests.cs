using CrossBorderBot.Dialogs;
using CrossBorderBot.Dialogs.Prompts;
using CrossBorderBot.Tests.TestUtilities;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;

namespace CrossBorderBot.Tests.Dialogs;

public class DialogStateMismatchTests
{
    [Fact]
    public async Task A_saved_dialog_id_that_no_longer_exists_is_reported_and_the_conversation_restarts()
    {
        var bot = new DialogTestBot("survey", set => set
            .Add(DialogTestSteps.Questions("survey", "text", "A?", "B?"))
            .Add(new TextPrompt("text")));
        await bot.Flow().Script("> hi", "A?").StartTestAsync();

        // The next deployment renamed the prompt.
        bot.AddDialogs = set => set
            .Add(DialogTestSteps.Questions("survey", "text-v2", "A?", "B?"))
            .Add(new TextPrompt("text-v2"));
        await bot.Flow().Script(
            "> a", "Sorry, I lost track of our conversation. Let's start again.", "A?",
            "> a", "B?").StartTestAsync();

        var mismatch = Assert.Single(bot.Mismatches);
        Assert.Equal("text", mismatch.DialogId);
        Assert.Null(mismatch.CurrentVersion);
        Assert.Contains("'text'", mismatch.Message);
    }

    [Fact]
    public async Task A_saved_version_different_from_the_running_dialog_is_reported()
    {
        var bot = new DialogTestBot("survey", set => set
            .Add(DialogTestSteps.Questions("survey", "text", "A?", "B?"))
            .Add(new TextPrompt("text")));
        await bot.Flow().Script("> hi", "A?").StartTestAsync();

        // The next deployment added a question: the saved step index may now point at the wrong one.
        bot.AddDialogs = set => set
            .Add(DialogTestSteps.Questions("survey", "text", "A?", "B?", "C?"))
            .Add(new TextPrompt("text"));
        await bot.Flow().Script("> a", "Sorry, I lost track of our conversation. Let's start again.", "A?").StartTestAsync();

        var mismatch = Assert.Single(bot.Mismatches);
        Assert.Equal(("survey", 3, 4), (mismatch.DialogId, mismatch.PersistedVersion, mismatch.CurrentVersion));
    }

    [Fact]
    public async Task ContinueDialogAsync_throws_before_running_any_dialog()
    {
        var bot = new DialogTestBot("survey", set => set
            .Add(DialogTestSteps.Questions("survey", "text", "A?"))
            .Add(new TextPrompt("text")));
        await bot.Flow().Script("> hi", "A?").StartTestAsync();

        var state = new ConversationState(bot.Storage);
        var dialogs = new DialogSet(state.CreateProperty<DialogState>("DialogState")).Add(new TextPrompt("text"));
        await new TestFlow(bot.Adapter, async (turn, ct) =>
        {
            var dc = await dialogs.CreateContextAsync(turn, ct);
            var error = await Assert.ThrowsAsync<DialogStateMismatchException>(() => dc.ContinueDialogAsync(ct));
            Assert.Equal("survey", error.DialogId);
            Assert.Equal(2, dc.Stack.Count);
        }).Send("a").StartTestAsync();
    }
}
