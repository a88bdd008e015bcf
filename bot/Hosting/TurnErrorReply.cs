using CrossBorderBot.Storage;
using Microsoft.Bot.Builder.TraceExtensions;

namespace CrossBorderBot.Hosting;

/// <summary>
/// What every adapter does when a turn throws: one log line with the conversation id and the exception, a polite
/// reply, and (on the Emulator only) a trace with the exception type for the developer. State is deliberately not
/// saved here: the turn's partial changes are dropped and the last saved dialog state stays in place. When the state
/// store is what failed (a database down or cut off, a locked file), the reply says so and asks the user to send the
/// message again shortly, and the log line names the store error without a stack trace: it is an outage, not a bug.
/// </summary>
public static partial class TurnErrorReply
{
    /// <summary>The adapter's <c>OnTurnError</c> handler: <see cref="SendAsync"/> with <paramref name="logger"/>.</summary>
    public static Func<ITurnContext, Exception, Task> Handler(ILogger logger) =>
        (turnContext, exception) => SendAsync(turnContext, exception, logger);

    public static async Task SendAsync(ITurnContext turnContext, Exception exception, ILogger logger)
    {
        var conversationId = turnContext.Activity?.Conversation?.Id ?? "(none)";
        var channelId = turnContext.Activity?.ChannelId ?? "(none)";
        var storeDown = StoreFailure.IsStoreUnavailable(exception);
        if (storeDown)
        {
            LogStoreUnavailable(logger, conversationId, channelId, StoreFailure.Describe(exception));
        }
        else
        {
            LogTurnFailed(logger, exception, conversationId, channelId);
        }

        try
        {
            var chinese = TurnLanguage.Of(turnContext.Activity).IsChinese;
            await turnContext.SendActivityAsync((storeDown, chinese) switch
            {
                (true, true) => "抱歉，我暂时无法读取对话记录，这一步没有完成。之前的进度不会丢失，请稍等一分钟后再发一次。",
                (true, false) => "Sorry, I can't reach my records right now, so I couldn't take that step. Nothing is lost: please send it again in a minute.",
                (false, true) => "抱歉，刚才出了点问题。您的进度已保存，请再发一次您的回答，或输入“帮助”。",
                (false, false) => "Sorry, something went wrong on my side. Your progress is kept: please send your answer again, or type \"help\".",
            });
            await turnContext.TraceActivityAsync("OnTurnError Trace", exception.GetType().FullName, "https://www.botframework.com/schemas/error", "TurnError");
        }
        catch (Exception sendFailure)
        {
            LogApologyFailed(logger, sendFailure, turnContext.Activity?.Conversation?.Id ?? "(none)");
        }
    }

    [LoggerMessage(EventId = LogEventIds.HostingTurnFailed, Level = LogLevel.Error, Message = "Turn failed in conversation {ConversationId} on channel {ChannelId}")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string conversationId, string channelId);

    [LoggerMessage(EventId = LogEventIds.HostingStoreUnavailable, Level = LogLevel.Error, Message = "State store unavailable during a turn in conversation {ConversationId} on channel {ChannelId} ({Reason}); asked the user to send again")]
    private static partial void LogStoreUnavailable(ILogger logger, string conversationId, string channelId, string reason);

    [LoggerMessage(EventId = LogEventIds.HostingApologyFailed, Level = LogLevel.Error, Message = "Could not send the error reply in conversation {ConversationId}")]
    private static partial void LogApologyFailed(ILogger logger, Exception exception, string conversationId);
}
