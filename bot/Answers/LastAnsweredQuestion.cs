namespace CrossBorderBot.Answers;

/// <summary>
/// The last question answered in a conversation, kept in conversation state so that "more" / "更多" typed after the
/// answer finds it after a restart and on any instance, and a follow-up ("how much does that cost?") finds its topic.
/// </summary>
public sealed class LastAnsweredQuestion
{
    public string Question { get; set; } = string.Empty;

    public string Language { get; set; } = string.Empty;

    /// <summary>The title of the entry the answer came from, the topic a follow-up question points back to; null when the last question was not answered.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Title { get; set; }
}
