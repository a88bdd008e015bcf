namespace CrossBorderBot.Charts;

/// <summary>Settings section <c>Charts</c>: how chart links are signed and addressed, how long they live, which font draws Chinese.</summary>
public sealed class ChartOptions
{
    public const string SectionName = "Charts";

    /// <summary>False sends no charts (results keep their tables).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The key chart links are signed with (HMAC-SHA256). Empty: one is generated once and kept in the bot's storage, so every instance shares it.</summary>
    public string SigningKey { get; set; } = string.Empty;

    /// <summary>
    /// The bot's public address (https://bot.example.com) that Teams and Slack fetch chart images from. Empty: charts
    /// go only to the embedded web chat, which fetches them from the address it talks to.
    /// </summary>
    public string PublicBaseUrl { get; set; } = string.Empty;

    /// <summary>How long a chart link works.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>A font file that has Chinese glyphs; empty: the usual Debian font folders are searched (fonts-wqy-zenhei, fonts-noto-cjk…).</summary>
    public string CjkFontPath { get; set; } = string.Empty;

    public int Width { get; set; } = 800;

    public int Height { get; set; } = 450;
}
