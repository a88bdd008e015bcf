namespace CrossBorderBot.Channels.Slack;

/// <summary>Slack answered a Web API call with <c>ok: false</c> where the turn cannot go on without it.</summary>
public sealed class SlackApiException(string method, string? error)
    : Exception($"Slack method {method} failed: {error ?? "unknown error"}")
{
    public string Method { get; } = method;

    public string? Error { get; } = error;
}
