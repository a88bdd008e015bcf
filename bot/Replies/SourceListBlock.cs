namespace CrossBorderBot.Replies;

/// <summary>The sources of the answers above, shown small under a "Sources" label.</summary>
public sealed record SourceListBlock(IReadOnlyList<ReplySource> Sources) : ReplyBlock;
