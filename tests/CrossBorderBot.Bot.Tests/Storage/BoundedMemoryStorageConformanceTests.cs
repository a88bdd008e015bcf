using CrossBorderBot.Storage;
using Microsoft.Bot.Builder;

namespace CrossBorderBot.Tests.Storage;

/// <summary>
/// The conformance suite on the store behind <c>Storage:Provider=Memory</c>. It follows the SQLite store's rules in
/// every point (no capability flag is lowered), so switching between the two changes durability only.
/// </summary>
public sealed class BoundedMemoryStorageConformanceTests : StorageConformanceTests
{
    protected override IStorage CreateEmptyStorage() => new BoundedMemoryStorage();
}
