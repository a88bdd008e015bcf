namespace CrossBorderBot.Storage;

/// <summary>What a state scope read (or last wrote) this turn: the JSON body to compare with, and the ETag to write with.</summary>
internal sealed class BotStateBaseline
{
    private readonly StoredBotState? _read;
    private readonly string? _body;

    /// <summary>What was written (or, with a null body, a baseline that any save overwrites).</summary>
    public BotStateBaseline(string? body, string? eTag)
    {
        _body = body;
        ETag = eTag;
    }

    /// <summary>What was read (null: nothing was stored); its body text is made only when a save compares with it.</summary>
    public BotStateBaseline(StoredBotState? read)
    {
        _read = read;
        ETag = read?.ETag;
    }

    public string? Body => _read is null ? _body : _read.Body;

    public string? ETag { get; }
}
