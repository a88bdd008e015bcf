using Newtonsoft.Json.Linq;
using CrossBorderBot.Replies;
using static CrossBorderBot.Tests.Replies.JObjectCardReference.JObjectCardElements;

namespace CrossBorderBot.Tests.Replies.JObjectCardReference;

/// <summary>A result table as an Adaptive Card 1.5 <c>Table</c>, the header row bold and the best row accented.</summary>
internal static class JObjectCardTableWriter
{
    public const int MaxCellChars = 500;

    public static void Write(ResultTableBlock table, int limit, JObjectCardPart part)
    {
        part.AddTitle(table.Title);
        if (table.Columns.Count == 0)
        {
            return;
        }

        var rows = new JArray { Row(table.Columns, bold: true, style: null) };
        var index = 0;
        foreach (var row in table.Rows.Take(limit))
        {
            var highlighted = table.HighlightFirstRow && index++ == 0;
            var cells = Enumerable.Range(0, table.Columns.Count).Select(column => column < row.Count ? row[column] : string.Empty).ToList();
            rows.Add(Row(cells, bold: highlighted, style: highlighted ? "accent" : null));
        }

        part.Body.Add(new JObject
        {
            ["type"] = "Table",
            ["columns"] = new JArray(table.Columns.Select(_ => new JObject { ["width"] = 1 })),
            ["rows"] = rows,
            ["firstRowAsHeader"] = true,
            ["showGridLines"] = true,
        });
        part.AddLeftOut(table.Rows.Count, limit);
    }

    private static JObject Row(IEnumerable<string> cells, bool bold, string? style)
    {
        var row = new JObject
        {
            ["type"] = "TableRow",
            ["cells"] = new JArray(cells.Select(text =>
            {
                var block = TextBlock(Cut(text, MaxCellChars));
                if (bold)
                {
                    block["weight"] = "Bolder";
                }

                return new JObject { ["type"] = "TableCell", ["items"] = new JArray(block) };
            })),
        };
        if (style is not null)
        {
            row["style"] = style;
        }

        return row;
    }
}
