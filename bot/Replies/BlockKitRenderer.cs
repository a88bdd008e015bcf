using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Replies;

/// <summary>
/// Renders a <see cref="Reply"/> as Slack Block Kit, within Slack's limits: a long reply becomes several messages of
/// at most <see cref="MaxBlocksPerMessage"/> blocks, long text several sections, and long labels are shortened.
/// Buttons carry the action's JSON data (<c>{"verb":…}</c>) as their <c>value</c> and an <c>action_id</c> of
/// <c>verb:n</c>; a choice set of more than <see cref="MaxChoiceButtons"/> choices is a <c>static_select</c> whose
/// option values hold the same JSON. Form inputs are <c>input</c> blocks whose <c>action_id</c> is the field id, so
/// the Slack adapter can merge <c>state.values</c> into the submit data the way Adaptive Cards do. Slack's limits
/// are defined here, once; <see cref="BlockKitMessageBuilder"/> writes the blocks.
/// </summary>
public static class BlockKitRenderer
{
    public const int MaxBlocksPerMessage = 50;
    public const int MaxSectionTextChars = 3000;
    public const int MaxFieldsPerSection = 10;
    public const int MaxFieldChars = 2000;
    public const int MaxHeaderChars = 150;
    public const int MaxButtonTextChars = 75;
    public const int MaxButtonValueChars = 2000;
    public const int MaxIdChars = 255;
    public const int MaxElementsPerActions = 25;
    public const int MaxContextElements = 10;
    public const int MaxSelectOptions = 100;
    public const int MaxOptionTextChars = 75;
    public const int MaxOptionValueChars = 150;
    public const int MaxPlaceholderChars = 150;
    public const int MaxLabelChars = 2000;

    /// <summary>Choice sets up to this size are buttons; longer ones a drop-down.</summary>
    public const int MaxChoiceButtons = 5;

    /// <summary>Rows of a table shown in Slack; the rest are counted in an "…and N more" line.</summary>
    public const int MaxTableRows = 100;

    /// <summary>The reply as one or more messages, each a list of blocks within Slack's limits.</summary>
    public static IReadOnlyList<JArray> Render(Reply reply, BotLanguage language = default)
    {
        var blocks = RenderBlocks(reply, language);
        if (blocks.Count == 0)
        {
            return [new JArray()];
        }

        return [.. blocks.Chunk(MaxBlocksPerMessage).Select(chunk => new JArray(chunk))];
    }

    /// <summary>The reply as a single message: when it needs more blocks than one message holds, the end is cut and a line says so.</summary>
    public static JArray RenderSingle(Reply reply, BotLanguage language = default)
    {
        var blocks = RenderBlocks(reply, language);
        if (blocks.Count <= MaxBlocksPerMessage)
        {
            return new JArray(blocks);
        }

        var words = ReplyWords.For(language);
        var kept = new JArray(blocks.Take(MaxBlocksPerMessage - 1));
        kept.Add(BlockKitElements.Context(BlockKitElements.Mrkdwn(ReplyMarkdown.EscapeSlack(words.TextShortened))));
        return kept;
    }

    private static List<JObject> RenderBlocks(Reply reply, BotLanguage language)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var builder = new BlockKitMessageBuilder(ReplyWords.For(language));
        foreach (var block in reply.Blocks)
        {
            builder.Add(block);
        }

        return builder.Blocks;
    }
}
