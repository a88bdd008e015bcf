using System.Text.Json;

namespace CrossBorderBot.Channels.DirectLine;

/// <summary>A poll's answer: the activities after the caller's watermark, and the watermark to send next time.</summary>
public sealed record DirectLineActivitySet(IReadOnlyList<JsonElement> Activities, string Watermark);
