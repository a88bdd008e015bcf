using System.Text.RegularExpressions;
using CrossBorderBot.Dialogs.Prompts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// Asks for one or more target markets: a button, or names typed in English or Chinese ("US, Germany and Japan",
/// "美国、德国和日本"). The answer is the list of country codes and region ids, in the order named.
/// </summary>
public sealed partial class PlatformMarketsPrompt(string id, GuideLocationResolver resolver) : Prompt<List<string>>(id)
{
    protected override Task<PromptRecognizerResult<List<string>>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var verb = PromptInput.Verb(turnContext.Activity);
        if (verb is not null && !string.Equals(verb, PromptInput.ChooseVerb, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(PromptRecognizerResult<List<string>>.Failed);
        }

        var text = GetAnswerText(turnContext);
        var markets = Resolve(text, options.Choices, turnContext.Activity);
        return Task.FromResult(markets.Count == 0
            ? PromptRecognizerResult<List<string>>.Failed
            : PromptRecognizerResult<List<string>>.Success(markets));
    }

    protected override Activity DecoratePrompt(ITurnContext turnContext, PromptOptions options, Activity prompt) =>
        ChoiceCard.Attach(turnContext, prompt, options.Choices.Select(choice => (choice.DisplayTitle, choice.Value)));

    private List<string> Resolve(string? text, IReadOnlyList<Choice> choices, Activity activity)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        if (ChoicePrompt.Recognize(text, choices, PromptLanguage.Cultures(activity)) is { } chosen)
        {
            return [chosen.Value];
        }

        var markets = new List<string>();
        foreach (var part in Separators().Split(text))
        {
            if (resolver.Resolve(part, activity.Locale) is { } market && !markets.Contains(market, StringComparer.OrdinalIgnoreCase))
            {
                markets.Add(market);
            }
        }

        return markets;
    }

    [GeneratedRegex(@"\s*(?:,|，|、|;|；|/|&|\+|\band\b|\bor\b|和|与|及|以及|或)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Separators();
}
