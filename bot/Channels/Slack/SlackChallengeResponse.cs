namespace CrossBorderBot.Channels.Slack;

/// <summary>The answer to Slack's <c>url_verification</c> request: its challenge, echoed.</summary>
public sealed record SlackChallengeResponse(string Challenge);
