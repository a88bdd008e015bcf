using Microsoft.Bot.Builder;

namespace CrossBorderBot.Tests.Storage;

/// <summary>A small stored item with an ETag, as a guide or a counter would keep it.</summary>
public sealed class StorageTestItem : IStoreItem
{
    public string? Text { get; set; }

    public int Count { get; set; }

    public string? ETag { get; set; }
}
