namespace CrossBorderBot.Channels.DirectLine;

/// <summary>
/// One activity of a Direct Line conversation, stored on its own. Its JSON has no <c>id</c>: the id follows from the
/// sequence number the conversation's index gives it, which is only known once the index is written.
/// </summary>
public sealed class DirectLineStoredActivity : IStoreItem
{
    public string Json { get; set; } = string.Empty;

    public string ETag { get; set; } = "*";
}
