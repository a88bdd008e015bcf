using Microsoft.Extensions.Options;

namespace CrossBorderBot.Safety;

/// <summary>
/// A per-user turn limit on every door: a user (channel + user id) who sends more messages in a minute than
/// <see cref="SafetyOptions.MaxTurnsPerUserPerMinute"/> gets one polite note and no further turns until the minute
/// is over, so a flood from one user costs little and other users are not slowed. Only messages are counted:
/// conversation updates and invokes (which Teams needs answered) pass.
/// </summary>
public sealed partial class TurnRateLimitMiddleware(IOptions<SafetyOptions> options, TimeProvider time, ILogger<TurnRateLimitMiddleware> logger) : Microsoft.Bot.Builder.IMiddleware
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private readonly KeyedRateLimiter _turns = new(options.Value.MaxTurnsPerUserPerMinute, Minute, time);
    private readonly KeyedRateLimiter _notices = new(1, Minute, time);

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity?.Type != ActivityTypes.Message || activity.From?.Id is not { Length: > 0 } userId)
        {
            await next(cancellationToken);
            return;
        }

        var key = (activity.ChannelId ?? string.Empty) + "/" + userId;
        if (_turns.TryAcquire(key, out var retryAfter))
        {
            await next(cancellationToken);
            return;
        }

        // One note per window: answering every message of a flood would be the flood's amplifier.
        if (_notices.TryAcquire(key, out _))
        {
            LogThrottled(logger, activity.ChannelId ?? "(none)", activity.Conversation?.Id ?? "(none)");
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            var chinese = TurnLanguage.Of(activity).IsChinese;
            await turnContext.SendActivityAsync(
                chinese
                    ? $"您的消息发得太快了，请等 {seconds} 秒后再发。"
                    : $"You are sending messages faster than I can answer. Please wait {seconds} seconds and send again.",
                cancellationToken: cancellationToken);
        }
    }

    [LoggerMessage(EventId = LogEventIds.SafetyThrottled, Level = LogLevel.Warning, Message = "Turn limit reached on channel {ChannelId} in conversation {ConversationId}; further messages this minute are not answered")]
    private static partial void LogThrottled(ILogger logger, string channelId, string conversationId);
}
