namespace CrossBorderBot.Knowledge.Model;

/// <summary>A host no source may point to (spam sites reproducing official texts, content farms), with the reason.</summary>
public sealed record DeniedHost
{
    public required string Host { get; init; }

    public required string Reason { get; init; }
}
