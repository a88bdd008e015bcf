using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Replies;

/// <summary>
/// A result table as aligned monospace text in code-fenced sections (Block Kit has no table); the header is repeated in
/// each section so every part reads alone, and the best row is marked with a star.
/// </summary>
internal static class BlockKitTableWriter
{
    private const int MaxCellWidth = 30;
    private const string Fence = "```";

    /// <summary>The table's sections; the rows shown are at most <paramref name="maxRows"/>.</summary>
    public static IEnumerable<JObject> Sections(ResultTableBlock table, int maxRows)
    {
        var rows = table.Rows.Take(maxRows)
            .Select(row => Enumerable.Range(0, table.Columns.Count).Select(column => Cell(column < row.Count ? row[column] : string.Empty)).ToList())
            .ToList();
        var header = table.Columns.Select(Cell).ToList();
        var widths = Enumerable.Range(0, header.Count)
            .Select(column => rows.Select(row => BlockKitText.DisplayWidth(row[column])).Append(BlockKitText.DisplayWidth(header[column])).Max())
            .ToList();
        var marker = table.HighlightFirstRow ? "  " : string.Empty;
        var headLines = new[]
        {
            marker + Line(header, widths),
            marker + string.Join("  ", widths.Select(width => new string('-', width))),
        };
        var bodyLines = rows.Select((row, index) => (table.HighlightFirstRow ? (index == 0 ? "* " : "  ") : string.Empty) + Line(row, widths));

        var head = ReplyMarkdown.EscapeSlack(string.Join('\n', headLines));
        var budget = BlockKitRenderer.MaxSectionTextChars - (2 * Fence.Length) - 2 - head.Length - 1;
        var current = new StringBuilder();
        foreach (var line in bodyLines.Select(ReplyMarkdown.EscapeSlack).Select(line => ReplyMarkdown.Cut(line, budget)))
        {
            if (current.Length > 0 && current.Length + 1 + line.Length > budget)
            {
                yield return BlockKitElements.Section(Fence + "\n" + head + "\n" + current + "\n" + Fence);
                current.Clear();
            }

            current.Append(current.Length > 0 ? "\n" : string.Empty).Append(line);
        }

        yield return BlockKitElements.Section(Fence + "\n" + head + (current.Length > 0 ? "\n" + current : string.Empty) + "\n" + Fence);
    }

    private static string Cell(string text) => ReplyMarkdown.Cut(text.Replace('\n', ' ').Trim(), MaxCellWidth);

    private static string Line(IReadOnlyList<string> cells, IReadOnlyList<int> widths) =>
        string.Join("  ", cells.Select((cell, column) => cell + new string(' ', widths[column] - BlockKitText.DisplayWidth(cell)))).TrimEnd();
}
