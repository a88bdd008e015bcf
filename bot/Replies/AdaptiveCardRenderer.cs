using System.Text.Json;
using static CrossBorderBot.Replies.AdaptiveCardElements;

namespace CrossBorderBot.Replies;

/// <summary>
/// Renders a <see cref="Reply"/> as an Adaptive Card 1.5 (Teams, Web Chat, Direct Line, Emulator, terminal, tests),
/// using only elements and actions of that version. Every card stays under <see cref="MaxCardBytes"/>: when it would
/// not, the largest shortenable block (a long table, list or paragraph) is cut and an "…and N more" line says so.
/// Buttons go to the card's own action bar when they belong to the last block, otherwise into an ActionSet; a list
/// of more than <see cref="MaxActionsPerList"/> buttons keeps the first ones and folds the rest behind "More…".
/// Each block is written by <see cref="AdaptiveCardBlockWriter"/>; <see cref="AdaptiveCardShrinker"/> picks what to cut.
/// </summary>
public static class AdaptiveCardRenderer
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public const string Version = "1.5";

    /// <summary>The size every card must stay under: the bot's contract with every card channel.</summary>
    public const int MaxCardBytes = 28 * 1024;

    /// <summary>Teams shows at most about six buttons in a row; more go behind "More…".</summary>
    public const int MaxActionsPerList = 6;

    /// <summary>Choice sets up to this size are buttons; longer ones are a drop-down with one submit button.</summary>
    public const int MaxChoiceButtons = MaxActionsPerList;

    // Aim a little below the limit: channels wrap the card in an envelope and some re-serialize it with indentation.
    private const int TargetBytes = MaxCardBytes - 2048;
    private const int MaxShrinkRounds = 40;

    /// <summary>The card as compact UTF-8 JSON, ready to be an attachment's content.</summary>
    /// <param name="inputs">False for hosts that show cards as text and cannot fill in inputs (the terminal): long
    /// choice sets then stay buttons (folded behind "More…"), which such hosts number.</param>
    public static AdaptiveCardJson Render(Reply reply, BotLanguage language = default, bool inputs = true)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var words = ReplyWords.For(language);
        var limits = Enumerable.Repeat(int.MaxValue, reply.Blocks.Count).ToArray();
        var buffer = AdaptiveCardBuffer.Rent();
        try
        {
            for (var round = 0; round < MaxShrinkRounds; round++)
            {
                buffer.ClearParts();
                buffer.ClearCard();
                var parts = RenderParts(reply, limits, words, inputs, buffer);
                Assemble(reply, parts, buffer.CardWriter);
                var excess = buffer.Card.Length - TargetBytes;
                if (excess <= 0)
                {
                    return new AdaptiveCardJson(buffer.Card.ToArray());
                }

                if (!AdaptiveCardShrinker.ShrinkLargest(reply, parts, limits, excess))
                {
                    break;
                }
            }

            buffer.ClearCard();
            TooLongCard(reply, words, buffer.CardWriter);
            return new AdaptiveCardJson(buffer.Card.ToArray());
        }
        finally
        {
            AdaptiveCardBuffer.Return(buffer);
        }
    }

    /// <summary>The card wrapped as a Bot Framework attachment.</summary>
    public static Attachment RenderAttachment(Reply reply, BotLanguage language = default, bool inputs = true) =>
        new() { ContentType = ContentType, Content = Render(reply, language, inputs) };

    private static List<AdaptiveCardPart> RenderParts(Reply reply, int[] limits, ReplyWords words, bool inputs, AdaptiveCardBuffer buffer)
    {
        var inputIds = new HashSet<string>(StringComparer.Ordinal);
        var parts = new List<AdaptiveCardPart>(reply.Blocks.Count);
        for (var index = 0; index < reply.Blocks.Count; index++)
        {
            var part = new AdaptiveCardPart(buffer, words, inputs, inputIds);
            AdaptiveCardBlockWriter.Write(reply.Blocks[index], limits[index], part);
            parts.Add(part);
        }

        return parts;
    }

    private static void Assemble(Reply reply, List<AdaptiveCardPart> parts, Utf8JsonWriter card)
    {
        StartCard(card);
        card.WriteStartArray("body");
        AdaptiveCardPart? barOwner = null;
        for (var index = 0; index < parts.Count; index++)
        {
            var part = parts[index];
            foreach (var element in part.Body)
            {
                card.WriteRawValue(part.Bytes(element), skipInputValidation: true);
            }

            if (part.Actions.Count == 0)
            {
                continue;
            }

            // The last block's buttons sit in the card's action bar, where Teams and Web Chat put a card's main
            // buttons; earlier blocks keep theirs next to their content.
            if (index == parts.Count - 1)
            {
                barOwner = part;
            }
            else
            {
                StartActionSet(card);
                WriteOverflowing(card, part, 0);
                EndActionSet(card);
            }
        }

        card.WriteEndArray();
        if (barOwner is not null)
        {
            card.WriteStartArray("actions");
            WriteOverflowing(card, barOwner, 0);
            card.WriteEndArray();
        }

        if (reply.Blocks.Any(block => block is ResultTableBlock))
        {
            // Tables need the width; other hosts ignore this Teams-only property.
            card.WriteStartObject("msteams");
            card.WriteString("width", "Full");
            card.WriteEndObject();
        }

        card.WriteEndObject();
        card.Flush();
    }

    private static void StartCard(Utf8JsonWriter card)
    {
        card.WriteStartObject();
        card.WriteString("type", "AdaptiveCard");
        card.WriteString("$schema", SchemaUrl);
        card.WriteString("version", Version);
    }

    /// <summary>
    /// A part's buttons from <paramref name="first"/> on, at most <see cref="MaxActionsPerList"/> in a list: past that,
    /// the first ones and a "More…" button whose nested card holds the rest (recursively).
    /// </summary>
    private static void WriteOverflowing(Utf8JsonWriter card, AdaptiveCardPart part, int first)
    {
        var count = part.Actions.Count - first;
        var shown = count <= MaxActionsPerList ? count : MaxActionsPerList - 1;
        for (var index = first; index < first + shown; index++)
        {
            card.WriteRawValue(part.Bytes(part.Actions[index]), skipInputValidation: true);
        }

        if (shown < count)
        {
            StartShowCard(card, part.Words.More);
            card.WriteStartArray("body");
            card.WriteEndArray();
            card.WriteStartArray("actions");
            WriteOverflowing(card, part, first + shown);
            card.WriteEndArray();
            EndShowCard(card);
        }
    }

    /// <summary>Last resort when even the shortest rendering is too big (enormous forms or cells): say so instead of failing.</summary>
    private static void TooLongCard(Reply reply, ReplyWords words, Utf8JsonWriter card)
    {
        StartCard(card);
        card.WriteStartArray("body");
        TextBlock(card, Cut(PlainTextRenderer.Lead(reply), 2000));
        Subtle(card, words.TextShortened);
        card.WriteEndArray();
        card.WriteEndObject();
        card.Flush();
    }
}
