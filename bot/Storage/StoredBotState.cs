namespace CrossBorderBot.Storage;

/// <summary>A state item as read: the parsed value, the stored JSON without its ETag (null when not in that form) and the ETag.</summary>
/// <param name="Body">
/// The stored JSON with the trailing <c>eTag</c> property cut off; equal to a fresh serialization of
/// <paramref name="Value"/> when the state has not changed. Null when the stored text is in an older form (the first
/// save then writes, which brings it to the current form).
/// </param>
public sealed record StoredBotState(object? Value, string? Body, string ETag);
