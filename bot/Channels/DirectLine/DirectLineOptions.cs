namespace CrossBorderBot.Channels.DirectLine;

/// <summary>Settings of the self-hosted Direct Line endpoint and the embedded web chat (section <c>DirectLine</c>).</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>
    /// The Direct Line secret (<c>DirectLine__Secret</c>). Server-side callers use it directly; browsers only ever get
    /// tokens. When empty, a random secret is generated at start-up, so tokens do not outlive the process.
    /// </summary>
    public string Secret { get; set; } = string.Empty;

    /// <summary>How long a token is valid; the official client refreshes at half this time (default 30 minutes).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The service rejects activities longer than this many characters (256K, as Direct Line does).</summary>
    public int MaxActivityCharacters { get; set; } = 256 * 1024;

    /// <summary>The largest multipart upload accepted, files and activity together.</summary>
    public long MaxUploadBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>How many activities a conversation keeps; older ones are dropped from the log.</summary>
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>
    /// New conversations (and tokens for new conversations) the secret and the page's token endpoint may create per
    /// minute, all callers together. A token itself can never open a second conversation.
    /// </summary>
    public int MaxNewConversationsPerMinute { get; set; } = 120;

    /// <summary>The bot's account as the web chat sees it.</summary>
    public string BotId { get; set; } = "crossborderbot";

    public string BotName { get; set; } = "CrossBorderBot";

    /// <summary>Other sites allowed to call the token and Direct Line endpoints from a browser (the script embed).</summary>
    public string[] AllowedOrigins { get; set; } = [];
}
