namespace CrossBorderBot.Storage;

/// <summary>Settings of <c>Storage:AzureBlob</c>: state kept as one blob per key in an Azure Storage container.</summary>
public sealed class AzureBlobStorageOptions
{
    /// <summary>The storage account's connection string (Azurite's works too).</summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>The container that holds the state; created on first use when missing.</summary>
    public string Container { get; set; } = "bot-state";
}
