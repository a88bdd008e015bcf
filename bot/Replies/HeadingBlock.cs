namespace CrossBorderBot.Replies;

/// <summary>A short title above what follows (plain text, no markdown).</summary>
public sealed record HeadingBlock(string Text) : ReplyBlock;
