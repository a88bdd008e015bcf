namespace CrossBorderBot.Conversation;

/// <summary>What the bot remembers about a conversation outside its dialog stack (kept in conversation state).</summary>
public sealed class ConversationProfile
{
    /// <summary>Set once the welcome was sent, so a second conversationUpdate (Web Chat sends several) stays quiet.</summary>
    public bool Welcomed { get; set; }

    /// <summary><see cref="ReplyLanguage.English"/> or <see cref="ReplyLanguage.Chinese"/>; null until known.</summary>
    public string? Language { get; set; }

    /// <summary>The reply language the stored tag names, else <paramref name="channel"/> (the language the channel's
    /// locale names), else English (a method, so the stored shape stays the tag alone).</summary>
    public BotLanguage KnownLanguage(BotLanguage channel = default) => Language is null ? channel : BotLanguage.Of(Language);

    /// <summary>Stores the reply language as its tag and gives it back.</summary>
    public BotLanguage Remember(BotLanguage language)
    {
        Language = language.Tag;
        return language;
    }
}
