namespace CrossBorderBot.Replies;

/// <summary>
/// A picture (a chart of the result) at an absolute https/http address, with alt text in the user's language. Cards
/// show it as an Adaptive Card <c>Image</c>, Slack as an <c>image</c> block; plain text leaves it out, because the
/// reply it illustrates already carries the same figures as a table.
/// </summary>
public sealed record ImageBlock(string Url, string AltText, string? Title = null) : ReplyBlock;
