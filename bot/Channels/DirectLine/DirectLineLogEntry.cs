namespace CrossBorderBot.Channels.DirectLine;

/// <summary>One kept activity in a conversation's index: its place in the stream (the watermark), where it is stored and its size.</summary>
public sealed class DirectLineLogEntry
{
    public long Sequence { get; set; }

    /// <summary>The storage key of the <see cref="DirectLineStoredActivity"/>.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>UTF-8 bytes of the stored JSON, for the per-conversation size cap.</summary>
    public int Bytes { get; set; }
}
