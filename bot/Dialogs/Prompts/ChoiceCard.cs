namespace CrossBorderBot.Dialogs.Prompts;

/// <summary>
/// How a choice or confirm prompt shows its question: a <see cref="ChoiceSetBlock"/> rendered for the channel, so
/// Teams and Web Chat get an Adaptive Card whose buttons send <c>{ "verb": "choose", "value": ... }</c>, Slack gets
/// Block Kit buttons with the same data, and text-only channels get numbered choices. The answer never depends on
/// a button's title.
/// </summary>
internal static class ChoiceCard
{
    public static Reply Create(string? text, IEnumerable<(string Title, string Value)> options) =>
        Reply.Of(new ChoiceSetBlock(
            text ?? string.Empty,
            [.. options.Select(option => new ReplyChoice(option.Value, option.Title))],
            PromptInput.ChooseVerb));

    /// <summary>The prompt activity dressed for the channel (it keeps its input hint and locale).</summary>
    public static Activity Attach(ITurnContext turnContext, Activity prompt, IEnumerable<(string Title, string Value)> options) =>
        ReplyActivityFactory.Apply(turnContext, prompt, Create(prompt.Text, options));
}
