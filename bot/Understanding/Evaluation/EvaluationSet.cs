using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Understanding.Evaluation;

/// <summary>
/// Reads the labelled TSV (utterance, intent, entities) and turns expected and recognised entities into the same
/// compact keys: <c>country=de</c>, <c>region=eu</c>, <c>weight=2.5</c> (kg), <c>money=30USD</c>,
/// <c>category=shoes</c>, <c>platform=amazon</c>, <c>dimensions=35x25x25</c> (cm), <c>sensitiveGoods=battery</c>,
/// <c>answer=yes</c>; "-" means none. <c>issueType=customs_hold</c> is the line's issue sub-type, kept apart from the
/// entity keys and measured on its own.
/// </summary>
internal static partial class EvaluationSet
{
    private static readonly string SubTypePrefix = EntityType.IssueType.Key() + "=";

    public static IReadOnlyList<EvaluationCase> Parse(IEnumerable<string> lines)
    {
        var cases = new List<EvaluationCase>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#') || line.StartsWith("utterance\t", StringComparison.Ordinal))
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length < 2)
            {
                throw new FormatException($"Line {number}: expected utterance<TAB>intent<TAB>entities.");
            }

            var entities = columns.Length > 2 ? ParseEntities(columns[2], number) : new HashSet<string>();
            var subType = entities.FirstOrDefault(k => k.StartsWith(SubTypePrefix, StringComparison.Ordinal))?[SubTypePrefix.Length..];
            entities.RemoveWhere(k => k.StartsWith(SubTypePrefix, StringComparison.Ordinal));
            cases.Add(new EvaluationCase(number, columns[0], columns[1].Trim(), entities, subType));
        }

        return cases;
    }

    /// <summary>The first issue type the recognizer found: the sub-type the fix-an-issue guide would start with.</summary>
    public static string? SubType(JObject? entities) =>
        (entities?[EntityType.IssueType.Key()] as JArray)?.OfType<JObject>().Select(o => o.Value<string>("id")).FirstOrDefault();

    /// <summary>The compact keys of a recognizer's entities JSON (issue types excluded).</summary>
    public static IReadOnlySet<string> Keys(JObject? entities)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (entities is null)
        {
            return keys;
        }

        foreach (var (kind, token) in entities)
        {
            var entityKind = EntityTypes.FromKey(kind);
            if (token is not JArray items || entityKind == EntityType.IssueType)
            {
                continue;
            }

            foreach (var item in items.OfType<JObject>())
            {
                var value = entityKind switch
                {
                    EntityType.Country => item.Value<string>("code"),
                    EntityType.Weight => Number(item.Value<decimal>("kilograms")),
                    EntityType.Money => Number(item.Value<decimal>("amount")) + item.Value<string>("currency"),
                    _ => item.Value<string>("id"),
                };
                keys.Add($"{kind}={value}");
            }
        }

        return keys;
    }

    private static HashSet<string> ParseEntities(string column, int line)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in column.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part == "-")
            {
                continue;
            }

            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new FormatException($"Line {line}: entity '{part}' is not type=value.");
            }

            var kind = part[..eq];
            var value = part[(eq + 1)..];
            keys.Add(EntityTypes.FromKey(kind) switch
            {
                EntityType.Weight => $"{kind}={Number(decimal.Parse(value, CultureInfo.InvariantCulture))}",
                EntityType.Money when MoneyRegex().Match(value) is { Success: true } m =>
                    $"{kind}={Number(decimal.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))}{m.Groups[2].Value.ToUpperInvariant()}",
                _ => $"{kind}={value}",
            });
        }

        return keys;
    }

    private static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^([0-9.]+)\s*([A-Za-z]{3})$", RegexOptions.CultureInvariant)]
    private static partial Regex MoneyRegex();
}
