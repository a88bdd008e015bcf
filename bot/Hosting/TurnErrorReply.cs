using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.TraceExtensions;
using Microsoft.Bot.Schema;

namespace CrossBorderBot.Hosting;

/// <summary>
/// What every adapter does when a turn throws: one log line with the conversation id and the exception, a polite
/// reply, and (on the Emulator only) a trace with the exception type for the developer. State is deliberately not
/// saved here: the turn's partial changes are dropped and the last saved dialog state stays in place.
/// </summary>
public static partial class TurnErrorReply
{
    public static async Task SendAsync(ITurnContext turnContext, Exception exception, ILogger logger)
    {
        LogTurnFailed(logger, exception, turnContext.Activity?.Conversation?.Id ?? "(none)", turnContext.Activity?.ChannelId ?? "(none)");
        try
        {
            var chinese = turnContext.Activity?.Locale?.StartsWith("zh", StringComparison.OrdinalIgnoreCase) == true;
            await turnContext.SendActivityAsync(chinese
                ? "抱歉，刚才出了点问题。您的进度已保存，请再发一次您的回答，或输入“帮助”。"
                : "Sorry, something went wrong on my side. Your progress is kept: please send your answer again, or type \"help\".");
            await turnContext.TraceActivityAsync("OnTurnError Trace", exception.GetType().FullName, "https://www.botframework.com/schemas/error", "TurnError");
        }
        catch (Exception sendFailure)
        {
            LogApologyFailed(logger, sendFailure, turnContext.Activity?.Conversation?.Id ?? "(none)");
        }
    }

    [LoggerMessage(EventId = LogEventIds.HostingTurnFailed, Level = LogLevel.Error, Message = "Turn failed in conversation {ConversationId} on channel {ChannelId}")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string conversationId, string channelId);

    [LoggerMessage(EventId = LogEventIds.HostingApologyFailed, Level = LogLevel.Error, Message = "Could not send the error reply in conversation {ConversationId}")]
    private static partial void LogApologyFailed(ILogger logger, Exception exception, string conversationId);
}
