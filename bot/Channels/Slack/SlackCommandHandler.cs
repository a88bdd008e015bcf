using Microsoft.Extensions.Primitives;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Channels.Slack;

/// <summary>
/// Slash command requests: answered at once with an ephemeral acknowledgement (Slack shows an error after 3 s), the
/// conversation itself then runs in the background and replies with <c>chat.postMessage</c>. In a direct message the
/// conversation is the DM; in a channel the bot first posts a short visible line and holds the conversation in its
/// thread, where the user can answer by typing or clicking.
/// </summary>
public sealed class SlackCommandHandler(SlackTurnQueue queue, SlackAdapter adapter, SlackApiClient api, SlackBotIdentity identity)
{
    public (SlackRequestOutcome Outcome, string Acknowledgement) Handle(IReadOnlyDictionary<string, StringValues> form)
    {
        string Field(string name) => form.TryGetValue(name, out var value) ? value.ToString() : string.Empty;

        var teamId = Field("team_id");
        var channel = Field("channel_id");
        var userId = Field("user_id");
        if (teamId.Length == 0 || channel.Length == 0 || userId.Length == 0)
        {
            return (SlackRequestOutcome.Malformed, string.Empty);
        }

        var command = SlackSlashCommand.Parse(Field("text"));
        if (command.UserText is null)
        {
            return (SlackRequestOutcome.Ignored, command.Acknowledgement);
        }

        var channelData = new JObject();
        foreach (var (name, value) in form)
        {
            if (name != "token")
            {
                channelData[name] = value.ToString();
            }
        }

        var isDirect = SlackActivityFactory.ConversationTypeOf(channel) == "im" || Field("channel_name") == "directmessage";
        var queueKey = isDirect ? new SlackConversationId(teamId, channel, null).ToString() : $"{teamId}:{channel}:command:{Field("trigger_id")}";
        var queued = queue.TryEnqueue(queueKey, async cancellationToken =>
        {
            var conversation = new SlackConversationId(teamId, channel, null);
            if (!isDirect)
            {
                var opening = await api.PostMessageAsync(
                    new SlackOutgoingMessage(channel, $"<@{userId}> used `{SlackMrkdwn.Escape(Field("command") is { Length: > 0 } name ? name : SlackSlashCommand.Name)} {SlackMrkdwn.Escape(Field("text").Trim())}`", null, null),
                    cancellationToken);
                if (!opening.Ok || opening.Ts is null)
                {
                    // Typically not_in_channel: the client has logged it, and there is nowhere to talk.
                    return;
                }

                conversation = conversation with { ThreadTs = opening.Ts };
            }

            var activity = SlackActivityFactory.Message(
                conversation,
                userId,
                await identity.GetAsync(teamId, cancellationToken),
                command.UserText,
                ts: null,
                SlackActivityFactory.ConversationTypeOf(channel),
                channelData);
            await adapter.ProcessActivityAsync(activity, cancellationToken);
        });

        return queued
            ? (SlackRequestOutcome.Accepted, command.Acknowledgement)
            : (SlackRequestOutcome.Busy, "I am busy right now; please try again in a minute.");
    }
}
