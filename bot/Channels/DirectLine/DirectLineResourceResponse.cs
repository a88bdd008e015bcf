namespace CrossBorderBot.Channels.DirectLine;

/// <summary>The answer to posting an activity: the id the service gave it.</summary>
public sealed record DirectLineResourceResponse(string Id);
