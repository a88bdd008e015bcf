namespace CrossBorderBot.Tests.Storage;

/// <summary>Typed guide state with a nested list and a dictionary, the shapes that came back untyped in the SDK samples.</summary>
public sealed record StorageTestProfile(
    string CompanyName,
    List<StorageTestShipment> Shipments,
    Dictionary<string, decimal> QuotesByMarket,
    DateTimeOffset QuotedAt,
    string DateLikeAnswer);
