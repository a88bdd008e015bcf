namespace CrossBorderBot.Replies;

/// <summary>The three ways a reply is shown.</summary>
public enum ReplyRendering
{
    /// <summary>Adaptive Card 1.5 attachment (Teams, Web Chat, Direct Line, Emulator, terminal, tests).</summary>
    AdaptiveCard,

    /// <summary>Slack Block Kit in <c>channelData.blocks</c>.</summary>
    BlockKit,

    /// <summary>Markdown text only (any other channel).</summary>
    Markdown,
}
