namespace CrossBorderBot.Channels.Slack;

/// <summary>
/// The <c>Slack</c> settings section (environment: <c>Slack__BotToken</c>, <c>Slack__SigningSecret</c>,
/// <c>Slack__ApiBaseUrl</c>). Without a signing secret the Slack endpoints do not exist (404): a request nobody can
/// verify must never run a turn.
/// </summary>
public sealed class SlackOptions
{
    public const string SectionName = "Slack";

    public const string DefaultApiBaseUrl = "https://slack.com/api/";

    /// <summary>The bot user OAuth token (<c>xoxb-…</c>) the Web API calls are made with.</summary>
    public string BotToken { get; set; } = string.Empty;

    /// <summary>The app's signing secret, which every request from Slack is signed with.</summary>
    public string SigningSecret { get; set; } = string.Empty;

    /// <summary>Base address of the Web API; tests point it at a local fake.</summary>
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(SigningSecret);

    /// <summary>The base address with exactly one trailing slash, so method names resolve under it.</summary>
    public Uri ApiBaseUri()
    {
        var text = string.IsNullOrWhiteSpace(ApiBaseUrl) ? DefaultApiBaseUrl : ApiBaseUrl.Trim();
        return new Uri(text.EndsWith('/') ? text : text + "/", UriKind.Absolute);
    }
}
