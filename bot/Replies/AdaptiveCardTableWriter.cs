using System.Text.Json;
using static CrossBorderBot.Replies.AdaptiveCardElements;

namespace CrossBorderBot.Replies;

/// <summary>A result table as an Adaptive Card 1.5 <c>Table</c>, the header row bold and the best row accented.</summary>
internal static class AdaptiveCardTableWriter
{
    public const int MaxCellChars = 500;

    public static void Write(ResultTableBlock table, int limit, AdaptiveCardPart part)
    {
        part.AddTitle(table.Title);
        if (table.Columns.Count == 0)
        {
            return;
        }

        var writer = part.Writer;
        writer.WriteStartObject();
        writer.WriteString("type", "Table");
        writer.WriteStartArray("columns");
        for (var column = 0; column < table.Columns.Count; column++)
        {
            writer.WriteStartObject();
            writer.WriteNumber("width", 1);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("rows");
        WriteRow(writer, table.Columns, table.Columns.Count, bold: true, style: null);
        var index = 0;
        foreach (var row in table.Rows.Take(limit))
        {
            var highlighted = table.HighlightFirstRow && index++ == 0;
            WriteRow(writer, row, table.Columns.Count, bold: highlighted, style: highlighted ? "accent" : null);
        }

        writer.WriteEndArray();
        writer.WriteBoolean("firstRowAsHeader", true);
        writer.WriteBoolean("showGridLines", true);
        writer.WriteEndObject();
        part.EndBody();
        part.AddLeftOut(table.Rows.Count, limit);
    }

    /// <summary>One cell per column: a row with fewer cells gets empty ones, extra cells are left out.</summary>
    private static void WriteRow(Utf8JsonWriter writer, IReadOnlyList<string> cells, int columns, bool bold, string? style)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "TableRow");
        writer.WriteStartArray("cells");
        for (var column = 0; column < columns; column++)
        {
            writer.WriteStartObject();
            writer.WriteString("type", "TableCell");
            writer.WriteStartArray("items");
            StartTextBlock(writer, Cut(column < cells.Count ? cells[column] : string.Empty, MaxCellChars));
            if (bold)
            {
                writer.WriteString("weight", "Bolder");
            }

            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (style is not null)
        {
            writer.WriteString("style", style);
        }

        writer.WriteEndObject();
    }
}
