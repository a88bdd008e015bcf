namespace CrossBorderBot.Replies;

/// <summary>
/// What the bot says in one turn, independent of the channel: an ordered list of blocks whose strings are already
/// in the user's language. Renderers (<see cref="AdaptiveCardRenderer"/>, <see cref="BlockKitRenderer"/>,
/// <see cref="PlainTextRenderer"/>) decide what each block looks like; <see cref="ReplyActivityFactory"/> picks one.
/// </summary>
public sealed record Reply(IReadOnlyList<ReplyBlock> Blocks)
{
    public static Reply Empty { get; } = new([]);

    public static Reply Of(params ReplyBlock[] blocks) => new(blocks);

    /// <summary>A reply of one paragraph.</summary>
    public static Reply Text(string markdown) => new([new ParagraphBlock(markdown)]);

    /// <summary>A new reply with <paramref name="blocks"/> after this one's blocks.</summary>
    public Reply Append(params ReplyBlock[] blocks) => new([.. Blocks, .. blocks]);
}
