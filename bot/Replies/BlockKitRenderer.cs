using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Replies;

/// <summary>
/// Renders a <see cref="Reply"/> as Slack Block Kit, within Slack's limits: a long reply becomes several messages of
/// at most <see cref="MaxBlocksPerMessage"/> blocks, long text several sections, and long labels are shortened.
/// Buttons carry the action's JSON data (<c>{"verb":…}</c>) as their <c>value</c> and an <c>action_id</c> of
/// <c>verb:n</c>; a choice set of more than <see cref="MaxChoiceButtons"/> choices is a <c>static_select</c> whose
/// option values hold the same JSON. Form inputs are <c>input</c> blocks whose <c>action_id</c> is the field id, so
/// the Slack adapter can merge <c>state.values</c> into the submit data the way Adaptive Cards do.
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

    private const int MaxCellWidth = 30;

    /// <summary>The reply as one or more messages, each a list of blocks within Slack's limits.</summary>
    public static IReadOnlyList<JArray> Render(Reply reply, string? locale = null)
    {
        var blocks = RenderBlocks(reply, locale);
        if (blocks.Count == 0)
        {
            return [new JArray()];
        }

        return [.. blocks.Chunk(MaxBlocksPerMessage).Select(chunk => new JArray(chunk))];
    }

    /// <summary>The reply as a single message: when it needs more blocks than one message holds, the end is cut and a line says so.</summary>
    public static JArray RenderSingle(Reply reply, string? locale = null)
    {
        var blocks = RenderBlocks(reply, locale);
        if (blocks.Count <= MaxBlocksPerMessage)
        {
            return new JArray(blocks);
        }

        var words = ReplyWords.For(locale);
        var kept = new JArray(blocks.Take(MaxBlocksPerMessage - 1));
        kept.Add(Context(Mrkdwn(ReplyMarkdown.EscapeSlack(words.TextShortened))));
        return kept;
    }

    private static List<JObject> RenderBlocks(Reply reply, string? locale)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var builder = new SlackMessageBuilder(ReplyWords.For(locale));
        foreach (var block in reply.Blocks)
        {
            builder.Add(block);
        }

        return builder.Blocks;
    }

    internal static JObject PlainText(string text, int maxChars) =>
        new() { ["type"] = "plain_text", ["text"] = ReplyMarkdown.Cut(text, maxChars), ["emoji"] = true };

    internal static JObject Mrkdwn(string text) => new() { ["type"] = "mrkdwn", ["text"] = text };

    internal static JObject Section(string mrkdwn) => new() { ["type"] = "section", ["text"] = Mrkdwn(mrkdwn) };

    internal static JObject Context(params JObject[] elements) => new() { ["type"] = "context", ["elements"] = new JArray(elements) };

    /// <summary>Slack's limit for an image block's alt text.</summary>
    private const int MaxImageAltChars = 2000;

    /// <summary>Builds the blocks of one reply, numbering action ids so they stay unique across all its messages.</summary>
    private sealed class SlackMessageBuilder(ReplyWords words)
    {
        private readonly HashSet<string> _blockIds = new(StringComparer.Ordinal);
        private int _actionCount;

        public List<JObject> Blocks { get; } = [];

        public void Add(ReplyBlock block)
        {
            switch (block)
            {
                case HeadingBlock heading when !string.IsNullOrWhiteSpace(heading.Text):
                    Blocks.Add(new JObject { ["type"] = "header", ["text"] = PlainText(heading.Text.Trim(), MaxHeaderChars) });
                    break;
                case ParagraphBlock paragraph:
                    AddSections(ReplyMarkdown.ToSlack(paragraph.Markdown));
                    break;
                case FactListBlock facts:
                    AddFacts(facts);
                    break;
                case ResultTableBlock table:
                    AddTable(table);
                    break;
                case SourceListBlock sources:
                    AddSources(sources);
                    break;
                case AnswerBlock answer:
                    AddAnswer(answer);
                    break;
                case SectionBlock section:
                    AddSections("*" + ReplyMarkdown.EscapeSlack(section.Heading.Trim()) + "*\n" + string.Join('\n', section.Items.Select(item => "• " + ReplyMarkdown.ToSlack(item))));
                    break;
                case ChoiceSetBlock choiceSet:
                    AddChoiceSet(choiceSet);
                    break;
                case InputFormBlock form:
                    AddForm(form);
                    break;
                case ActionButtonsBlock buttons:
                    AddButtons(buttons.Actions.Select(Button));
                    break;
                case ImageBlock image:
                    Blocks.Add(new JObject { ["type"] = "image", ["image_url"] = image.Url, ["alt_text"] = ReplyMarkdown.Cut(image.AltText, MaxImageAltChars) });
                    break;
                case HeadingBlock:
                    break;
                default:
                    throw new NotSupportedException($"No Block Kit rendering for {block.GetType().Name}.");
            }
        }

        /// <summary>Slack cannot fold text away: the "more" items follow the details under their label, or come on a button.</summary>
        private void AddAnswer(AnswerBlock answer)
        {
            AddSections("*" + ReplyMarkdown.EscapeSlack(answer.Lead.Trim()) + "*");
            if (answer.Details.Count > 0)
            {
                AddSections(string.Join('\n', answer.Details.Select(d => "• " + ReplyMarkdown.ToSlack(d))));
            }

            foreach (var caveat in answer.Caveats ?? [])
            {
                Blocks.Add(Context(Mrkdwn(":warning: " + ReplyMarkdown.EscapeSlack(words.Caveat + ": " + caveat.Trim()))));
            }

            if (answer.MoreAction is { } moreAction)
            {
                AddButtons([Button(moreAction)]);
            }
            else if (answer.More.Count > 0)
            {
                Blocks.Add(Context(Mrkdwn(ReplyMarkdown.EscapeSlack(words.More))));
                AddSections(string.Join('\n', answer.More.Select(d => "• " + ReplyMarkdown.ToSlack(d))));
            }

            AddSources(new SourceListBlock(answer.Sources));
        }

        private void AddTitle(string? title)
        {
            if (!string.IsNullOrWhiteSpace(title))
            {
                AddSections("*" + ReplyMarkdown.EscapeSlack(title.Trim()) + "*");
            }
        }

        /// <summary>One section per 3000 characters, split between lines where possible.</summary>
        private void AddSections(string mrkdwn)
        {
            foreach (var chunk in SplitText(mrkdwn, MaxSectionTextChars))
            {
                Blocks.Add(Section(chunk));
            }
        }

        private void AddLeftOut(int count, int shown)
        {
            if (count > shown)
            {
                Blocks.Add(Context(Mrkdwn(ReplyMarkdown.EscapeSlack(words.AndMore(count - shown)))));
            }
        }

        private void AddFacts(FactListBlock facts)
        {
            AddTitle(facts.Title);
            foreach (var chunk in facts.Facts.Chunk(MaxFieldsPerSection))
            {
                Blocks.Add(new JObject
                {
                    ["type"] = "section",
                    ["fields"] = new JArray(chunk.Select(fact => Mrkdwn(ReplyMarkdown.Cut(
                        "*" + ReplyMarkdown.EscapeSlack(fact.Title) + "*\n" + ReplyMarkdown.EscapeSlack(fact.Value), MaxFieldChars)))),
                });
            }
        }

        /// <summary>A table as aligned monospace text; the header is repeated in each section so every part reads alone.</summary>
        private void AddTable(ResultTableBlock table)
        {
            AddTitle(table.Title);
            if (table.Columns.Count == 0)
            {
                return;
            }

            var rows = table.Rows.Take(MaxTableRows)
                .Select(row => Enumerable.Range(0, table.Columns.Count).Select(column => Cell(column < row.Count ? row[column] : string.Empty)).ToList())
                .ToList();
            var header = table.Columns.Select(Cell).ToList();
            var widths = Enumerable.Range(0, header.Count)
                .Select(column => rows.Select(row => DisplayWidth(row[column])).Append(DisplayWidth(header[column])).Max())
                .ToList();
            var marker = table.HighlightFirstRow ? "  " : string.Empty;
            var headLines = new[]
            {
                marker + Line(header, widths),
                marker + string.Join("  ", widths.Select(width => new string('-', width))),
            };
            var bodyLines = rows.Select((row, index) => (table.HighlightFirstRow ? (index == 0 ? "* " : "  ") : string.Empty) + Line(row, widths));

            var head = ReplyMarkdown.EscapeSlack(string.Join('\n', headLines));
            var fence = "```";
            var budget = MaxSectionTextChars - (2 * fence.Length) - 2 - head.Length - 1;
            var current = new StringBuilder();
            foreach (var line in bodyLines.Select(ReplyMarkdown.EscapeSlack).Select(line => ReplyMarkdown.Cut(line, budget)))
            {
                if (current.Length > 0 && current.Length + 1 + line.Length > budget)
                {
                    Blocks.Add(Section(fence + "\n" + head + "\n" + current + "\n" + fence));
                    current.Clear();
                }

                current.Append(current.Length > 0 ? "\n" : string.Empty).Append(line);
            }

            Blocks.Add(Section(fence + "\n" + head + (current.Length > 0 ? "\n" + current : string.Empty) + "\n" + fence));
            AddLeftOut(table.Rows.Count, MaxTableRows);
        }

        private void AddSources(SourceListBlock sources)
        {
            if (sources.Sources.Count == 0)
            {
                return;
            }

            var elements = new List<JObject> { Mrkdwn("*" + ReplyMarkdown.EscapeSlack(words.Sources) + "*") };
            foreach (var source in sources.Sources)
            {
                var title = ReplyMarkdown.IsWebLink(source.Url) ? ReplyMarkdown.SlackLink(source.Url!, source.Title) : ReplyMarkdown.EscapeSlack(source.Title);
                var details = AdaptiveCardRenderer.SourceDetails(source, words);
                elements.Add(Mrkdwn(ReplyMarkdown.Cut(details.Length == 0 ? title : title + " — " + ReplyMarkdown.EscapeSlack(details), MaxSectionTextChars)));
            }

            foreach (var chunk in elements.Chunk(MaxContextElements))
            {
                Blocks.Add(Context(chunk));
            }
        }

        private void AddChoiceSet(ChoiceSetBlock choiceSet)
        {
            if (!string.IsNullOrWhiteSpace(choiceSet.Question))
            {
                AddSections(ReplyMarkdown.ToSlack(choiceSet.Question));
            }

            if (choiceSet.Choices.Count == 0)
            {
                return;
            }

            if (choiceSet.Choices.Count <= MaxChoiceButtons)
            {
                AddButtons(choiceSet.Choices.Select(choice => Button(choice.Title, choiceSet.Verb, ReplySubmitData.For(choiceSet, choice), url: null)));
                return;
            }

            var shown = choiceSet.Choices.Take(MaxSelectOptions).ToList();
            Blocks.Add(new JObject
            {
                ["type"] = "actions",
                ["elements"] = new JArray(new JObject
                {
                    ["type"] = "static_select",
                    ["action_id"] = NextActionId(choiceSet.Verb),
                    ["placeholder"] = PlainText(words.ChoosePlaceholder, MaxPlaceholderChars),
                    ["options"] = new JArray(shown.Select((choice, index) => Option(choice.Title, SelectValue(choiceSet, choice, index)))),
                }),
            });
            AddLeftOut(choiceSet.Choices.Count, shown.Count);
        }

        private void AddForm(InputFormBlock form)
        {
            AddTitle(form.Title);
            foreach (var field in form.Fields)
            {
                var element = new JObject
                {
                    ["type"] = field.Kind switch
                    {
                        FormFieldKind.Number => "number_input",
                        FormFieldKind.Choice => "static_select",
                        _ => "plain_text_input",
                    },
                    ["action_id"] = Id(field.Id),
                };
                if (field.Kind == FormFieldKind.Number)
                {
                    element["is_decimal_allowed"] = true;
                }

                if (field.Kind == FormFieldKind.Choice)
                {
                    var choices = (field.Choices ?? []).Take(MaxSelectOptions).ToList();
                    element["options"] = new JArray(choices.Select(choice => Option(choice.Title, ReplyMarkdown.Cut(choice.Value, MaxOptionValueChars))));
                    if (choices.FirstOrDefault(choice => choice.Value == field.Value) is { } initial)
                    {
                        element["initial_option"] = Option(initial.Title, ReplyMarkdown.Cut(initial.Value, MaxOptionValueChars));
                    }
                }
                else if (!string.IsNullOrEmpty(field.Value))
                {
                    element["initial_value"] = field.Value;
                }

                var placeholder = string.IsNullOrEmpty(field.Placeholder) && field.Kind == FormFieldKind.Choice ? words.ChoosePlaceholder : field.Placeholder;
                if (!string.IsNullOrEmpty(placeholder))
                {
                    element["placeholder"] = PlainText(placeholder, MaxPlaceholderChars);
                }

                Blocks.Add(new JObject
                {
                    ["type"] = "input",
                    ["block_id"] = UniqueBlockId("input:" + field.Id),
                    ["label"] = PlainText(field.Label, MaxLabelChars),
                    ["optional"] = !field.Required,
                    ["element"] = element,
                });
            }

            AddButtons([Button(form.Submit)]);
        }

        private void AddButtons(IEnumerable<JObject> buttons)
        {
            foreach (var chunk in buttons.Chunk(MaxElementsPerActions))
            {
                Blocks.Add(new JObject { ["type"] = "actions", ["elements"] = new JArray(chunk) });
            }
        }

        private JObject Button(ReplyAction action) =>
            Button(action.Title, action.Verb, ReplySubmitData.For(action), ReplyMarkdown.IsWebLink(action.Url) ? action.Url : null);

        private JObject Button(string title, string verb, JObject data, string? url)
        {
            var value = data.ToString(Formatting.None);
            if (value.Length > MaxButtonValueChars)
            {
                throw new ArgumentException($"The data of the '{verb}' button is {value.Length} characters; Slack takes at most {MaxButtonValueChars}.", nameof(data));
            }

            var button = new JObject
            {
                ["type"] = "button",
                ["text"] = PlainText(title, MaxButtonTextChars),
                ["action_id"] = NextActionId(verb),
                ["value"] = value,
            };
            if (url is not null)
            {
                button["url"] = url;
            }

            return button;
        }

        /// <summary>The option's value is the submit JSON; when that is too long for Slack, the choice's number (prompts accept it).</summary>
        private static string SelectValue(ChoiceSetBlock choiceSet, ReplyChoice choice, int index)
        {
            var value = ReplySubmitData.For(choiceSet, choice).ToString(Formatting.None);
            if (value.Length <= MaxOptionValueChars)
            {
                return value;
            }

            var numbered = new JObject
            {
                [ReplySubmitData.VerbKey] = ReplyMarkdown.Cut(choiceSet.Verb, 100),
                [ChoiceSetBlock.ValueKey] = (index + 1).ToString(CultureInfo.InvariantCulture),
            };
            return numbered.ToString(Formatting.None);
        }

        private static JObject Option(string title, string value) =>
            new() { ["text"] = PlainText(title, MaxOptionTextChars), ["value"] = value };

        private string NextActionId(string verb)
        {
            var suffix = ":" + (_actionCount++).ToString(CultureInfo.InvariantCulture);
            return Id(verb, MaxIdChars - suffix.Length) + suffix;
        }

        private string UniqueBlockId(string id)
        {
            var candidate = Id(id);
            for (var suffix = 2; !_blockIds.Add(candidate); suffix++)
            {
                var tail = "_" + suffix.ToString(CultureInfo.InvariantCulture);
                candidate = Id(id, MaxIdChars - tail.Length) + tail;
            }

            return candidate;
        }

        private static string Id(string id, int maxChars = MaxIdChars) => id.Length <= maxChars ? id : id[..maxChars];

        private static string Cell(string text) => ReplyMarkdown.Cut(text.Replace('\n', ' ').Trim(), MaxCellWidth);

        private static string Line(IReadOnlyList<string> cells, IReadOnlyList<int> widths) =>
            string.Join("  ", cells.Select((cell, column) => cell + new string(' ', widths[column] - DisplayWidth(cell)))).TrimEnd();
    }

    /// <summary>Splits text into pieces of at most <paramref name="maxChars"/>, between lines, else between words, else anywhere.</summary>
    internal static IEnumerable<string> SplitText(string text, int maxChars)
    {
        var rest = text.Trim('\n');
        while (rest.Length > maxChars)
        {
            var cut = rest.LastIndexOf('\n', maxChars);
            if (cut <= 0)
            {
                cut = rest.LastIndexOf(' ', maxChars);
            }

            if (cut <= 0)
            {
                cut = char.IsHighSurrogate(rest[maxChars - 1]) ? maxChars - 1 : maxChars;
            }

            yield return rest[..cut].TrimEnd();
            rest = rest[cut..].TrimStart('\n', ' ');
        }

        if (rest.Length > 0)
        {
            yield return rest;
        }
    }

    /// <summary>Columns line up in a monospace font only if Chinese characters count double.</summary>
    internal static int DisplayWidth(string text) =>
        text.Sum(c => c is (>= '\u1100' and <= '\u115f') or (>= '\u2e80' and <= '\ua4cf') or (>= '\uac00' and <= '\ud7a3') or (>= '\uf900' and <= '\ufaff') or (>= '\uff00' and <= '\uff60') or (>= '\uffe0' and <= '\uffe6') ? 2 : 1);
}
