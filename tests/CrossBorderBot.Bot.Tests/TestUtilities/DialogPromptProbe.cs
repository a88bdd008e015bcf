using CrossBorderBot.Dialogs;
using CrossBorderBot.Dialogs.Prompts;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>Asks one question with a prompt, gives one answer, and returns the bot's reply to it ("got: …" when accepted).</summary>
public static class DialogPromptProbe
{
    public const string Question = "Question?";

    /// <summary>What a prompt says first when it cannot use an answer and has no retry prompt of its own.</summary>
    public const string NotUnderstood = "Sorry, I didn't understand that answer.";

    public static Task<string> AnswerAsync(Dialog prompt, string answer, PromptOptions? options = null, string locale = "en-US") =>
        AnswerAsync(prompt, adapter => adapter.MakeActivity(answer), options, locale);

    public static async Task<string> AnswerAsync(Dialog prompt, Func<TestAdapter, IActivity> answer, PromptOptions? options = null, string locale = "en-US")
    {
        var bot = new DialogTestBot("ask", set => set
            .Add(DialogTestSteps.AskOnce("ask", prompt.Id, options ?? PromptOptions.FromText(Question)))
            .Add(prompt));
        bot.Adapter.Locale = locale;
        string? reply = null;
        await bot.Flow()
            .Send("hi").AssertReply(_ => { })
            .Send(answer(bot.Adapter)).AssertReply(activity => reply = ((IMessageActivity)activity).Text)
            .StartTestAsync();
        return reply!;
    }
}
