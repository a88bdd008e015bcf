namespace CrossBorderBot.Storage;

/// <summary>One state item to write: its key, its JSON without an ETag, and the ETag it was read with.</summary>
/// <param name="ExpectedETag">The ETag the stored item must still have; null when the item was not stored when read.</param>
public sealed record BotStateWrite(string Key, string Body, string? ExpectedETag);
