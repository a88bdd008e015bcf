using CrossBorderBot.Knowledge.Advisors;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// The answer to "what are the parcel's dimensions?": the size in centimetres, or skipped — plus, when the user filled
/// in the optional details form instead (channels with forms), the answers it carried; null ones are asked later.
/// </summary>
public sealed record ParcelSizeAnswer(decimal LengthCm, decimal WidthCm, decimal HeightCm, bool Skipped = false)
{
    public static ParcelSizeAnswer Skip { get; } = new(0, 0, 0, Skipped: true);

    /// <summary>From the details form; stored as "economy", "standard" or "fast" (the knowledge library's enum carries no serializer attributes).</summary>
    [Newtonsoft.Json.JsonConverter(typeof(StringEnumConverter), typeof(CamelCaseNamingStrategy))]
    [System.Text.Json.Serialization.JsonConverter(typeof(StoredEnumConverter<ShippingUrgency>))]
    public ShippingUrgency? Urgency { get; init; }

    public bool? NeedsTracking { get; init; }

    public bool? NeedsReturns { get; init; }

    /// <summary>From the details form.</summary>
    public ParcelGoods? Goods { get; init; }
}
