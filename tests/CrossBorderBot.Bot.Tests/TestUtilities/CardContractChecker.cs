using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>
/// Checks an Adaptive Card against the contract every card the bot sends must meet (docs/ARCHITECTURE.md, "Contracts"): type
/// AdaptiveCard, <c>version</c> ≤ 1.5, only element and action types that exist in 1.5 (the whole tree, show-cards
/// included), inputs with unique ids, compact JSON under 28 KB, every <c>Action.Submit</c> carrying object data with a
/// <c>verb</c>, and at most six buttons in one row.
/// </summary>
public static class CardContractChecker
{
    public const int MaxBytes = 28 * 1024;
    public const int MaxActionsPerList = 6;

    private static readonly Version MaxVersion = new(1, 5);

    /// <summary>Every element, inline and sub-object type of the Adaptive Cards schema up to 1.5.</summary>
    public static readonly IReadOnlySet<string> ElementTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "AdaptiveCard", "TextBlock", "RichTextBlock", "TextRun", "Image", "ImageSet", "Media", "MediaSource",
        "Container", "ColumnSet", "Column", "FactSet", "Table", "TableRow", "TableCell", "ActionSet",
        "Input.Text", "Input.Number", "Input.Date", "Input.Time", "Input.Toggle", "Input.ChoiceSet", "Input.Choice",
    };

    /// <summary>Every action type up to 1.5 (Action.Execute is 1.4).</summary>
    public static readonly IReadOnlySet<string> ActionTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "Action.Submit", "Action.OpenUrl", "Action.ShowCard", "Action.ToggleVisibility", "Action.Execute",
    };

    /// <summary>What is wrong with the card; empty when it meets the contract.</summary>
    public static IReadOnlyList<string> Check(JObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var problems = new List<string>();
        if ((string?)card["type"] != "AdaptiveCard")
        {
            problems.Add($"type is '{card["type"]}', not 'AdaptiveCard'");
        }

        var version = (string?)card["version"];
        if (!Version.TryParse(version, out var parsed) || parsed > MaxVersion)
        {
            problems.Add($"version '{version}' is not 1.5 or lower");
        }

        var size = Encoding.UTF8.GetByteCount(card.ToString(Formatting.None));
        if (size >= MaxBytes)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"card is {size} bytes, not under {MaxBytes}"));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        Walk(card, "$", problems, ids);
        return problems;
    }

    /// <summary>Fails the test with every problem found and the card's JSON.</summary>
    public static void AssertValid(JObject card)
    {
        var problems = Check(card);
        if (problems.Count > 0)
        {
            Assert.Fail("The Adaptive Card breaks the card contract:\n- " + string.Join("\n- ", problems) + "\n" + Preview(card));
        }
    }

    private static void Walk(JToken token, string path, List<string> problems, HashSet<string> ids)
    {
        switch (token)
        {
            case JArray array:
                if (path.EndsWith(".actions", StringComparison.Ordinal) && array.Count > MaxActionsPerList)
                {
                    problems.Add($"{path} has {array.Count} actions, more than {MaxActionsPerList}");
                }

                for (var index = 0; index < array.Count; index++)
                {
                    Walk(array[index], $"{path}[{index}]", problems, ids);
                }

                break;
            case JObject obj:
                CheckObject(obj, path, problems, ids);
                foreach (var property in obj.Properties())
                {
                    // Submit data is the bot's own payload and msteams holds Teams-only extras (mentions): neither is card structure.
                    if ((property.Name == "data" && IsAction(obj)) || property.Name == "msteams")
                    {
                        continue;
                    }

                    Walk(property.Value, $"{path}.{property.Name}", problems, ids);
                }

                break;
        }
    }

    private static bool IsAction(JObject obj) => ((string?)obj["type"])?.StartsWith("Action.", StringComparison.Ordinal) == true;

    private static void CheckObject(JObject obj, string path, List<string> problems, HashSet<string> ids)
    {
        if (obj["type"] is not JValue { Type: JTokenType.String } typeToken)
        {
            return;
        }

        var type = (string)typeToken!;
        if (!ElementTypes.Contains(type) && !ActionTypes.Contains(type))
        {
            problems.Add($"{path}: '{type}' is not an Adaptive Card 1.5 element or action");
        }

        var id = (string?)obj["id"];
        if (type.StartsWith("Input.", StringComparison.Ordinal) && type != "Input.Choice" && string.IsNullOrWhiteSpace(id))
        {
            problems.Add($"{path}: {type} has no id");
        }

        if (!string.IsNullOrEmpty(id) && type != "Input.Choice" && !ids.Add(id))
        {
            problems.Add($"{path}: id '{id}' is used more than once");
        }

        if (type == "Action.Submit")
        {
            if (obj["data"] is not JObject data)
            {
                problems.Add($"{path}: Action.Submit data is not an object");
            }
            else if (data["verb"] is not JValue { Type: JTokenType.String } verb || string.IsNullOrWhiteSpace((string?)verb))
            {
                problems.Add($"{path}: Action.Submit data has no verb");
            }
        }

        if (type == "Action.Execute" && string.IsNullOrWhiteSpace((string?)obj["verb"]))
        {
            problems.Add($"{path}: Action.Execute has no verb");
        }
    }

    private static string Preview(JObject card)
    {
        var json = card.ToString(Formatting.Indented);
        return json.Length <= 4000 ? json : json[..4000] + "\n…";
    }
}
