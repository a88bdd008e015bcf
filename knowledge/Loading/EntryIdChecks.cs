using System.Globalization;

namespace CrossBorderBot.Knowledge.Loading;

/// <summary>Checks on ids within one list: unique, unique inside an entry, and matching the entry's file name.</summary>
internal static class EntryIdChecks
{
    public static HashSet<string> Unique<T>(List<Located<T>> items, Func<T, string> id, string what)
    {
        var seen = new Dictionary<string, Located<T>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var key = id(item.Value);
            if (!seen.TryAdd(key, item))
            {
                var first = seen[key];
                item.Report(string.Empty, $"duplicate {what} id '{key}' (first defined in {first.File.RelativePath})");
            }
        }

        return seen.Keys.ToHashSet(StringComparer.Ordinal);
    }

    public static HashSet<string> Ids<T>(Located<T> owner, string listPointer, IEnumerable<string> ids, string what)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var id in ids)
        {
            if (!set.Add(id))
            {
                owner.Report($"{listPointer}/{i}", $"duplicate {what} id '{id}'");
            }

            i++;
        }

        return set;
    }

    public static void Duplicates<T>(Located<T> owner, string listPointer, IEnumerable<string> ids, string what) =>
        Ids(owner, listPointer, ids, what);

    public static void FileName<T>(Located<T> entry, string id)
    {
        if (!string.Equals(entry.File.Stem, id, StringComparison.Ordinal))
        {
            entry.Report("/id", $"id '{id}' does not match the file name '{entry.File.Stem}'");
        }
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
