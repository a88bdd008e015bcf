namespace CrossBorderBot.Replies;

/// <summary>One part of a <see cref="Reply"/>. The set of block kinds is closed: renderers know every one.</summary>
public abstract record ReplyBlock
{
    private protected ReplyBlock()
    {
    }
}
