using System.Globalization;
using CrossBorderBot.Understanding;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// Reads the recognizer's entities (the JSON in <see cref="GuideStartOptions.Entities"/>) for pre-filling a guide:
/// the first mention of each kind, since "2kg of shoes to Germany" names each thing once.
/// </summary>
public static class GuideEntities
{
    public static decimal? WeightKg(JObject? entities) =>
        First(entities, EntityNames.Weight)?["kilograms"] is { } kg && Decimal(kg) is { } value && value > 0 ? value : null;

    /// <summary>The first amount of money and its ISO currency, or null.</summary>
    public static (decimal Amount, string Currency)? Money(JObject? entities)
    {
        var money = First(entities, EntityNames.Money);
        return money?["amount"] is { } amount && Decimal(amount) is { } value && money["currency"]?.ToString() is { Length: 3 } currency
            ? (value, currency.ToUpperInvariant())
            : null;
    }

    /// <summary>The first country code or, when no country was named, the first region id.</summary>
    public static string? Location(JObject? entities) =>
        First(entities, EntityNames.Country)?["code"]?.ToString() is { Length: > 0 } code
            ? code
            : First(entities, EntityNames.Region)?["id"]?.ToString() is { Length: > 0 } region ? region : null;

    public static string? Category(JObject? entities) => Id(entities, EntityNames.Category);

    public static string? IssueType(JObject? entities) => Id(entities, EntityNames.IssueType);

    private static string? Id(JObject? entities, string kind) =>
        First(entities, kind)?["id"]?.ToString() is { Length: > 0 } id ? id : null;

    private static JObject? First(JObject? entities, string kind) =>
        entities?[kind] is JArray { Count: > 0 } array ? array[0] as JObject : null;

    private static decimal? Decimal(JToken token) => token.Type switch
    {
        JTokenType.Integer or JTokenType.Float => token.Value<decimal>(),
        JTokenType.String => decimal.TryParse(token.ToString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) ? parsed : null,
        _ => null,
    };
}
