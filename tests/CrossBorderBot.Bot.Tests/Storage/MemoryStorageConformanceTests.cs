using CrossBorderBot.Storage;
using Microsoft.Bot.Builder;

namespace CrossBorderBot.Tests.Storage;

/// <summary>
/// The conformance suite on the SDK's <see cref="MemoryStorage"/>, configured as <c>Storage:Provider=Memory</c>
/// configures it. The flags record where the SDK behaves differently from our SQLite store.
/// </summary>
public sealed class MemoryStorageConformanceTests : StorageConformanceTests
{
    /// <summary>MemoryStorage compares a missing ETag with the stored one and reports a conflict.</summary>
    protected override bool OverwritesWhenETagIsMissing => false;

    /// <summary>MemoryStorage stamps the ETag on its stored copy only; the caller's object keeps the old one.</summary>
    protected override bool SetsETagOnWrittenItems => false;

    /// <summary>MemoryStorage checks ETags on <see cref="IStoreItem"/> values only, so the last BotState save wins.</summary>
    protected override bool RefusesStaleBotStateSaves => false;

    protected override IStorage CreateEmptyStorage() => new MemoryStorage(BotStateJson.CreateSerializer());

    /// <summary>MemoryStorage signals an ETag conflict with an <see cref="ArgumentException"/> and no dedicated type.</summary>
    protected override bool IsConcurrencyConflict(Exception exception) =>
        exception is ArgumentException && exception.Message.StartsWith("Etag conflict", StringComparison.Ordinal);
}
