namespace CrossBorderBot.Tests.Storage;

/// <summary>One line of <see cref="StorageTestProfile"/>.</summary>
public sealed record StorageTestShipment(string Sku, double WeightKg, List<string> Markets);
