using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Understanding;

/// <summary>
/// Everything the recognizer found in one message, typed and in order of appearance. It travels from the recognizer
/// to the guides (and from one guide to the next) as it is; plain lists so it survives dialog state as JSON.
/// </summary>
public sealed record MessageEntities
{
    public static MessageEntities None { get; } = new();

    public List<CountryEntity> Countries { get; init; } = [];

    public List<RegionEntity> Regions { get; init; } = [];

    public List<WeightEntity> Weights { get; init; } = [];

    public List<MoneyEntity> Money { get; init; } = [];

    public List<CategoryEntity> Categories { get; init; } = [];

    public List<IssueTypeEntity> IssueTypes { get; init; } = [];

    public List<PlatformEntity> Platforms { get; init; } = [];

    public bool IsEmpty => Countries.Count + Regions.Count + Weights.Count + Money.Count + Categories.Count + IssueTypes.Count + Platforms.Count == 0;

    /// <summary>Country codes, then region ids, each once: the places named, countries first.</summary>
    public IReadOnlyList<string> Locations =>
        Countries.Select(c => c.Code).Concat(Regions.Select(r => r.Id)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The first country named or, when none was, the first region.</summary>
    public string? FirstLocation => Countries.FirstOrDefault()?.Code ?? Regions.FirstOrDefault()?.Id;

    internal static MessageEntities From(IEnumerable<EntityMention> mentions)
    {
        var list = mentions.ToList();
        return new MessageEntities
        {
            Countries = list.Where(m => m.Kind == EntityType.Country).Select(m => new CountryEntity(m.Value, m.Text)).ToList(),
            Regions = list.Where(m => m.Kind == EntityType.Region).Select(m => new RegionEntity(m.Value, m.Text)).ToList(),
            Weights = list.Where(m => m.Kind == EntityType.Weight)
                .Select(m => new WeightEntity(decimal.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture), m.Text)).ToList(),
            Money = list.Where(m => m.Kind == EntityType.Money).Select(m => new MoneyEntity(m.Amount, m.Currency, m.Text)).ToList(),
            Categories = list.Where(m => m.Kind == EntityType.Category).Select(m => new CategoryEntity(m.Value, m.Text)).ToList(),
            IssueTypes = list.Where(m => m.Kind == EntityType.IssueType).Select(m => new IssueTypeEntity(m.Value, m.Text)).ToList(),
            Platforms = list.Where(m => m.Kind == EntityType.Platform).Select(m => new PlatformEntity(m.Value, m.Text)).ToList(),
        };
    }

    /// <summary>The JSON shape of <c>RecognizerResult.Entities</c> (see <see cref="EntityType"/>), for the Emulator trace.</summary>
    public JObject ToJson()
    {
        var json = new JObject();
        Add(json, EntityType.Country, Countries.Select(c => new JObject { ["code"] = c.Code, ["text"] = c.Text }));
        Add(json, EntityType.Region, Regions.Select(r => new JObject { ["id"] = r.Id, ["text"] = r.Text }));
        Add(json, EntityType.Weight, Weights.Select(w => new JObject { ["kilograms"] = w.Kilograms, ["text"] = w.Text }));
        Add(json, EntityType.Money, Money.Select(m => new JObject { ["amount"] = m.Amount, ["currency"] = m.Currency, ["text"] = m.Text }));
        Add(json, EntityType.Category, Categories.Select(c => new JObject { ["id"] = c.Id, ["text"] = c.Text }));
        Add(json, EntityType.IssueType, IssueTypes.Select(i => new JObject { ["id"] = i.Id, ["text"] = i.Text }));
        Add(json, EntityType.Platform, Platforms.Select(p => new JObject { ["id"] = p.Id, ["text"] = p.Text }));
        return json;
    }

    private static void Add(JObject json, EntityType kind, IEnumerable<JObject> items)
    {
        var array = new JArray(items);
        if (array.Count > 0)
        {
            json[kind.Key()] = array;
        }
    }
}
