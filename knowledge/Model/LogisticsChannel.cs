namespace CrossBorderBot.Knowledge.Model;

/// <summary>A logistics channel (logistics/<id>.yaml).</summary>
public sealed record LogisticsChannel
{
    public required string Id { get; init; }

    public required LocalizedText Name { get; init; }

    public required LocalizedText Summary { get; init; }

    public ChannelKind Kind { get; init; }

    public IReadOnlyList<TransitRange> TransitDays { get; init; } = [];

    public required ChannelPricing Pricing { get; init; }

    public TrackingQuality Tracking { get; init; }

    public required ChannelLimits Limits { get; init; }

    public BatteryPolicy Batteries { get; init; }

    public LiquidPolicy Liquids { get; init; }

    public ReturnsSupport Returns { get; init; }

    public bool Ddp { get; init; }

    public IReadOnlyList<LocalizedText> BestFor { get; init; } = [];

    public IReadOnlyList<string> Sources { get; init; } = [];

    public DateOnly Reviewed { get; init; }
}
