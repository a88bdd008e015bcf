using Newtonsoft.Json.Linq;
using CrossBorderBot.Replies;
using static CrossBorderBot.Tests.Replies.JObjectCardReference.JObjectCardElements;

namespace CrossBorderBot.Tests.Replies.JObjectCardReference;

/// <summary>
/// Writes one reply block into its <see cref="JObjectCardPart"/>, showing at most <c>limit</c> of its items (rows,
/// facts, sources, choices, buttons) or characters (paragraphs, headings); the size budget sets the limit.
/// </summary>
internal static class JObjectCardBlockWriter
{
    public const int MaxHeadingChars = 300;

    private const int MaxCellChars = JObjectCardTableWriter.MaxCellChars;
    private const int MaxFactChars = 1000;

    /// <summary>Screen readers read alt text whole; a chart's is a summary of its figures, kept short.</summary>
    private const int MaxImageAltChars = 1000;

    public static void Write(ReplyBlock block, int limit, JObjectCardPart part)
    {
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
                WriteParagraph(paragraph, limit, part);
                break;
            case FactListBlock facts:
                WriteFacts(facts, limit, part);
                break;
            case ResultTableBlock table:
                JObjectCardTableWriter.Write(table, limit, part);
                break;
            case SourceListBlock sources:
                WriteSources(sources, limit, part);
                break;
            case AnswerBlock answer:
                WriteAnswer(answer, limit, part);
                break;
            case SectionBlock section:
                part.AddTitle(section.Heading);
                foreach (var item in section.Items.Take(limit))
                {
                    part.Body.Add(TextBlock("• " + ReplyMarkdown.Normalize(item)));
                }

                part.AddLeftOut(section.Items.Count, limit);
                break;
            case ChoiceSetBlock choiceSet:
                JObjectCardInputWriter.WriteChoiceSet(choiceSet, limit, part);
                break;
            case InputFormBlock form:
                JObjectCardInputWriter.WriteForm(form, part);
                break;
            case ImageBlock image:
                part.Body.Add(new JObject { ["type"] = "Image", ["url"] = image.Url, ["altText"] = Cut(image.AltText, MaxImageAltChars), ["size"] = "Stretch" });
                break;
            case ActionButtonsBlock buttons:
                foreach (var action in buttons.Actions.Take(limit))
                {
                    part.Actions.Add(Action(action));
                }

                part.AddLeftOut(buttons.Actions.Count, limit);
                break;
            default:
                throw new NotSupportedException($"No Adaptive Card rendering for {block.GetType().Name}.");
        }
    }

    private static void WriteParagraph(ParagraphBlock paragraph, int limit, JObjectCardPart part)
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
            part.Body.Add(Subtle(part.Words.TextShortened));
        }
    }

    /// <summary>
    /// Lead, details, a "More…" button that opens the rest in place (Action.ShowCard: no round trip), then sources.
    /// Under the size limit the last items go first; the lead and sources always stay.
    /// </summary>
    private static void WriteAnswer(AnswerBlock answer, int limit, JObjectCardPart part)
    {
        var words = part.Words;
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
            part.Body.Add(ActionSet(new JArray(Action(moreAction))));
        }
        else if (more.Count > 0)
        {
            part.Body.Add(ActionSet(new JArray(ShowCard(words.More, new JObject
            {
                ["type"] = "AdaptiveCard",
                ["body"] = new JArray(more.Select(item => TextBlock(ReplyMarkdown.Normalize(item)))),
            }))));
        }

        part.AddLeftOut(answer.Details.Count + (answer.MoreAction is null ? answer.More.Count : 0), limit);
        WriteSources(new SourceListBlock(answer.Sources), int.MaxValue, part);
    }

    private static void WriteFacts(FactListBlock facts, int limit, JObjectCardPart part)
    {
        part.AddTitle(facts.Title);
        if (facts.Facts.Count > 0)
        {
            part.Body.Add(new JObject
            {
                ["type"] = "FactSet",
                ["facts"] = new JArray(facts.Facts.Take(limit).Select(fact => new JObject { ["title"] = Cut(fact.Title, MaxCellChars), ["value"] = Cut(fact.Value, MaxFactChars) })),
            });
        }

        part.AddLeftOut(facts.Facts.Count, limit);
    }

    private static void WriteSources(SourceListBlock sources, int limit, JObjectCardPart part)
    {
        if (sources.Sources.Count == 0)
        {
            return;
        }

        part.Body.Add(new JObject
        {
            ["type"] = "TextBlock",
            ["text"] = part.Words.Sources,
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
            var details = part.Words.SourceDetails(source);
            var block = Subtle(details.Length == 0 ? line : line + " — " + details);
            block["spacing"] = "None";
            part.Body.Add(block);
        }

        part.AddLeftOut(sources.Sources.Count, limit);
    }
}
