using CrossBorderBot.Replies;
namespace CrossBorderBot.Tests.Replies.JObjectCardReference;

/// <summary>
/// Keeps a card under its size: each round cuts the block whose rendering is largest, by about as much as the card is
/// over, never below the least a block may show (one item, or a few hundred characters of a paragraph).
/// </summary>
internal static class JObjectCardShrinker
{
    private const int MinParagraphChars = 200;
    private const int MinHeadingChars = 40;

    /// <summary>Lowers one block's limit; false when nothing can shrink any more.</summary>
    public static bool ShrinkLargest(Reply reply, List<JObjectCardPart> parts, int[] limits, int excess)
    {
        var best = -1;
        var bestSize = 0;
        for (var index = 0; index < parts.Count; index++)
        {
            var size = parts[index].ByteSize();
            if (size > bestSize && CurrentAmount(reply.Blocks[index], limits[index]) > MinimumAmount(reply.Blocks[index]))
            {
                best = index;
                bestSize = size;
            }
        }

        if (best < 0)
        {
            return false;
        }

        var block = reply.Blocks[best];
        var current = CurrentAmount(block, limits[best]);
        var ratio = Math.Max(0d, (bestSize - excess - 512d) / bestSize);
        var next = (int)Math.Floor(current * ratio);
        limits[best] = Math.Max(MinimumAmount(block), Math.Min(current - 1, next));
        return true;
    }

    /// <summary>How much of a block is shown under its limit: rows, facts, sources, choices, buttons, or characters.</summary>
    private static int CurrentAmount(ReplyBlock block, int limit) => Math.Min(limit, block switch
    {
        ParagraphBlock paragraph => paragraph.Markdown.Length,
        HeadingBlock heading => Math.Min(heading.Text.Length, JObjectCardBlockWriter.MaxHeadingChars),
        FactListBlock facts => facts.Facts.Count,
        ResultTableBlock table => table.Rows.Count,
        SourceListBlock sources => sources.Sources.Count,
        AnswerBlock answer => answer.Details.Count + (answer.MoreAction is null ? answer.More.Count : 0),
        SectionBlock section => section.Items.Count,
        ChoiceSetBlock choiceSet => choiceSet.Choices.Count,
        ActionButtonsBlock buttons => buttons.Actions.Count,
        _ => 0,
    });

    private static int MinimumAmount(ReplyBlock block) => block switch
    {
        ParagraphBlock => MinParagraphChars,
        HeadingBlock => MinHeadingChars,
        FactListBlock or ResultTableBlock or SourceListBlock or ChoiceSetBlock or ActionButtonsBlock or AnswerBlock or SectionBlock => 1,
        _ => int.MaxValue,
    };
}
