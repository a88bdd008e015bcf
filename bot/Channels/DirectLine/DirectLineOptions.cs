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
    /// How many bytes (UTF-8 JSON) of activities a conversation keeps; older ones are dropped beyond it, so one visitor
    /// posting huge messages cannot grow the store without bound (default 4 MB).
    /// </summary>
    public long MaxStoredBytesPerConversation { get; set; } = 4 * 1024 * 1024;

    /// <summary>How many bytes of activities one poll returns at most (always at least one activity); the rest comes next poll.</summary>
    public long MaxPollBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// New conversations (and tokens for new conversations) callers holding the secret may create per minute, all of
    /// them together. Visitors of the page have their own limits below and cannot use this allowance up.
    /// </summary>
    public int MaxNewConversationsPerMinute { get; set; } = 120;

    /// <summary>Tokens the page's endpoint gives one client address per minute (new and resumed conversations alike).</summary>
    public int MaxTokensPerClientPerMinute { get; set; } = 20;

    /// <summary>New conversations all visitors of the page together may open per minute: a backstop against many addresses at once.</summary>
    public int MaxVisitorConversationsPerMinute { get; set; } = 1200;

    /// <summary>Activities one token (one visitor's conversation) may post per minute.</summary>
    public int MaxPostsPerTokenPerMinute { get; set; } = 60;

    /// <summary>Activities all tokens used from one client address may post per minute.</summary>
    public int MaxPostsPerClientPerMinute { get; set; } = 240;

    /// <summary>The bot's account as the web chat sees it.</summary>
    public string BotId { get; set; } = "crossborderbot";

    public string BotName { get; set; } = "CrossBorderBot";

    /// <summary>Other sites allowed to call the token and Direct Line endpoints from a browser (the script embed).</summary>
    public string[] AllowedOrigins { get; set; } = [];
}
