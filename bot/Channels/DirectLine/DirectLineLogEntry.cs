namespace CrossBorderBot.Channels.DirectLine;

/// <summary>One activity in a conversation's log: its place in the stream (the watermark) and its JSON.</summary>
public sealed class DirectLineLogEntry
{
    public long Sequence { get; set; }

    public string Json { get; set; } = string.Empty;
}
