using CrossBorderBot.Conversation;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Alerts;

/// <summary>
/// Sits in front of the bot and answers alert requests ("notify me when the rules for the US change", "my alerts",
/// "stop alerts", and the alert buttons) before the conversation's router sees them; every other activity goes to the
/// bot unchanged. In Teams group chats and channels only messages that mention the bot count, as for the bot itself.
/// The alert buttons work as <c>Action.Submit</c> (a message) and as <c>Action.Execute</c> (an <c>adaptiveCard/action</c>
/// invoke, answered "done" once the reply is sent).
/// </summary>
public sealed partial class AlertCommandBot(
    IBot inner,
    AlertCommandDetector detector,
    AlertCommandHandler handler,
    IStatePropertyAccessor<ConversationProfile> profiles,
    ILogger<AlertCommandBot> logger) : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.Activity.Type == ActivityTypes.Message && await CommandOfAsync(turnContext, cancellationToken) is { } found)
        {
            LogCommand(logger, found.Command.Kind, turnContext.Activity.Conversation?.Id ?? string.Empty);
            await handler.HandleAsync(turnContext, found.Command, found.Language, cancellationToken);
            return;
        }

        if (CardActionInvoke.SubmitData(turnContext.Activity) is { } executed && AlertVerbs.Read(executed) is { } clicked)
        {
            var language = clicked.Language ?? await ConversationLanguageAsync(turnContext, null, cancellationToken);
            LogCommand(logger, clicked.Kind, turnContext.Activity.Conversation?.Id ?? string.Empty);
            await handler.HandleAsync(turnContext, clicked, language, cancellationToken);
            await CardActionInvoke.AnswerAsync(turnContext, CardActionInvoke.Done(language), cancellationToken);
            return;
        }

        await inner.OnTurnAsync(turnContext, cancellationToken);
    }

    private async Task<(AlertCommand Command, BotLanguage Language)?> CommandOfAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Value is JObject data && AlertVerbs.Read(data) is { } clicked)
        {
            return (clicked, clicked.Language ?? await ConversationLanguageAsync(turnContext, null, cancellationToken));
        }

        var text = activity.Text;
        if (string.Equals(activity.ChannelId, Microsoft.Bot.Connector.Channels.Msteams, StringComparison.OrdinalIgnoreCase) && activity.Conversation?.IsGroup == true)
        {
            if (!activity.GetMentions().Any(mention => mention.Mentioned?.Id == activity.Recipient?.Id))
            {
                return null;
            }

            text = ((Activity)activity).RemoveRecipientMention();
        }

        var command = detector.Detect(text?.Trim(), activity.Locale);
        return command is null ? null : (command, await ConversationLanguageAsync(turnContext, text, cancellationToken));
    }

    private async Task<BotLanguage> ConversationLanguageAsync(ITurnContext turnContext, string? text, CancellationToken cancellationToken)
    {
        string? known = null;
        try
        {
            known = (await profiles.GetAsync(turnContext, () => new ConversationProfile(), cancellationToken))?.Language;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The language is a nicety here: an unreadable state is handled by the bot on its next turn.
            LogProfileUnreadable(logger, exception, turnContext.Activity.Conversation?.Id ?? string.Empty);
        }

        return ReplyLanguage.Choose(text, known, TurnLanguage.Of(turnContext));
    }

    [LoggerMessage(EventId = LogEventIds.AlertsCommand, Level = LogLevel.Information, Message = "Alert request {Kind} in conversation {ConversationId}")]
    private static partial void LogCommand(ILogger logger, AlertCommandKind kind, string conversationId);

    [LoggerMessage(EventId = LogEventIds.AlertsProfileUnreadable, Level = LogLevel.Debug, Message = "Conversation profile of {ConversationId} unreadable while answering an alert request")]
    private static partial void LogProfileUnreadable(ILogger logger, Exception exception, string conversationId);
}
