namespace CrossBorderBot.Answers;

/// <summary>The knowledge-gap log's settings (section <c>KnowledgeGaps</c>): where unanswered questions are kept, and whether their text is.</summary>
public sealed class KnowledgeGapOptions
{
    public const string SectionName = "KnowledgeGaps";

    /// <summary>The log file; empty: <see cref="KnowledgeAnswerer.DefaultGapLogPath"/>.</summary>
    public string? Path { get; set; }

    /// <summary>Keep each question's text, not only its hash (off unless set: the text may hold what users typed about themselves).</summary>
    public bool LogText { get; set; }

    public string LogPath => string.IsNullOrEmpty(Path) ? KnowledgeAnswerer.DefaultGapLogPath : Path;
}
