namespace CrossBorderBot.Knowledge.Loading;

/// <summary>
/// Several sources may cite the same text (one per area file); users see each one's published date, so they must agree.
/// A site's home page is exempt: it is the landing page for many different documents, each with its own date.
/// </summary>
internal sealed class SourceDateChecker(LoadedEntries entries)
{
    public void Check()
    {
        var sameText = entries.Sources
            .Where(s => s.Value.Published is not null && !IsHomePage(s.Value.Url))
            .GroupBy(s => s.Value.Url.TrimEnd('/'), StringComparer.OrdinalIgnoreCase);
        foreach (var group in sameText)
        {
            var first = group.First();
            foreach (var other in group.Skip(1).Where(s => s.Value.Published != first.Value.Published))
            {
                other.Report("/published", $"source '{other.Value.Id}' gives {other.Value.Published:yyyy-MM-dd} as the date of the text that source '{first.Value.Id}' dates {first.Value.Published:yyyy-MM-dd}; cite one date (the publication date)");
            }
        }
    }

    private static bool IsHomePage(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.AbsolutePath is "/" or "" && uri.Query.Length == 0;
}
