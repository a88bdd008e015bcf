namespace CrossBorderBot.Understanding;

/// <summary>A marketplace named in a message: its knowledge-base id and the words typed.</summary>
public sealed record PlatformEntity(string Id, string Text);
