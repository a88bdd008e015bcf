using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>
/// Records every Adaptive Card and every Slack Block Kit message the bot sends or updates during a test, so a guide
/// test can end with <see cref="AssertAllValid"/>. Add it with <c>adapter.Use(new CardCollectingMiddleware())</c>.
/// </summary>
public sealed class CardCollectingMiddleware : IMiddleware
{
    private const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    private readonly ConcurrentQueue<JObject> _cards = new();
    private readonly ConcurrentQueue<JArray> _blockKitMessages = new();

    /// <summary>The Adaptive Cards sent so far, in order.</summary>
    public IReadOnlyList<JObject> Cards => [.. _cards];

    /// <summary>The <c>channelData.blocks</c> of the Slack messages sent so far, in order.</summary>
    public IReadOnlyList<JArray> BlockKitMessages => [.. _blockKitMessages];

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        turnContext.OnSendActivities(async (_, activities, nextSend) =>
        {
            foreach (var activity in activities)
            {
                Record(activity);
            }

            return await nextSend().ConfigureAwait(false);
        });
        turnContext.OnUpdateActivity(async (_, activity, nextUpdate) =>
        {
            Record(activity);
            return await nextUpdate().ConfigureAwait(false);
        });
        await next(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Fails the test if any card or Block Kit message broke its contract (listing them all).</summary>
    public void AssertAllValid()
    {
        var problems = Cards
            .SelectMany((card, index) => CardContractChecker.Check(card).Select(problem => $"card {index + 1}: {problem}"))
            .Concat(BlockKitMessages.SelectMany((blocks, index) => CardBlockKitChecker.Check(blocks).Select(problem => $"Slack message {index + 1}: {problem}")))
            .ToList();
        if (problems.Count > 0)
        {
            Assert.Fail("Cards sent during the test break their contract:\n- " + string.Join("\n- ", problems));
        }
    }

    private void Record(Activity activity)
    {
        foreach (var attachment in activity.Attachments ?? [])
        {
            if (attachment.ContentType == AdaptiveCardContentType && attachment.Content is not null)
            {
                _cards.Enqueue(attachment.Content as JObject ?? JObject.FromObject(attachment.Content));
            }
        }

        var channelData = activity.ChannelData is null ? null : activity.ChannelData as JObject ?? JObject.FromObject(activity.ChannelData);
        if (channelData?["blocks"] is JArray blocks)
        {
            _blockKitMessages.Enqueue(blocks);
        }
    }
}
