namespace CrossBorderBot.Knowledge.Model;

/// <summary>A logistics channel (logistics/<id>.yaml).</summary>
public sealed record LogisticsChannel
{
    public required string Id { get; init; }

    public required LocalizedText Name { get; init; }

    /// <summary>Other names sellers use for the channel ("菜鸟" for Cainiao's AliExpress shipping, "e邮宝" for ePacket).</summary>
    public LocalizedTerms? Aliases { get; init; }

    public required LocalizedText Summary { get; init; }

    public ChannelKind Kind { get; init; }

    /// <summary>Platform id when the channel carries only that marketplace's orders (Cainiao's AliExpress shipping):
    /// a seller who does not sell there cannot use it, however well it would fit the parcel.</summary>
    public string? Platform { get; init; }

    public IReadOnlyList<TransitRange> TransitDays { get; init; } = [];

    public required ChannelPricing Pricing { get; init; }

    public TrackingQuality Tracking { get; init; }

    public required ChannelLimits Limits { get; init; }

    public BatteryPolicy Batteries { get; init; }

    public LiquidPolicy Liquids { get; init; }

    public ReturnsSupport Returns { get; init; }

    public bool Ddp { get; init; }

    /// <summary>Incoterms® 2020 rules that suit this channel (FOB and CIF are for sea only; air, rail and road use
    /// FCA, CPT, CIP or DAP), the most usual first.</summary>
    public IReadOnlyList<string> Incoterms { get; init; } = [];

    /// <summary>Customs clearance at both ends: who files what, and what to have ready.</summary>
    public LocalizedText? Clearance { get; init; }

    public IReadOnlyList<LocalizedText> BestFor { get; init; } = [];

    public IReadOnlyList<string> Sources { get; init; } = [];

    public DateOnly Reviewed { get; init; }
}
