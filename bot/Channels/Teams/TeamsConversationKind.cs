namespace CrossBorderBot.Channels.Teams;

/// <summary>Where a Teams activity happens, from <c>conversation.conversationType</c>.</summary>
public static class TeamsConversationKind
{
    public const string Personal = "personal";
    public const string GroupChat = "groupChat";
    public const string Channel = "channel";

    /// <summary>True for activities that come from Microsoft Teams.</summary>
    public static bool IsTeams(IActivity activity) => string.Equals(activity.ChannelId, Microsoft.Bot.Connector.Channels.Msteams, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The conversation type; a missing one counts as personal unless the conversation says it is a group, because
    /// a one-to-one chat is where the bot must never stay silent.
    /// </summary>
    public static string Of(IActivity activity) => activity.Conversation?.ConversationType switch
    {
        { Length: > 0 } type when type.Equals(Channel, StringComparison.OrdinalIgnoreCase) => Channel,
        { Length: > 0 } type when type.Equals(GroupChat, StringComparison.OrdinalIgnoreCase) => GroupChat,
        { Length: > 0 } type when type.Equals(Personal, StringComparison.OrdinalIgnoreCase) => Personal,
        _ => activity.Conversation?.IsGroup == true ? GroupChat : Personal,
    };
}
