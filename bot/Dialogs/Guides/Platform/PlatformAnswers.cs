using CrossBorderBot.Knowledge.Advisors;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>The platform guide's answers so far (null = not yet known); kept in the waterfall's values.</summary>
public sealed record PlatformAnswers
{
    /// <summary>
    /// Stored as "B2B", "B2C" or "O2O": the knowledge base's own spelling (its platforms' models, the slot vocabulary's
    /// values, the button values), which was the stored text while this was a string.
    /// </summary>
    [Newtonsoft.Json.JsonConverter(typeof(StringEnumConverter))]
    [System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<BusinessModel>))]
    public BusinessModel? Model { get; init; }

    /// <summary>
    /// The other model when the seller sells to both businesses and consumers ("we do both", "批发零售都做"): the result
    /// is for <see cref="Model"/>, and this one is offered after it.
    /// </summary>
    [Newtonsoft.Json.JsonConverter(typeof(StringEnumConverter))]
    [System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<BusinessModel>))]
    public BusinessModel? OtherModel { get; init; }

    /// <summary>Country codes and region ids of the knowledge base.</summary>
    public List<string>? Markets { get; init; }

    /// <summary>
    /// The user's words for a group of countries that is no single market ("the Gulf", "北欧") when the markets came
    /// from one: said with them, so the user sees which countries were taken.
    /// </summary>
    public string? MarketWords { get; init; }

    /// <summary>A category id, or <see cref="PlatformCategoryPrompt.AnyValue"/> for no particular category.</summary>
    public string? Category { get; init; }

    /// <summary>
    /// The seller's words for the goods ("silicone teething rings", "foam rollers and jump ropes"): kept and said back,
    /// never asked again — with <see cref="Category"/> set to <see cref="PlatformCategoryPrompt.AnyValue"/> when the
    /// category list has no name for them, beside the categories they fit otherwise.
    /// </summary>
    public string? ProductWords { get; init; }

    /// <summary>Further category ids named with the first ("toys and kids' clothes"), offered after the result.</summary>
    public List<string>? OtherCategories { get; init; }

    public decimal? BudgetAmount { get; init; }

    public string? BudgetCurrency { get; init; }

    /// <summary>Stored as "none", "some" or "experienced" (<see cref="EnumWords"/>), as while this was a string.</summary>
    [Newtonsoft.Json.JsonConverter(typeof(StringEnumConverter), typeof(CamelCaseNamingStrategy))]
    [System.Text.Json.Serialization.JsonConverter(typeof(StoredEnumConverter<SellerExperience>))]
    public SellerExperience? Experience { get; init; }

    public bool? OwnBrand { get; init; }
}
