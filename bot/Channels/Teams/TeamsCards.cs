using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Channels.Teams;

/// <summary>The Adaptive Cards (schema 1.5, no buttons) the Teams door itself builds.</summary>
public static class TeamsCards
{
    /// <summary>Replaces a question card after <c>Action.Execute</c>: the question and the chosen option, no buttons.</summary>
    public static JObject Chosen(string? question, string chosenTitle, TeamsText text) =>
        Card(QuestionBlock(question), new JObject
        {
            ["type"] = "TextBlock",
            ["text"] = "✓ " + string.Format(CultureInfo.InvariantCulture, text.Chosen, chosenTitle),
            ["weight"] = "Bolder",
            ["wrap"] = true,
        });

    /// <summary>Replaces a question card whose question is no longer waiting.</summary>
    public static JObject Expired(string? question, TeamsText text) =>
        Card(QuestionBlock(question), new JObject
        {
            ["type"] = "TextBlock",
            ["text"] = text.CardExpiredShort,
            ["color"] = "Warning",
            ["wrap"] = true,
        });

    /// <summary>A knowledge entry the user can insert into a conversation from the compose box.</summary>
    public static JObject SearchResult(TeamsSearchResult result, TeamsText text)
    {
        var blocks = new List<JObject>
        {
            new() { ["type"] = "TextBlock", ["text"] = result.Kind, ["size"] = "Small", ["isSubtle"] = true, ["wrap"] = true },
            new() { ["type"] = "TextBlock", ["text"] = result.Title, ["size"] = "Medium", ["weight"] = "Bolder", ["wrap"] = true },
            new() { ["type"] = "TextBlock", ["text"] = result.Summary, ["wrap"] = true },
        };
        foreach (var source in result.Sources.Take(3))
        {
            blocks.Add(new JObject
            {
                ["type"] = "TextBlock",
                ["text"] = $"{text.Source}: [{source.Title}]({source.Url}) — {source.Publisher}",
                ["size"] = "Small",
                ["wrap"] = true,
            });
        }

        if (result.Reviewed is { } reviewed)
        {
            blocks.Add(new JObject
            {
                ["type"] = "TextBlock",
                ["text"] = string.Format(CultureInfo.InvariantCulture, text.Reviewed, reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                ["size"] = "Small",
                ["isSubtle"] = true,
            });
        }

        return Card([.. blocks]);
    }

    private static JObject? QuestionBlock(string? question) => string.IsNullOrWhiteSpace(question)
        ? null
        : new JObject { ["type"] = "TextBlock", ["text"] = question, ["wrap"] = true };

    private static JObject Card(params JObject?[] body) => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["version"] = "1.5",
        ["body"] = new JArray(body.Where(block => block is not null)),
    };
}
