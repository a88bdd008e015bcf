using System.Collections.Concurrent;
using CrossBorderBot.Replies;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>
/// An <see cref="IBot"/> that records the activities it receives and answers each with a fixed reply (by default
/// "ok"), for tests of what the Slack adapter hands the bot and how it posts a given reply.
/// </summary>
public sealed class SlackRecordingBot(Func<ITurnContext, Reply>? answer = null) : IBot
{
    public ConcurrentQueue<Activity> Received { get; } = new();

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        Received.Enqueue(turnContext.Activity);
        var reply = answer?.Invoke(turnContext) ?? Reply.Text("ok");
        await turnContext.SendActivitiesAsync([.. ReplyActivityFactory.CreateAll(turnContext, reply)], cancellationToken);
    }
}
