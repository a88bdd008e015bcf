using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace CrossBorderBot.Tests.TestUtilities;

public static class BotTestFlowExtensions
{
    /// <summary>
    /// Clicks a button of a card received earlier in the flow, sending exactly what Web Chat and Teams send for an
    /// <c>Action.Submit</c>: no text, the button's data as the activity's value. The card is read when the step runs.
    /// </summary>
    public static TestFlow Click(this TestFlow flow, TestAdapter adapter, IBot bot, Func<IActivity> card, string buttonTitle) =>
        new(async () =>
        {
            await flow.StartTestAsync();
            var click = adapter.MakeActivity();
            click.Text = null;
            click.Value = BotReplies.ButtonData(card(), buttonTitle);
            await adapter.ProcessActivityAsync(click, bot.OnTurnAsync, CancellationToken.None);
        }, flow);
}
