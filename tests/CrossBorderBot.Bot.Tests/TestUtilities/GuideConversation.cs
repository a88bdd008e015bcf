using CrossBorderBot.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>
/// One user's conversation with the real bot for guide tests: a <see cref="TestAdapter"/> on a channel, with every
/// card it receives collected for <see cref="CardCollectingMiddleware.AssertAllValid"/>, and the last reply kept so a
/// test can click a button or fill in a form it showed.
/// </summary>
public sealed class GuideConversation
{
    public GuideConversation(BotTestHost host, string channelId = "test", string locale = "en-US", string conversationId = "guide-1")
    {
        Bot = host.Bot;
        Adapter = new TestAdapter(
            new ConversationReference
            {
                ChannelId = channelId,
                ServiceUrl = "https://test.com",
                User = new ChannelAccount("user1", "User1"),
                Bot = new ChannelAccount("bot", "Bot"),
                Conversation = new ConversationAccount(false, "convo", conversationId),
                Locale = locale,
            },
            sendTraceActivity: false)
        {
            Locale = locale,
        };
        Adapter.OnTurnError = (context, exception) => TurnErrorReply.SendAsync(context, exception, NullLogger.Instance);
        Adapter.Use(Cards);
        Adapter.Use(new LastReplyMiddleware(this));
    }

    public IBot Bot { get; }

    public TestAdapter Adapter { get; }

    public CardCollectingMiddleware Cards { get; } = new();

    /// <summary>The last message that carried a card (a question with buttons, a form).</summary>
    public IActivity? LastCard { get; private set; }

    public TestFlow Flow() => new(Adapter, Bot);

    /// <summary>Sends what Web Chat and Teams send for a card submit: no text, the data as the value.</summary>
    public TestFlow Submit(TestFlow flow, Func<JObject> value) =>
        new(async () =>
        {
            await flow.StartTestAsync();
            var submit = Adapter.MakeActivity();
            submit.Text = null;
            submit.Value = value();
            await Adapter.ProcessActivityAsync(submit, Bot.OnTurnAsync, CancellationToken.None);
        }, flow);

    /// <summary>The data of the button titled <paramref name="title"/> on the last card, with form inputs filled in.</summary>
    public JObject ButtonData(string title, IReadOnlyDictionary<string, string>? inputs = null)
    {
        var data = (JObject)BotReplies.ButtonData(LastCard ?? throw new InvalidOperationException("No card was shown."), title).DeepClone();
        foreach (var (id, value) in inputs ?? new Dictionary<string, string>())
        {
            data[id] = value;
        }

        return data;
    }

    private sealed class LastReplyMiddleware(GuideConversation conversation) : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
        {
            turnContext.OnSendActivities(async (_, activities, nextSend) =>
            {
                foreach (var activity in activities.Where(a => a.Attachments?.Count > 0))
                {
                    conversation.LastCard = activity;
                }

                return await nextSend().ConfigureAwait(false);
            });
            await next(cancellationToken).ConfigureAwait(false);
        }
    }
}
