using CrossBorderBot.Dialogs.Prompts;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// Asks for one or more target markets: a button, or names typed in English or Chinese ("US, Germany and Japan",
/// "美国、德国和日本"). The answer is the list of country codes and region ids, in the order named.
/// </summary>
public sealed partial class PlatformMarketsPrompt(string id, GuideLocationResolver resolver) : ButtonOrTypedPrompt<List<string>>(id)
{
    protected override List<string>? Read(string? text, PromptOptions options, Activity activity) =>
        Resolve(text, options.Choices, activity) is { Count: > 0 } markets ? markets : null;

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
