namespace CrossBorderBot.Dialogs.Prompts;

/// <summary>What a prompt asks, what it says after a wrong answer, and its choices. Saved as JSON in the prompt's state.</summary>
public sealed class PromptOptions
{
    /// <summary>The question.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(PromptActivityJsonConverter))]
    public Activity? Prompt { get; set; }

    /// <summary>Said after an answer the prompt could not use; the question is repeated when absent.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(PromptActivityJsonConverter))]
    public Activity? RetryPrompt { get; set; }

    /// <summary>The choices of a <see cref="ChoicePrompt"/>.</summary>
    public List<Choice> Choices { get; set; } = [];

    /// <summary>
    /// The guide slot the prompt asks for, when the guide needs it to judge an answer (a number about another question is
    /// not this one's); null for prompts that ask no slot, and in prompts stored before it was kept.
    /// </summary>
    public string? Slot { get; set; }

    /// <summary>After this many unusable answers the prompt also says how to leave the guide (it never gives up on its own).</summary>
    public int MaxAttempts { get; set; } = 3;

    public static PromptOptions FromText(string prompt, string? retryPrompt = null, IEnumerable<Choice>? choices = null) => new()
    {
        Prompt = (Activity)MessageFactory.Text(prompt, inputHint: InputHints.ExpectingInput),
        RetryPrompt = retryPrompt is null ? null : (Activity)MessageFactory.Text(retryPrompt, inputHint: InputHints.ExpectingInput),
        Choices = choices?.ToList() ?? [],
    };
}
