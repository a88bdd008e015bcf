namespace CrossBorderBot.Replies;

/// <summary>Where an answer comes from: a title, who published it, a link, and when we last reviewed it.</summary>
public sealed record ReplySource(string Title, string? Publisher = null, string? Url = null, DateOnly? Reviewed = null);
