namespace CrossBorderBot.Storage;

/// <summary>What a state scope read (or last wrote) this turn: the JSON body to compare with, and the ETag to write with.</summary>
internal sealed record BotStateBaseline(string? Body, string? ETag);
