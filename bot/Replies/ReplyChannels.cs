using System.Collections.Frozen;
using BotChannels = Microsoft.Bot.Connector.Channels;

namespace CrossBorderBot.Replies;

/// <summary>
/// The one table of channel capabilities, so guides and renderers ask "does this channel have forms?" without naming
/// channels. A channel not in the table gets markdown text and no forms.
/// </summary>
public static class ReplyChannels
{
    /// <summary>The terminal chat's channel id (<c>dotnet run --project bot -- chat</c>).</summary>
    public const string Terminal = "terminal";

    private static readonly ChannelCapabilities TextOnly = new(ReplyRendering.Markdown, Forms: false, LongForms: false, OldCardsClickable: false);

    /// <summary>
    /// The card clients that show a long form well and keep old cards clickable in the transcript: Teams, Web Chat
    /// (both door names) and the Emulator.
    /// </summary>
    private static readonly ChannelCapabilities FullCards = new(ReplyRendering.AdaptiveCard, Forms: true, LongForms: true, OldCardsClickable: true);

    private static readonly FrozenDictionary<string, ChannelCapabilities> Table = new Dictionary<string, ChannelCapabilities>
    {
        [BotChannels.Msteams] = FullCards,
        [BotChannels.Webchat] = FullCards,
        [BotChannels.Directline] = FullCards,
        [BotChannels.Emulator] = FullCards,
        // The SDK's test adapter: cards and forms, but questions one at a time, as most clients get them.
        [BotChannels.Test] = new(ReplyRendering.AdaptiveCard, Forms: true, LongForms: false, OldCardsClickable: false),
        // The terminal shows cards as text and cannot fill in inputs: one question at a time like a text channel.
        [Terminal] = new(ReplyRendering.AdaptiveCard, Forms: false, LongForms: false, OldCardsClickable: false),
        // Block Kit has inputs, but a long questionnaire reads badly in a Slack message. Old messages keep their buttons,
        // but only the native Slack door knows the ids a click names (through Azure Bot Service they are the service's):
        // that door is told apart by its adapter, not by the channel id both share.
        [BotChannels.Slack] = new(ReplyRendering.BlockKit, Forms: true, LongForms: false, OldCardsClickable: false),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>What this channel can show.</summary>
    public static ChannelCapabilities For(string? channelId)
        => channelId is not null && Table.TryGetValue(channelId, out var capabilities) ? capabilities : TextOnly;

    /// <summary>How a channel shows a reply.</summary>
    public static ReplyRendering RenderingFor(string? channelId) => For(channelId).Rendering;

    /// <summary>True when the channel can show an <see cref="InputFormBlock"/> and send its values back.</summary>
    public static bool SupportsForms(string? channelId) => For(channelId).Forms;

    /// <summary>True when the channel shows a long form (a whole questionnaire at once) well.</summary>
    public static bool ShowsLongForms(string? channelId) => For(channelId).LongForms;

    /// <summary>True when the channel's clients keep old cards clickable, each click naming its card.</summary>
    public static bool KeepsOldCardsClickable(string? channelId) => For(channelId).OldCardsClickable;
}
