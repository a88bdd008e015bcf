using CrossBorderBot.Hosting;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Channels.Slack;

/// <summary>
/// For Slack reached through Azure Bot Service (channel <c>slack</c> on <c>/api/messages</c>): Adaptive Cards arrive
/// there as an image, so a reply that carries cards and no Block Kit gets its cards rendered as
/// <c>channelData.blocks</c> (which the service forwards to Slack) and the cards removed. Replies from the reply
/// model already carry blocks and pass unchanged. A button click forwarded by the service in
/// <c>channelData.Payload</c> gets the clicked value as the activity's <c>value</c>, as with the native adapter.
/// </summary>
public sealed class SlackBotServiceMiddleware : IBotFrameworkChannelMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        if (turnContext.Activity.ChannelId != SlackActivityFactory.ChannelId)
        {
            await next(cancellationToken);
            return;
        }

        ApplyClickedValue(turnContext.Activity);
        turnContext.OnSendActivities(async (context, activities, nextSend) =>
        {
            foreach (var activity in activities.Where(activity => activity.Type == ActivityTypes.Message))
            {
                AddBlocks(activity);
            }

            return await nextSend();
        });
        await next(cancellationToken);
    }

    /// <summary>Puts Block Kit in <c>channelData.blocks</c> when the activity has cards but no blocks.</summary>
    public static void AddBlocks(Activity activity)
    {
        if (SlackMessageRenderer.BlocksFromChannelData(activity.ChannelData) is not null || !SlackCardFallback.Applies(activity))
        {
            return;
        }

        var blocks = SlackCardFallback.ToBlocks(activity);
        if (blocks.Count > BlockKitRenderer.MaxBlocksPerMessage)
        {
            // One activity is one Slack message here; keep the first 50 blocks rather than lose the whole reply.
            blocks = new JArray(blocks.Take(BlockKitRenderer.MaxBlocksPerMessage));
        }

        var channelData = activity.ChannelData as JObject ?? (activity.ChannelData is null ? new JObject() : JObject.FromObject(activity.ChannelData));
        channelData["blocks"] = blocks;
        activity.ChannelData = channelData;
        activity.Attachments = [.. (activity.Attachments ?? []).Where(attachment => attachment.ContentType != AdaptiveCardRenderer.ContentType && attachment.ContentType != HeroCard.ContentType)];
        activity.SuggestedActions = null;
        if (string.IsNullOrWhiteSpace(activity.Text))
        {
            activity.Text = SlackMessageRenderer.FallbackText(blocks);
        }
    }

    private static void ApplyClickedValue(Activity activity)
    {
        if (activity.Type != ActivityTypes.Message || activity.Value is not null || activity.ChannelData is not JObject channelData)
        {
            return;
        }

        var payload = (channelData["Payload"] ?? channelData["payload"]) switch
        {
            JObject json => json,
            JValue { Type: JTokenType.String } text when text.ToString().TrimStart().StartsWith('{') => JObject.Parse(text.ToString()),
            _ => null,
        };
        if (payload?.Value<string>("type") != "block_actions" || payload["actions"] is not JArray { Count: > 0 } actions)
        {
            return;
        }

        var action = actions[0];
        var value = action.Value<string>("type") == "static_select"
            ? action.SelectToken("selected_option.value")?.ToString()
            : action.Value<string>("value");
        SlackActivityFactory.ApplyChosenValue(activity, value);
    }
}
