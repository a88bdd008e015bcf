namespace CrossBorderBot.Channels.DirectLine;

/// <summary>A Direct Line error: a stable code for programs and a sentence for people.</summary>
public sealed record DirectLineErrorDetail(string Code, string Message);
