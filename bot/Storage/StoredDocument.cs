namespace CrossBorderBot.Storage;

/// <summary>One value of a write, serialized: its key, the caller's object, the JSON text and the ETag it must match.</summary>
/// <param name="ExpectedETag">The ETag the stored item must still have; null when the write overwrites whatever is there.</param>
internal sealed record StoredDocument(string Key, object Value, string Json, string? ExpectedETag);
