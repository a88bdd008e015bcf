using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Dialogs.Prompts;

/// <summary>
/// The Adaptive Card 1.5 a choice or confirm prompt shows: the question, then one submit button per option whose
/// data is <c>{ "verb": "choose", "value": ... }</c> so the answer does not depend on the button's title.
/// </summary>
internal static class ChoiceCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static Attachment Create(string? text, IEnumerable<(string Title, string Value)> options)
    {
        var card = new JObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = new JArray(new JObject
            {
                ["type"] = "TextBlock",
                ["text"] = text ?? string.Empty,
                ["wrap"] = true,
            }),
            ["actions"] = new JArray(options.Select(option => new JObject
            {
                ["type"] = "Action.Submit",
                ["title"] = option.Title,
                ["data"] = new JObject { ["verb"] = PromptInput.ChooseVerb, ["value"] = option.Value },
            })),
        };
        return new Attachment { ContentType = ContentType, Content = card };
    }

    /// <summary>The prompt activity with the card attached (the text stays for channels that show only text).</summary>
    public static Activity Attach(Activity prompt, IEnumerable<(string Title, string Value)> options)
    {
        prompt.Attachments = [Create(prompt.Text, options)];
        return prompt;
    }
}
