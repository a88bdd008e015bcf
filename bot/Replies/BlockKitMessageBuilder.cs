using Newtonsoft.Json.Linq;
using static CrossBorderBot.Replies.BlockKitElements;
using static CrossBorderBot.Replies.BlockKitRenderer;

namespace CrossBorderBot.Replies;

/// <summary>Builds the blocks of one reply, block by block; <see cref="BlockKitControls"/> makes its buttons and inputs.</summary>
internal sealed class BlockKitMessageBuilder(ReplyWords words)
{
    /// <summary>Slack's limit for an image block's alt text.</summary>
    private const int MaxImageAltChars = 2000;

    private readonly BlockKitControls _controls = new(words);

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
                AddSections(Bold(section.Heading) + "\n" + Bullets(section.Items));
                break;
            case ChoiceSetBlock choiceSet:
                AddChoiceSet(choiceSet);
                break;
            case InputFormBlock form:
                AddForm(form);
                break;
            case ActionButtonsBlock buttons:
                AddButtons(buttons.Actions.Select(_controls.Button));
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
        AddSections(Bold(answer.Lead));
        if (answer.Details.Count > 0)
        {
            AddSections(Bullets(answer.Details));
        }

        foreach (var caveat in answer.Caveats ?? [])
        {
            Blocks.Add(Context(Mrkdwn(":warning: " + ReplyMarkdown.EscapeSlack(words.Caveat + ": " + caveat.Trim()))));
        }

        if (answer.MoreAction is { } moreAction)
        {
            AddButtons([_controls.Button(moreAction)]);
        }
        else if (answer.More.Count > 0)
        {
            Blocks.Add(Context(Mrkdwn(ReplyMarkdown.EscapeSlack(words.More))));
            AddSections(Bullets(answer.More));
        }

        AddSources(new SourceListBlock(answer.Sources));
    }

    private void AddTitle(string? title)
    {
        if (!string.IsNullOrWhiteSpace(title))
        {
            AddSections(Bold(title));
        }
    }

    /// <summary>One section per 3000 characters, split between lines where possible.</summary>
    private void AddSections(string mrkdwn)
    {
        foreach (var chunk in BlockKitText.Split(mrkdwn, MaxSectionTextChars))
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

    private void AddTable(ResultTableBlock table)
    {
        AddTitle(table.Title);
        if (table.Columns.Count == 0)
        {
            return;
        }

        Blocks.AddRange(BlockKitTableWriter.Sections(table, MaxTableRows));
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
            var details = words.SourceDetails(source);
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
            AddButtons(choiceSet.Choices.Select(choice => _controls.Button(choice.Title, choiceSet.Verb, ReplySubmitData.For(choiceSet, choice), url: null)));
            return;
        }

        var shown = choiceSet.Choices.Take(MaxSelectOptions).ToList();
        Blocks.Add(new JObject { ["type"] = "actions", ["elements"] = new JArray(_controls.Select(choiceSet, shown)) });
        AddLeftOut(choiceSet.Choices.Count, shown.Count);
    }

    private void AddForm(InputFormBlock form)
    {
        AddTitle(form.Title);
        foreach (var field in form.Fields)
        {
            Blocks.Add(_controls.Input(field));
        }

        AddButtons([_controls.Button(form.Submit)]);
    }

    private void AddButtons(IEnumerable<JObject> buttons)
    {
        foreach (var chunk in buttons.Chunk(MaxElementsPerActions))
        {
            Blocks.Add(new JObject { ["type"] = "actions", ["elements"] = new JArray(chunk) });
        }
    }
}
