namespace CrossBorderBot.Replies;

/// <summary>Title/value pairs, such as the answers a guide collected or the numbers behind a recommendation.</summary>
public sealed record FactListBlock(IReadOnlyList<ReplyFact> Facts, string? Title = null) : ReplyBlock;
