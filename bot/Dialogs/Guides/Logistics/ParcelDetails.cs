using CrossBorderBot.Knowledge.Advisors;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// The parcel's optional details: urgency, tracking, returns, batteries or liquids. The logistics guide asks them one
/// at a time, or takes them from the details form that channels with forms show with the dimensions question; so both
/// the guide's answers (<see cref="LogisticsAnswers"/>) and the dimensions answer that carries the form's
/// (<see cref="ParcelSizeAnswer"/>) hold them, declared once here. Each is null until answered. Both serializers write
/// a base record's members after the record's own, so the stored answers keep their shape.
/// </summary>
public abstract record ParcelDetails
{
    /// <summary>Stored as "economy", "standard" or "fast" (the knowledge library's enum carries no serializer attributes).</summary>
    [Newtonsoft.Json.JsonConverter(typeof(StringEnumConverter), typeof(CamelCaseNamingStrategy))]
    [System.Text.Json.Serialization.JsonConverter(typeof(StoredEnumConverter<ShippingUrgency>))]
    public ShippingUrgency? Urgency { get; init; }

    public bool? NeedsTracking { get; init; }

    public bool? NeedsReturns { get; init; }

    /// <summary>Stored as "none", "batteries", "liquids" or "both".</summary>
    public ParcelGoods? Goods { get; init; }

    /// <summary>These details with each one <paramref name="given"/> answers put in; the ones it leaves open are kept.</summary>
    public static TDetails FilledFrom<TDetails>(TDetails details, ParcelDetails given)
        where TDetails : ParcelDetails =>
        (TDetails)(details with
        {
            Urgency = given.Urgency ?? details.Urgency,
            NeedsTracking = given.NeedsTracking ?? details.NeedsTracking,
            NeedsReturns = given.NeedsReturns ?? details.NeedsReturns,
            Goods = given.Goods ?? details.Goods,
        });
}
