using CrossBorderBot.Channels.QuestionCards;

namespace CrossBorderBot.Channels.Teams;

/// <summary>
/// Decides whether a Teams message is meant for the bot. In a personal chat every message is; in group chats and
/// channels only messages that @mention the bot (and clicks on the bot's own cards, which carry no mention).
/// The mention itself is removed from the text, so "&lt;at&gt;CrossBorderBot&lt;/at&gt; help" reads as "help".
/// </summary>
public static class TeamsMentionGate
{
    public static bool Admit(IMessageActivity message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var mentioned = MentionsRecipient(message);
        if (mentioned)
        {
            message.RemoveRecipientMention();
            message.Text = message.Text?.Trim();
        }

        return TeamsConversationKind.Of(message) == TeamsConversationKind.Personal || mentioned || QuestionCardStamps.IsCardSubmit(message);
    }

    private static bool MentionsRecipient(IMessageActivity message)
    {
        var botId = message.Recipient?.Id;
        return !string.IsNullOrEmpty(botId)
            && message.GetMentions().Any(mention => string.Equals(mention.Mentioned?.Id, botId, StringComparison.OrdinalIgnoreCase));
    }
}
