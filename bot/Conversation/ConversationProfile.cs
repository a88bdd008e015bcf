using CrossBorderBot.Language;
namespace CrossBorderBot.Conversation;

/// <summary>What the bot remembers about a conversation outside its dialog stack (kept in conversation state).</summary>
public sealed class ConversationProfile
{
    /// <summary>Set once the welcome was sent, so a second conversationUpdate (Web Chat sends several) stays quiet.</summary>
    public bool Welcomed { get; set; }

    /// <summary><see cref="ReplyLanguage.English"/> or <see cref="ReplyLanguage.Chinese"/>; null until known.</summary>
    public string? Language { get; set; }
}
