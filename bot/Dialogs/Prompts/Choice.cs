namespace CrossBorderBot.Dialogs.Prompts;

/// <summary>One option of a <see cref="ChoicePrompt"/>: the value returned, the title shown, and other words for it.</summary>
public sealed class Choice
{
    public Choice()
    {
    }

    public Choice(string value, string? title = null, IEnumerable<string>? synonyms = null)
    {
        Value = value;
        Title = title;
        Synonyms = synonyms?.ToList() ?? [];
    }

    public string Value { get; set; } = string.Empty;

    /// <summary>The button text; the value is shown when absent.</summary>
    public string? Title { get; set; }

    public List<string> Synonyms { get; set; } = [];

    internal string DisplayTitle => string.IsNullOrWhiteSpace(Title) ? Value : Title;
}
