using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Channels.Slack;

/// <summary>
/// What a button message becomes after the user chose: the same blocks, with the actions block that was clicked
/// replaced by a line naming the choice, so the conversation reads as a record and old buttons cannot be clicked
/// again out of turn.
/// </summary>
public static class SlackChoiceUpdate
{
    public static JArray Blocks(JArray? original, string? clickedBlockId, string chosenTitle)
    {
        var chosen = SlackBlocks.Context("✅ " + SlackMrkdwn.Escape(chosenTitle));
        var blocks = new JArray();
        var replaced = false;
        foreach (var block in original ?? [])
        {
            var isClickedActions = block.Value<string>("type") == "actions"
                && (clickedBlockId is null || block.Value<string>("block_id") == clickedBlockId);
            if (!isClickedActions)
            {
                blocks.Add(block.DeepClone());
            }
            else if (!replaced)
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
