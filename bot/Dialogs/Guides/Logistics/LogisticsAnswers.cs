using CrossBorderBot.Understanding;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// What the logistics guide has collected so far (kept in the waterfall's values as JSON); the optional details are
/// <see cref="ParcelDetails"/>'s.
/// </summary>
public sealed record LogisticsAnswers : ParcelDetails
{
    /// <summary>One carton's weight (the guide asks for one parcel); the shipment's is <see cref="ShipmentWeightKg"/>.</summary>
    public decimal? WeightKg { get; init; }

    /// <summary>How many cartons of this weight and size travel together ("3 cartons, 12 kg each"); null for one parcel.</summary>
    public int? Cartons { get; init; }

    /// <summary>
    /// True on a reading whose weight was said for the whole shipment ("36 kg in total") without its carton count: the
    /// merge shares it out over the cartons already known. Never stored.
    /// </summary>
    [Newtonsoft.Json.JsonIgnore]
    [System.Text.Json.Serialization.JsonIgnore]
    public bool WeightIsShipmentTotal { get; init; }

    public ParcelSizeAnswer? Size { get; init; }

    public decimal? ValueAmount { get; init; }

    public string? ValueCurrency { get; init; }

    /// <summary>
    /// The words the value was written in ("about 6000 pesos") on a reading: the merge lets a currency name several
    /// countries share follow the destination (<see cref="PlaceCurrency"/>). Never stored.
    /// </summary>
    [Newtonsoft.Json.JsonIgnore]
    [System.Text.Json.Serialization.JsonIgnore]
    public string? ValueSaidAs { get; init; }

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

    /// <summary>
    /// Marketplaces (platform ids) named while this guide ran ("for our AliExpress orders"): a marketplace's own
    /// logistics (Cainiao for AliExpress) is offered only to a seller on it.
    /// </summary>
    public List<string>? SellsOn { get; init; }

    /// <summary>Further products or parcels named with the first ("shoes and toys"), offered after its result.</summary>
    public List<LogisticsProduct>? OtherProducts { get; init; }

    /// <summary>The whole shipment's weight: one carton's times the cartons.</summary>
    public decimal? ShipmentWeightKg() => WeightKg * Math.Max(1, Cartons ?? 1);

    /// <summary>
    /// What of these answers, read from a message said before this guide (in another guide's question, at the menu), means
    /// the same for a parcel: where the goods go, what they are and what they hold. An amount said there was a monthly
    /// budget or a price list, a time a lead time, speed words a platform's plan: never this parcel's value or speed.
    /// </summary>
    public LogisticsAnswers CarriedFromEarlier() => new()
    {
        Destination = Destination,
        OtherDestinations = OtherDestinations,
        DestinationWords = DestinationWords,
        Category = Category,
        Goods = Goods,
    };

    /// <summary>These answers with the marketplaces a message names added to <see cref="SellsOn"/> (each once).</summary>
    public LogisticsAnswers WithPlatformsNamed(MessageEntities entities) =>
        entities.Platforms.Count == 0
            ? this
            : this with { SellsOn = [.. (SellsOn ?? []).Concat(entities.Platforms.Select(p => p.Id)).Distinct(StringComparer.Ordinal)] };
}
