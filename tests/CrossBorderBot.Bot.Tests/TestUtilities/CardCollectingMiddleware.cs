using System.Collections.Concurrent;
using CrossBorderBot.Language;
using CrossBorderBot.Replies;
using CrossBorderBot.Tests.Replies.JObjectCardReference;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>
/// Records every Adaptive Card and every Slack Block Kit message the bot sends or updates during a test, so a guide
/// test can end with <see cref="AssertAllValid"/>. Add it with <c>adapter.Use(new CardCollectingMiddleware())</c>.
/// Every card rendered from a reply is also rendered by the <c>JObject</c> renderer of earlier versions
/// (<see cref="JObjectCardRenderer"/>): its bytes must be the same, or <see cref="AssertAllValid"/> fails.
/// </summary>
public sealed class CardCollectingMiddleware : IMiddleware
{
    private const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    private readonly ConcurrentQueue<JObject> _cards = new();
    private readonly ConcurrentQueue<JArray> _blockKitMessages = new();
    private readonly ConcurrentQueue<string> _differentFromReference = new();
    private int _comparedWithReference;

    /// <summary>How many cards were compared byte for byte with the reference renderer's.</summary>
    public int ComparedWithReference => _comparedWithReference;

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
                CompareWithReference(turnContext, activity);
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
            .Concat(_differentFromReference)
            .ToList();
        if (problems.Count > 0)
        {
            Assert.Fail("Cards sent during the test break their contract:\n- " + string.Join("\n- ", problems));
        }
    }

    /// <summary>A card rendered from a reply, against the reference rendering of the same reply, language and inputs.</summary>
    private void CompareWithReference(ITurnContext turnContext, Activity activity)
    {
        if (RenderedReplies.Of(activity) is not { } reply)
        {
            return;
        }

        foreach (var attachment in activity.Attachments ?? [])
        {
            if (attachment.Content is AdaptiveCardJson card)
            {
                var language = activity.Locale is null ? TurnLanguage.Of(turnContext) : TurnLanguage.Of(activity);
                var inputs = ReplyChannels.SupportsForms(turnContext.Activity.ChannelId);
                string expected;
                try
                {
                    expected = JObjectCardRenderer.Render(reply, language, inputs).ToString(Newtonsoft.Json.Formatting.None);
                }
                catch (Exception exception)
                {
                    // Recorded, not thrown: a throwing send handler would turn the bot's reply into its error message.
                    _differentFromReference.Enqueue("the reference renderer failed on a card the bot sent: " + exception);
                    continue;
                }

                Interlocked.Increment(ref _comparedWithReference);
                if (expected != card.ToString())
                {
                    _differentFromReference.Enqueue($"card differs from the reference rendering:\n  expected {expected}\n  actual   {card}");
                }
            }
        }
    }

    private void Record(Activity activity)
    {
        foreach (var attachment in activity.Attachments ?? [])
        {
            if (attachment.ContentType == AdaptiveCardContentType && attachment.Content is not null)
            {
                _cards.Enqueue(CardTrees.Of(attachment.Content));
            }
        }

        var channelData = activity.ChannelData is null ? null : activity.ChannelData as JObject ?? JObject.FromObject(activity.ChannelData);
        if (channelData?["blocks"] is JArray blocks)
        {
            _blockKitMessages.Enqueue(blocks);
        }
    }
}
