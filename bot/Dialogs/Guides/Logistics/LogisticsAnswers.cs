using CrossBorderBot.Knowledge.Advisors;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>What the logistics guide has collected so far (kept in the waterfall's values as JSON).</summary>
public sealed record LogisticsAnswers
{
    public decimal? WeightKg { get; init; }

    public ParcelSizeAnswer? Size { get; init; }

    public decimal? ValueAmount { get; init; }

    public string? ValueCurrency { get; init; }

    /// <summary>Country code or region id.</summary>
    public string? Destination { get; init; }

    /// <summary>Further destinations named with the first ("to the UK and Australia"), offered after its result.</summary>
    public List<string>? OtherDestinations { get; init; }

    /// <summary>
    /// The user's words for a group of countries that is no single market ("the Gulf", "北欧") when the destinations
    /// came from one: said with them, so the user sees which countries were taken.
    /// </summary>
    public string? DestinationWords { get; init; }

    /// <summary>Category id, only when the user named one in the first message.</summary>
    public string? Category { get; init; }

    /// <summary>Further products or parcels named with the first ("shoes and toys"), offered after its result.</summary>
    public List<LogisticsProduct>? OtherProducts { get; init; }

    /// <summary>Stored as "economy", "standard" or "fast" (the knowledge library's enum carries no serializer attributes).</summary>
    [Newtonsoft.Json.JsonConverter(typeof(StringEnumConverter), typeof(CamelCaseNamingStrategy))]
    [System.Text.Json.Serialization.JsonConverter(typeof(StoredEnumConverter<ShippingUrgency>))]
    public ShippingUrgency? Urgency { get; init; }

    /// <summary>Null until answered (by its question or the details form).</summary>
    public bool? NeedsTracking { get; init; }

    /// <summary>Null until answered (by its question or the details form).</summary>
    public bool? NeedsReturns { get; init; }

    /// <summary>Stored as "none", "batteries", "liquids" or "both".</summary>
    public ParcelGoods? Goods { get; init; }
}
