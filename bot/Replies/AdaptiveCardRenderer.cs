using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Replies;

/// <summary>
/// Renders a <see cref="Reply"/> as an Adaptive Card 1.5 (Teams, Web Chat, Direct Line, Emulator, terminal, tests),
/// using only elements and actions of that version. Every card stays under <see cref="MaxCardBytes"/>: when it would
/// not, the largest shortenable block (a long table, list or paragraph) is cut and an "…and N more" line says so.
/// Buttons go to the card's own action bar when they belong to the last block, otherwise into an ActionSet; a list
/// of more than <see cref="MaxActionsPerList"/> buttons keeps the first ones and folds the rest behind "More…".
/// </summary>
public static class AdaptiveCardRenderer
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public const string Version = "1.5";

    /// <summary>The size every card must stay under (DESIGN.md §5).</summary>
    public const int MaxCardBytes = 28 * 1024;

    /// <summary>Teams shows at most about six buttons in a row; more go behind "More…".</summary>
    public const int MaxActionsPerList = 6;

    /// <summary>Choice sets up to this size are buttons; longer ones are a drop-down with one submit button.</summary>
    public const int MaxChoiceButtons = MaxActionsPerList;

    // Aim a little below the limit: channels wrap the card in an envelope and some re-serialize it with indentation.
    private const int TargetBytes = MaxCardBytes - 2048;
    private const int MaxHeadingChars = 300;
    private const int MinParagraphChars = 200;
    private const int MaxCellChars = 500;
    private const int MaxFactChars = 1000;
    private const int MaxShrinkRounds = 40;

    /// <summary>The card as JSON, ready to be an attachment's content.</summary>
    /// <param name="inputs">False for hosts that show cards as text and cannot fill in inputs (the terminal): long
    /// choice sets then stay buttons (folded behind "More…"), which such hosts number.</param>
    public static JObject Render(Reply reply, string? locale = null, bool inputs = true)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var words = ReplyWords.For(locale);
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

            if (!ShrinkLargest(reply, parts, limits, excess))
            {
                break;
            }
        }

        return TooLongCard(reply, words);
    }

    /// <summary>The card wrapped as a Bot Framework attachment.</summary>
    public static Attachment RenderAttachment(Reply reply, string? locale = null, bool inputs = true) =>
        new() { ContentType = ContentType, Content = Render(reply, locale, inputs) };

    /// <summary>The UTF-8 size of the card as sent (compact JSON).</summary>
    public static int ByteSize(JToken card) => Encoding.UTF8.GetByteCount(card.ToString(Formatting.None));

    private static List<CardPart> RenderParts(Reply reply, int[] limits, ReplyWords words, bool inputs)
    {
        var inputIds = new HashSet<string>(StringComparer.Ordinal);
        var parts = new List<CardPart>(reply.Blocks.Count);
        for (var index = 0; index < reply.Blocks.Count; index++)
        {
            var part = new CardPart(words, inputs);
            RenderBlock(reply.Blocks[index], limits[index], inputIds, part);
            parts.Add(part);
        }

        return parts;
    }

    private static JObject Assemble(Reply reply, List<CardPart> parts)
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
                body.Add(new JObject { ["type"] = "ActionSet", ["actions"] = actions });
            }
        }

        var card = new JObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = body,
        };
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

    /// <summary>Keeps a list of buttons to <see cref="MaxActionsPerList"/>, folding the rest behind "More…" (recursively).</summary>
    private static JArray Overflow(IReadOnlyList<JObject> actions, ReplyWords words)
    {
        if (actions.Count <= MaxActionsPerList)
        {
            return new JArray(actions);
        }

        var shown = new JArray(actions.Take(MaxActionsPerList - 1));
        shown.Add(new JObject
        {
            ["type"] = "Action.ShowCard",
            ["title"] = words.More,
            ["card"] = new JObject
            {
                ["type"] = "AdaptiveCard",
                ["body"] = new JArray(),
                ["actions"] = Overflow([.. actions.Skip(MaxActionsPerList - 1)], words),
            },
        });
        return shown;
    }

    /// <summary>Screen readers read alt text whole; a chart's is a summary of its figures, kept short.</summary>
    private const int MaxImageAltChars = 1000;

    private static void RenderBlock(ReplyBlock block, int limit, HashSet<string> inputIds, CardPart part)
    {
        var words = part.Words;
        switch (block)
        {
            case HeadingBlock heading:
                part.Body.Add(new JObject
                {
                    ["type"] = "TextBlock",
                    ["text"] = Cut(heading.Text, Math.Min(limit, MaxHeadingChars)),
                    ["size"] = "Medium",
                    ["weight"] = "Bolder",
                    ["style"] = "heading",
                    ["wrap"] = true,
                });
                break;
            case ParagraphBlock paragraph:
                RenderParagraph(paragraph, limit, words, part);
                break;
            case FactListBlock facts:
                RenderFacts(facts, limit, words, part);
                break;
            case ResultTableBlock table:
                RenderTable(table, limit, words, part);
                break;
            case SourceListBlock sources:
                RenderSources(sources, limit, words, part);
                break;
            case AnswerBlock answer:
                RenderAnswer(answer, limit, words, part);
                break;
            case SectionBlock section:
                AddTitle(section.Heading, part);
                foreach (var item in section.Items.Take(limit))
                {
                    part.Body.Add(TextBlock("• " + ReplyMarkdown.Normalize(item)));
                }

                AddLeftOut(section.Items.Count, limit, words, part);
                break;
            case ChoiceSetBlock choiceSet:
                RenderChoiceSet(choiceSet, limit, words, inputIds, part);
                break;
            case InputFormBlock form:
                RenderForm(form, words, inputIds, part);
                break;
            case ImageBlock image:
                part.Body.Add(new JObject { ["type"] = "Image", ["url"] = image.Url, ["altText"] = Cut(image.AltText, MaxImageAltChars), ["size"] = "Stretch" });
                break;
            case ActionButtonsBlock buttons:
                foreach (var action in buttons.Actions.Take(limit))
                {
                    part.Actions.Add(Action(action));
                }

                AddLeftOut(buttons.Actions.Count, limit, words, part);
                break;
            default:
                throw new NotSupportedException($"No Adaptive Card rendering for {block.GetType().Name}.");
        }
    }

    private static void RenderParagraph(ParagraphBlock paragraph, int limit, ReplyWords words, CardPart part)
    {
        var text = ReplyMarkdown.Normalize(paragraph.Markdown);
        if (text.Length == 0)
        {
            return;
        }

        var shortened = text.Length > limit;
        part.Body.Add(TextBlock(shortened ? Cut(text, limit) : text));
        if (shortened)
        {
            part.Body.Add(Subtle(words.TextShortened));
        }
    }

    /// <summary>
    /// Lead, details, a "More…" button that opens the rest in place (Action.ShowCard: no round trip), then sources.
    /// Under the size limit the last items go first; the lead and sources always stay.
    /// </summary>
    private static void RenderAnswer(AnswerBlock answer, int limit, ReplyWords words, CardPart part)
    {
        var lead = TextBlock(ReplyMarkdown.Normalize(answer.Lead));
        lead["weight"] = "Bolder";
        part.Body.Add(lead);
        var details = answer.Details.Take(limit).ToList();
        foreach (var detail in details)
        {
            part.Body.Add(TextBlock(ReplyMarkdown.Normalize(detail)));
        }

        foreach (var caveat in answer.Caveats ?? [])
        {
            // What could not be re-verified stands out from the details, in both languages' words.
            var note = TextBlock(words.Caveat + ": " + ReplyMarkdown.Normalize(caveat));
            note["color"] = "Warning";
            note["size"] = "Small";
            part.Body.Add(note);
        }

        var more = answer.MoreAction is null ? answer.More.Take(Math.Max(0, limit - details.Count)).ToList() : [];
        if (answer.MoreAction is { } moreAction)
        {
            // The rest comes as the next turn: a button that works the same on every card channel and the terminal.
            part.Body.Add(new JObject { ["type"] = "ActionSet", ["actions"] = new JArray(Action(moreAction)) });
        }
        else if (more.Count > 0)
        {
            part.Body.Add(new JObject
            {
                ["type"] = "ActionSet",
                ["actions"] = new JArray(new JObject
                {
                    ["type"] = "Action.ShowCard",
                    ["title"] = words.More,
                    ["card"] = new JObject
                    {
                        ["type"] = "AdaptiveCard",
                        ["body"] = new JArray(more.Select(item => TextBlock(ReplyMarkdown.Normalize(item)))),
                    },
                }),
            });
        }

        AddLeftOut(answer.Details.Count + (answer.MoreAction is null ? answer.More.Count : 0), limit, words, part);
        RenderSources(new SourceListBlock(answer.Sources), int.MaxValue, words, part);
    }

    private static void RenderFacts(FactListBlock facts, int limit, ReplyWords words, CardPart part)
    {
        AddTitle(facts.Title, part);
        if (facts.Facts.Count > 0)
        {
            part.Body.Add(new JObject
            {
                ["type"] = "FactSet",
                ["facts"] = new JArray(facts.Facts.Take(limit).Select(fact => new JObject { ["title"] = Cut(fact.Title, MaxCellChars), ["value"] = Cut(fact.Value, MaxFactChars) })),
            });
        }

        AddLeftOut(facts.Facts.Count, limit, words, part);
    }

    private static void RenderTable(ResultTableBlock table, int limit, ReplyWords words, CardPart part)
    {
        AddTitle(table.Title, part);
        if (table.Columns.Count == 0)
        {
            return;
        }

        var rows = new JArray { TableRow(table.Columns, bold: true, style: null) };
        var index = 0;
        foreach (var row in table.Rows.Take(limit))
        {
            var highlighted = table.HighlightFirstRow && index++ == 0;
            var cells = Enumerable.Range(0, table.Columns.Count).Select(column => column < row.Count ? row[column] : string.Empty).ToList();
            rows.Add(TableRow(cells, bold: highlighted, style: highlighted ? "accent" : null));
        }

        part.Body.Add(new JObject
        {
            ["type"] = "Table",
            ["columns"] = new JArray(table.Columns.Select(_ => new JObject { ["width"] = 1 })),
            ["rows"] = rows,
            ["firstRowAsHeader"] = true,
            ["showGridLines"] = true,
        });
        AddLeftOut(table.Rows.Count, limit, words, part);
    }

    private static JObject TableRow(IEnumerable<string> cells, bool bold, string? style)
    {
        var row = new JObject
        {
            ["type"] = "TableRow",
            ["cells"] = new JArray(cells.Select(text =>
            {
                var block = TextBlock(Cut(text, MaxCellChars));
                if (bold)
                {
                    block["weight"] = "Bolder";
                }

                return new JObject { ["type"] = "TableCell", ["items"] = new JArray(block) };
            })),
        };
        if (style is not null)
        {
            row["style"] = style;
        }

        return row;
    }

    private static void RenderSources(SourceListBlock sources, int limit, ReplyWords words, CardPart part)
    {
        if (sources.Sources.Count == 0)
        {
            return;
        }

        part.Body.Add(new JObject
        {
            ["type"] = "TextBlock",
            ["text"] = words.Sources,
            ["weight"] = "Bolder",
            ["size"] = "Small",
            ["isSubtle"] = true,
            ["spacing"] = "Medium",
            ["wrap"] = true,
        });
        foreach (var source in sources.Sources.Take(limit))
        {
            var title = ReplyMarkdown.LinkText(source.Title);
            var line = ReplyMarkdown.IsWebLink(source.Url) ? $"[{title}]({source.Url})" : title;
            var details = SourceDetails(source, words);
            var block = Subtle(details.Length == 0 ? line : line + " — " + details);
            block["spacing"] = "None";
            part.Body.Add(block);
        }

        AddLeftOut(sources.Sources.Count, limit, words, part);
    }

    /// <summary>"Publisher · reviewed 2025-03-01", the parts that are known.</summary>
    internal static string SourceDetails(ReplySource source, ReplyWords words) => string.Join(" · ", new[]
    {
        source.Publisher,
        source.Reviewed is { } reviewed ? words.ReviewedOn(reviewed) : null,
    }.Where(part => !string.IsNullOrWhiteSpace(part)));

    private static void RenderChoiceSet(ChoiceSetBlock choiceSet, int limit, ReplyWords words, HashSet<string> inputIds, CardPart part)
    {
        if (!string.IsNullOrWhiteSpace(choiceSet.Question))
        {
            part.Body.Add(TextBlock(choiceSet.Question));
        }

        var choices = choiceSet.Choices.Take(limit).ToList();
        if (choiceSet.Choices.Count <= MaxChoiceButtons || !part.Inputs)
        {
            foreach (var choice in choices)
            {
                part.Actions.Add(Submit(choice.Title, ReplySubmitData.For(choiceSet, choice)));
            }

            AddLeftOut(choiceSet.Choices.Count, limit, words, part);
            return;
        }

        // A long list reads better as a drop-down. Its value is merged into the submit data under the input id,
        // which is "value" for prompts, so the answer arrives in the same shape as a button's.
        part.Body.Add(new JObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = UniqueId(choiceSet.InputId, inputIds),
            ["style"] = "compact",
            ["placeholder"] = words.ChoosePlaceholder,
            ["isRequired"] = true,
            ["errorMessage"] = words.ChoosePlaceholder,
            ["choices"] = new JArray(choices.Select(choice => new JObject { ["title"] = choice.Title, ["value"] = choice.Value })),
        });
        AddLeftOut(choiceSet.Choices.Count, limit, words, part);
        part.Actions.Add(Submit(words.Choose, new JObject { [ReplySubmitData.VerbKey] = choiceSet.Verb }));
    }

    private static void RenderForm(InputFormBlock form, ReplyWords words, HashSet<string> inputIds, CardPart part)
    {
        AddTitle(form.Title, part);
        foreach (var field in form.Fields)
        {
            var input = new JObject
            {
                ["type"] = field.Kind switch
                {
                    FormFieldKind.Number => "Input.Number",
                    FormFieldKind.Choice => "Input.ChoiceSet",
                    _ => "Input.Text",
                },
                ["id"] = UniqueId(field.Id, inputIds),
                ["label"] = field.Label,
            };
            if (field.Kind == FormFieldKind.Choice)
            {
                input["style"] = "compact";
                input["choices"] = new JArray((field.Choices ?? []).Select(choice => new JObject { ["title"] = choice.Title, ["value"] = choice.Value }));
            }

            if (!string.IsNullOrEmpty(field.Placeholder) || field.Kind == FormFieldKind.Choice)
            {
                input["placeholder"] = string.IsNullOrEmpty(field.Placeholder) ? words.ChoosePlaceholder : field.Placeholder;
            }

            if (field.Value is not null)
            {
                input["value"] = field.Kind == FormFieldKind.Number && decimal.TryParse(field.Value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var number)
                    ? new JValue(number)
                    : new JValue(field.Value);
            }

            if (field.Required)
            {
                input["isRequired"] = true;
                input["errorMessage"] = field.Label + " (" + words.Required + ")";
            }

            part.Body.Add(input);
        }

        part.Actions.Add(Submit(form.Submit.Title, ReplySubmitData.For(form.Submit)));
    }

    private static JObject Action(ReplyAction action) => ReplyMarkdown.IsWebLink(action.Url)
        ? new JObject { ["type"] = "Action.OpenUrl", ["title"] = action.Title, ["url"] = action.Url }
        : Submit(action.Title, ReplySubmitData.For(action));

    private static JObject Submit(string title, JObject data) =>
        new() { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data };

    private static JObject TextBlock(string text) => new() { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };

    private static JObject Subtle(string text)
    {
        var block = TextBlock(text);
        block["size"] = "Small";
        block["isSubtle"] = true;
        return block;
    }

    private static void AddTitle(string? title, CardPart part)
    {
        if (!string.IsNullOrWhiteSpace(title))
        {
            var block = TextBlock(title);
            block["weight"] = "Bolder";
            part.Body.Add(block);
        }
    }

    private static void AddLeftOut(int count, int limit, ReplyWords words, CardPart part)
    {
        if (count > limit)
        {
            part.Body.Add(Subtle(words.AndMore(count - limit)));
        }
    }

    /// <summary>Input ids must be unique in a card; a repeated id gets a number so both values still arrive.</summary>
    private static string UniqueId(string id, HashSet<string> used)
    {
        var candidate = string.IsNullOrWhiteSpace(id) ? "input" : id;
        for (var suffix = 2; !used.Add(candidate); suffix++)
        {
            candidate = $"{id}_{suffix}";
        }

        return candidate;
    }

    private static string Cut(string text, int maxChars) => ReplyMarkdown.Cut(text, maxChars);

    /// <summary>Cuts the block whose rendering is largest, by about as much as the card is over; false when nothing can shrink.</summary>
    private static bool ShrinkLargest(Reply reply, List<CardPart> parts, int[] limits, int excess)
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
        HeadingBlock heading => Math.Min(heading.Text.Length, MaxHeadingChars),
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
        HeadingBlock => 40,
        FactListBlock or ResultTableBlock or SourceListBlock or ChoiceSetBlock or ActionButtonsBlock or AnswerBlock or SectionBlock => 1,
        _ => int.MaxValue,
    };

    /// <summary>Last resort when even the shortest rendering is too big (enormous forms or cells): say so instead of failing.</summary>
    private static JObject TooLongCard(Reply reply, ReplyWords words)
    {
        var lead = PlainTextRenderer.Lead(reply);
        return new JObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = new JArray(TextBlock(Cut(lead, 2000)), Subtle(words.TextShortened)),
        };
    }

    private sealed class CardPart(ReplyWords words, bool inputs)
    {
        public List<JObject> Body { get; } = [];

        public List<JObject> Actions { get; } = [];

        public ReplyWords Words { get; } = words;

        public bool Inputs { get; } = inputs;

        public int ByteSize() =>
            Body.Sum(element => AdaptiveCardRenderer.ByteSize(element)) + Actions.Sum(action => AdaptiveCardRenderer.ByteSize(action));
    }
}
