using BotChannels = Microsoft.Bot.Connector.Channels;

namespace CrossBorderBot.Replies;

/// <summary>Which rendering each channel gets, so guides can ask "does this channel have forms?" without naming channels.</summary>
public static class ReplyChannels
{
    /// <summary>The terminal chat's channel id (<c>dotnet run --project bot -- chat</c>).</summary>
    public const string Terminal = "terminal";

    /// <summary>How a channel shows a reply.</summary>
    public static ReplyRendering RenderingFor(string? channelId) => channelId?.ToLowerInvariant() switch
    {
        BotChannels.Slack => ReplyRendering.BlockKit,
        BotChannels.Msteams or BotChannels.Webchat or BotChannels.Directline or BotChannels.Emulator or BotChannels.Test or Terminal => ReplyRendering.AdaptiveCard,
        _ => ReplyRendering.Markdown,
    };

    /// <summary>
    /// True when the channel can show an <see cref="InputFormBlock"/> and send its values back. The terminal shows
    /// cards as text and cannot fill in inputs, so it asks one question at a time like a text-only channel.
    /// </summary>
    public static bool SupportsForms(string? channelId) =>
        RenderingFor(channelId) != ReplyRendering.Markdown
        && !string.Equals(channelId, Terminal, StringComparison.OrdinalIgnoreCase);
}
