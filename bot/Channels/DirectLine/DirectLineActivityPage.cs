using System.Text.Json;

namespace CrossBorderBot.Channels.DirectLine;

/// <summary>What one poll reads from the store: the activities after the watermark (within a size budget) and the next watermark.</summary>
public sealed record DirectLineActivityPage(IReadOnlyList<JsonElement> Activities, long Watermark);
