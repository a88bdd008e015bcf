namespace CrossBorderBot.Charts;

/// <summary>The generated chart signing key as stored (when <c>Charts:SigningKey</c> is not set).</summary>
public sealed class ChartSigningKeyRecord : IStoreItem
{
    public string KeyBase64 { get; set; } = string.Empty;

    public string? ETag { get; set; }
}
