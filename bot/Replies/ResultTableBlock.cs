namespace CrossBorderBot.Replies;

/// <summary>
/// A table of results (platforms compared, logistics channels ranked). Each row has one cell per column; missing
/// cells show empty and extra cells are ignored. <paramref name="HighlightFirstRow"/> marks the first row as the
/// recommendation. Long tables are shortened by the renderers with an "…and N more" line.
/// </summary>
public sealed record ResultTableBlock(
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    bool HighlightFirstRow = false,
    string? Title = null) : ReplyBlock;
