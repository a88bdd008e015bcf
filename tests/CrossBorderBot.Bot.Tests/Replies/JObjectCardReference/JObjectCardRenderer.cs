using Newtonsoft.Json.Linq;
using CrossBorderBot.Language;
using CrossBorderBot.Replies;
using static CrossBorderBot.Tests.Replies.JObjectCardReference.JObjectCardElements;

namespace CrossBorderBot.Tests.Replies.JObjectCardReference;

/// <summary>
/// The JObject card renderer of earlier versions, kept as the reference the bytes of <see cref="AdaptiveCardRenderer"/> are compared with.
/// 
/// Renders a <see cref="Reply"/> as an Adaptive Card 1.5 (Teams, Web Chat, Direct Line, Emulator, terminal, tests),
/// using only elements and actions of that version. Every card stays under <see cref="MaxCardBytes"/>: when it would
/// not, the largest shortenable block (a long table, list or paragraph) is cut and an "…and N more" line says so.
/// Buttons go to the card's own action bar when they belong to the last block, otherwise into an ActionSet; a list
/// of more than <see cref="MaxActionsPerList"/> buttons keeps the first ones and folds the rest behind "More…".
/// Each block is written by <see cref="JObjectCardBlockWriter"/>; <see cref="JObjectCardShrinker"/> picks what to cut.
/// </summary>
internal static class JObjectCardRenderer
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

    /// <summary>The card as JSON, ready to be an attachment's content.</summary>
    /// <param name="inputs">False for hosts that show cards as text and cannot fill in inputs (the terminal): long
    /// choice sets then stay buttons (folded behind "More…"), which such hosts number.</param>
    public static JObject Render(Reply reply, BotLanguage language = default, bool inputs = true)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var words = ReplyWords.For(language);
        var limits = Enumerable.Repeat(int.MaxValue, reply.Blocks.Count).ToArray();

        for (var round = 0; round < MaxShrinkRounds; round++)
        {
            var parts = RenderParts(reply, limits, words, inputs);
            var card = Assemble(reply, parts);
            var excess = ByteSize(card) - TargetBytes;
            if (excess <= 0)
            {
                return card;
            }

            if (!JObjectCardShrinker.ShrinkLargest(reply, parts, limits, excess))
            {
                break;
            }
        }

        return TooLongCard(reply, words);
    }

    /// <summary>The UTF-8 size of the card as sent (compact JSON).</summary>
    public static int ByteSize(JToken card) => System.Text.Encoding.UTF8.GetByteCount(card.ToString(Newtonsoft.Json.Formatting.None));

    private static List<JObjectCardPart> RenderParts(Reply reply, int[] limits, ReplyWords words, bool inputs)
    {
        var inputIds = new HashSet<string>(StringComparer.Ordinal);
        var parts = new List<JObjectCardPart>(reply.Blocks.Count);
        for (var index = 0; index < reply.Blocks.Count; index++)
        {
            var part = new JObjectCardPart(words, inputs, inputIds);
            JObjectCardBlockWriter.Write(reply.Blocks[index], limits[index], part);
            parts.Add(part);
        }

        return parts;
    }

    private static JObject Assemble(Reply reply, List<JObjectCardPart> parts)
    {
        var body = new JArray();
        var cardActions = new JArray();
        for (var index = 0; index < parts.Count; index++)
        {
            foreach (var element in parts[index].Body)
            {
                body.Add(element);
            }

            if (parts[index].Actions.Count == 0)
            {
                continue;
            }

            // The last block's buttons sit in the card's action bar, where Teams and Web Chat put a card's main
            // buttons; earlier blocks keep theirs next to their content.
            var isLast = index == parts.Count - 1;
            var actions = Overflow(parts[index].Actions, parts[index].Words);
            if (isLast)
            {
                foreach (var action in actions)
                {
                    cardActions.Add(action);
                }
            }
            else
            {
                body.Add(ActionSet(new JArray(actions)));
            }
        }

        var card = Card(body);
        if (cardActions.Count > 0)
        {
            card["actions"] = cardActions;
        }

        if (reply.Blocks.Any(block => block is ResultTableBlock))
        {
            // Tables need the width; other hosts ignore this Teams-only property.
            card["msteams"] = new JObject { ["width"] = "Full" };
        }

        return card;
    }

    private static JObject Card(JArray body) => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = SchemaUrl,
        ["version"] = Version,
        ["body"] = body,
    };

    /// <summary>Keeps a list of buttons to <see cref="MaxActionsPerList"/>, folding the rest behind "More…" (recursively).</summary>
    /// <remarks>A list, not a JSON array: Json.NET copies a token that already has a parent when it is added elsewhere.</remarks>
    private static IReadOnlyList<JObject> Overflow(IReadOnlyList<JObject> actions, ReplyWords words)
    {
        if (actions.Count <= MaxActionsPerList)
        {
            return actions;
        }

        List<JObject> shown = [.. actions.Take(MaxActionsPerList - 1)];
        shown.Add(ShowCard(words.More, new JObject
        {
            ["type"] = "AdaptiveCard",
            ["body"] = new JArray(),
            ["actions"] = new JArray(Overflow([.. actions.Skip(MaxActionsPerList - 1)], words)),
        }));
        return shown;
    }

    /// <summary>Last resort when even the shortest rendering is too big (enormous forms or cells): say so instead of failing.</summary>
    private static JObject TooLongCard(Reply reply, ReplyWords words) =>
        Card(new JArray(TextBlock(Cut(PlainTextRenderer.Lead(reply), 2000)), Subtle(words.TextShortened)));
}
