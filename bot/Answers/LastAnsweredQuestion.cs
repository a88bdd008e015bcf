namespace CrossBorderBot.Answers;

/// <summary>
/// The last question answered in a conversation, kept in conversation state so that "more" / "更多" typed after the
/// answer finds it after a restart and on any instance.
/// </summary>
public sealed class LastAnsweredQuestion
{
    public string Question { get; set; } = string.Empty;

    public string Language { get; set; } = string.Empty;
}
