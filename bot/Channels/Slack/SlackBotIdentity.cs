using System.Collections.Concurrent;

namespace CrossBorderBot.Channels.Slack;

/// <summary>
/// The bot's own Slack user id per workspace: learnt from the <c>authorizations</c> of incoming events, or asked
/// once with <c>auth.test</c> (slash commands and clicks do not carry it). Needed to strip mentions of the bot and to
/// set the activity's recipient.
/// </summary>
public sealed class SlackBotIdentity(SlackApiClient api)
{
    private readonly ConcurrentDictionary<string, string> _botUserIds = new(StringComparer.Ordinal);

    public void Remember(string teamId, string botUserId) => _botUserIds[teamId] = botUserId;

    public string? Known(string teamId) => _botUserIds.GetValueOrDefault(teamId);

    public async Task<string?> GetAsync(string teamId, CancellationToken cancellationToken)
    {
        if (Known(teamId) is { } known)
        {
            return known;
        }

        var result = await api.AuthTestAsync(cancellationToken);
        if (result.Ok && result.Body.Value<string>("user_id") is { Length: > 0 } userId)
        {
            Remember(result.Body.Value<string>("team_id") ?? teamId, userId);
            return userId;
        }

        return null;
    }
}
