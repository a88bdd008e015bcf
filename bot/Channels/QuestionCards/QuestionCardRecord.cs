namespace CrossBorderBot.Channels.QuestionCards;

/// <summary>One question card the bot sent in a conversation (kept in conversation state).</summary>
public sealed class QuestionCardRecord
{
    /// <summary>The stamp written into every button's data as <c>promptId</c>.</summary>
    public string PromptId { get; set; } = string.Empty;

    /// <summary>The message id the channel gave the card (the <c>replyToId</c> of its submits); empty when unknown.</summary>
    public string ActivityId { get; set; } = string.Empty;

    /// <summary>A hash of the question and its options: two cards with the same key ask the same thing.</summary>
    public string QuestionKey { get; set; } = string.Empty;

    /// <summary>The question's text, shown again on the updated card after <c>Action.Execute</c>.</summary>
    public string Question { get; set; } = string.Empty;

    /// <summary>Button titles by submitted value, to show which option was chosen.</summary>
    public Dictionary<string, string> Options { get; set; } = new(StringComparer.Ordinal);
}
