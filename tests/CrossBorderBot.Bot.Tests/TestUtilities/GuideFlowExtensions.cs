using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>Short steps for guide conversations: "the next reply shows these words", "answer these questions".</summary>
public static class GuideFlowExtensions
{
    /// <summary>The next reply shows every one of <paramref name="texts"/> (in its text, its card or its buttons).</summary>
    public static TestFlow AssertShows(this TestFlow flow, params string[] texts) =>
        flow.AssertReply(reply =>
        {
            var facts = BotReplies.Cards(reply).SelectMany(card => card.SelectTokens("$..facts[*]")).Select(fact => $"{fact["title"]} {fact["value"]}");
            var visible = string.Join("\n", [BotReplies.VisibleText(reply), .. BotReplies.ButtonTitles(reply), .. facts]);
            foreach (var text in texts)
            {
                Assert.Contains(text, visible);
            }
        });

    /// <summary>The next reply offers every one of <paramref name="titles"/> as buttons.</summary>
    public static TestFlow AssertButtons(this TestFlow flow, params string[] titles) =>
        flow.AssertReply(reply =>
        {
            var buttons = BotReplies.ButtonTitles(reply);
            foreach (var title in titles)
            {
                Assert.Contains(title, buttons);
            }
        });

    /// <summary>Sends each answer and expects one reply (the next question) after each.</summary>
    public static TestFlow AnswerEach(this TestFlow flow, IEnumerable<string> answers, Action<IActivity>? check = null) =>
        answers.Aggregate(flow, (current, answer) => current.Send(answer).AssertReply(check ?? (_ => { })));

    /// <summary>Runs <paramref name="check"/> once the steps before it have run (for example the card contract check).</summary>
    public static TestFlow Then(this TestFlow flow, Action check) =>
        new(async () =>
        {
            await flow.StartTestAsync();
            check();
        }, flow);
}
