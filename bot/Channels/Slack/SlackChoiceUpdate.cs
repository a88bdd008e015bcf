using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Channels.Slack;

/// <summary>
/// What a button message becomes after the user chose: the same blocks, with the actions block that was clicked
/// replaced by a line naming the choice, its other buttons removed, and a form's inputs replaced by what was entered, so the conversation
/// reads as a record and old buttons cannot be clicked again out of turn.
/// </summary>
public static class SlackChoiceUpdate
{
    public static JArray Blocks(JArray? original, string? clickedBlockId, string chosenTitle, IReadOnlyList<SlackFormValue>? formValues = null)
    {
        var chosen = SlackBlocks.Context("✅ " + SlackMrkdwn.Escape(chosenTitle));
        var entered = (formValues ?? []).ToDictionary(value => value.ActionId, value => value.Display, StringComparer.Ordinal);
        var blocks = new JArray();
        var replaced = false;
        foreach (var block in original ?? [])
        {
            if (block.Value<string>("type") == "input")
            {
                var label = block.SelectToken("label.text")?.ToString() ?? string.Empty;
                var answer = block.SelectToken("element.action_id")?.ToString() is { } inputId && entered.TryGetValue(inputId, out var display) ? display : "—";
                blocks.Add(SlackBlocks.Section($"*{SlackMrkdwn.Escape(label)}*\n{SlackMrkdwn.Escape(answer)}"));
                continue;
            }

            if (block.Value<string>("type") != "actions")
            {
                blocks.Add(block.DeepClone());
                continue;
            }

            // The choice answered the prompt the whole message asked, so every button of it goes (a form's submit
            // next to the choice buttons too); the clicked block's place shows the choice.
            var isClicked = clickedBlockId is null || block.Value<string>("block_id") == clickedBlockId;
            if (isClicked && !replaced)
            {
                blocks.Add(chosen);
                replaced = true;
            }
        }

        if (!replaced)
        {
            blocks.Add(chosen);
        }

        return blocks;
    }
}
