namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// What a guide says it noted, as one list: answers described under the same heading ("Team and language — 3 people",
/// "Team and language — Fluent") are said under that heading once ("Team and language — 3 people, Fluent"), so a
/// message that answers two questions of one area does not repeat the area.
/// </summary>
public static class NotedList
{
    /// <summary>Between a heading and the answer in a described answer (see <c>ReadinessSlotReader.Describe</c>).</summary>
    private const string HeadingMark = " — ";

    public static string Join(IEnumerable<string> items, string separator)
    {
        var groups = new List<(string? Heading, List<string> Answers)>();
        foreach (var item in items)
        {
            var at = item.IndexOf(HeadingMark, StringComparison.Ordinal);
            var heading = at > 0 ? item[..at] : null;
            var answer = at > 0 ? item[(at + HeadingMark.Length)..] : item;
            var index = heading is null ? -1 : groups.FindIndex(group => group.Heading == heading);
            if (index >= 0)
            {
                groups[index].Answers.Add(answer);
            }
            else
            {
                groups.Add((heading, [answer]));
            }
        }

        return string.Join(separator, groups.Select(group => group.Heading is null
            ? string.Join(separator, group.Answers)
            : group.Heading + HeadingMark + string.Join(separator, group.Answers)));
    }
}
