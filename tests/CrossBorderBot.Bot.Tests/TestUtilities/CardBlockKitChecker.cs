using System.Globalization;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>
/// Checks one Slack message's blocks against Block Kit's limits (PROTOCOLS.md): 50 blocks; section text 3000;
/// 10 fields of 2000; header 150; button text 75 and value 2000; action_id/block_id 255 and unique in the message;
/// 25 elements per actions block; 10 per context block; 100 options of 75/150 in a select.
/// </summary>
public static class CardBlockKitChecker
{
    private static readonly HashSet<string> BlockTypes = new(StringComparer.Ordinal)
    {
        "section", "header", "actions", "context", "divider", "input", "image", "rich_text", "file", "video",
    };

    public static IReadOnlyList<string> Check(JArray blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var problems = new List<string>();
        var actionIds = new HashSet<string>(StringComparer.Ordinal);
        var blockIds = new HashSet<string>(StringComparer.Ordinal);
        Limit(problems, "message", "blocks", blocks.Count, 50);

        for (var index = 0; index < blocks.Count; index++)
        {
            var block = (JObject)blocks[index];
            var at = $"blocks[{index}]";
            var type = (string?)block["type"];
            if (type is null || !BlockTypes.Contains(type))
            {
                problems.Add($"{at}: unknown block type '{type}'");
            }

            if ((string?)block["block_id"] is { } blockId)
            {
                Limit(problems, at, "block_id", blockId.Length, 255);
                if (!blockIds.Add(blockId))
                {
                    problems.Add($"{at}: block_id '{blockId}' repeated");
                }
            }

            switch (type)
            {
                case "section":
                    CheckText(problems, at + ".text", block["text"], 3000);
                    if (block["fields"] is JArray fields)
                    {
                        Limit(problems, at, "fields", fields.Count, 10);
                        foreach (var field in fields)
                        {
                            CheckText(problems, at + ".fields", field, 2000);
                        }
                    }
                    else if (block["text"] is null)
                    {
                        problems.Add($"{at}: section without text or fields");
                    }

                    if (block["accessory"] is JObject accessory)
                    {
                        CheckElement(problems, at + ".accessory", accessory, actionIds);
                    }

                    break;
                case "header":
                    CheckText(problems, at + ".text", block["text"], 150);
                    break;
                case "context":
                    var elements = block["elements"] as JArray ?? [];
                    Limit(problems, at, "elements", elements.Count, 10);
                    foreach (var element in elements)
                    {
                        if ((string?)element["type"] is "mrkdwn" or "plain_text")
                        {
                            CheckText(problems, at + ".elements", element, 3000);
                        }
                    }

                    break;
                case "actions":
                    var actions = block["elements"] as JArray ?? [];
                    Limit(problems, at, "elements", actions.Count, 25);
                    foreach (var element in actions.OfType<JObject>())
                    {
                        CheckElement(problems, at + ".elements", element, actionIds);
                    }

                    break;
                case "input":
                    CheckText(problems, at + ".label", block["label"], 2000);
                    if (block["element"] is JObject input)
                    {
                        CheckElement(problems, at + ".element", input, actionIds);
                    }
                    else
                    {
                        problems.Add($"{at}: input without element");
                    }

                    break;
            }
        }

        return problems;
    }

    public static void AssertValid(JArray blocks)
    {
        var problems = Check(blocks);
        if (problems.Count > 0)
        {
            Assert.Fail("The Block Kit message breaks Slack's limits:\n- " + string.Join("\n- ", problems));
        }
    }

    private static void CheckElement(List<string> problems, string at, JObject element, HashSet<string> actionIds)
    {
        var actionId = (string?)element["action_id"];
        if (actionId is not null)
        {
            Limit(problems, at, "action_id", actionId.Length, 255);
            if (!actionIds.Add(actionId))
            {
                problems.Add($"{at}: action_id '{actionId}' repeated");
            }
        }

        if ((string?)element["placeholder"]?["text"] is { } placeholder)
        {
            Limit(problems, at, "placeholder", placeholder.Length, 150);
        }

        switch ((string?)element["type"])
        {
            case "button":
                CheckText(problems, at + ".text", element["text"], 75);
                if ((string?)element["value"] is { } value)
                {
                    Limit(problems, at, "value", value.Length, 2000);
                }

                break;
            case "static_select":
                var options = element["options"] as JArray ?? [];
                Limit(problems, at, "options", options.Count, 100);
                foreach (var option in options)
                {
                    CheckText(problems, at + ".options", option["text"], 75);
                    Limit(problems, at, "option value", ((string?)option["value"])?.Length ?? 0, 150);
                }

                break;
        }
    }

    private static void CheckText(List<string> problems, string at, JToken? textObject, int max)
    {
        if (textObject is null)
        {
            return;
        }

        var text = (string?)textObject["text"];
        if (string.IsNullOrEmpty(text))
        {
            problems.Add($"{at}: empty text");
            return;
        }

        Limit(problems, at, "text", text.Length, max);
    }

    private static void Limit(List<string> problems, string at, string what, int count, int max)
    {
        if (count > max)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{at}: {what} is {count}, more than {max}"));
        }
    }
}
