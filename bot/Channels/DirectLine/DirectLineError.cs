namespace CrossBorderBot.Channels.DirectLine;

/// <summary>The Direct Line error body: <c>{ "error": { "code", "message" } }</c>.</summary>
public sealed record DirectLineError(DirectLineErrorDetail Error);
