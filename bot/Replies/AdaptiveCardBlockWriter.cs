using static CrossBorderBot.Replies.AdaptiveCardElements;

namespace CrossBorderBot.Replies;

/// <summary>
/// Writes one reply block into its <see cref="AdaptiveCardPart"/>, showing at most <c>limit</c> of its items (rows,
/// facts, sources, choices, buttons) or characters (paragraphs, headings); the size budget sets the limit.
/// </summary>
internal static class AdaptiveCardBlockWriter
{
    public const int MaxHeadingChars = 300;

    private const int MaxCellChars = AdaptiveCardTableWriter.MaxCellChars;
    private const int MaxFactChars = 1000;

    /// <summary>Screen readers read alt text whole; a chart's is a summary of its figures, kept short.</summary>
    private const int MaxImageAltChars = 1000;

    public static void Write(ReplyBlock block, int limit, AdaptiveCardPart part)
    {
        var writer = part.Writer;
        switch (block)
        {
            case HeadingBlock heading:
                writer.WriteStartObject();
                writer.WriteString("type", "TextBlock");
                writer.WriteString("text", Cut(heading.Text, Math.Min(limit, MaxHeadingChars)));
                writer.WriteString("size", "Medium");
                writer.WriteString("weight", "Bolder");
                writer.WriteString("style", "heading");
                writer.WriteBoolean("wrap", true);
                writer.WriteEndObject();
                part.EndBody();
                break;
            case ParagraphBlock paragraph:
                WriteParagraph(paragraph, limit, part);
                break;
            case FactListBlock facts:
                WriteFacts(facts, limit, part);
                break;
            case ResultTableBlock table:
                AdaptiveCardTableWriter.Write(table, limit, part);
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
                    TextBlock(writer, "• " + ReplyMarkdown.Normalize(item));
                    part.EndBody();
                }

                part.AddLeftOut(section.Items.Count, limit);
                break;
            case ChoiceSetBlock choiceSet:
                AdaptiveCardInputWriter.WriteChoiceSet(choiceSet, limit, part);
                break;
            case InputFormBlock form:
                AdaptiveCardInputWriter.WriteForm(form, part);
                break;
            case ImageBlock image:
                writer.WriteStartObject();
                writer.WriteString("type", "Image");
                writer.WriteString("url", image.Url);
                writer.WriteString("altText", Cut(image.AltText, MaxImageAltChars));
                writer.WriteString("size", "Stretch");
                writer.WriteEndObject();
                part.EndBody();
                break;
            case ActionButtonsBlock buttons:
                foreach (var action in buttons.Actions.Take(limit))
                {
                    Action(writer, action);
                    part.EndAction();
                }

                part.AddLeftOut(buttons.Actions.Count, limit);
                break;
            default:
                throw new NotSupportedException($"No Adaptive Card rendering for {block.GetType().Name}.");
        }
    }

    private static void WriteParagraph(ParagraphBlock paragraph, int limit, AdaptiveCardPart part)
    {
        var text = ReplyMarkdown.Normalize(paragraph.Markdown);
        if (text.Length == 0)
        {
            return;
        }

        var shortened = text.Length > limit;
        TextBlock(part.Writer, shortened ? Cut(text, limit) : text);
        part.EndBody();
        if (shortened)
        {
            Subtle(part.Writer, part.Words.TextShortened);
            part.EndBody();
        }
    }

    /// <summary>
    /// Lead, details, a "More…" button that opens the rest in place (Action.ShowCard: no round trip), then sources.
    /// Under the size limit the last items go first; the lead and sources always stay.
    /// </summary>
    private static void WriteAnswer(AnswerBlock answer, int limit, AdaptiveCardPart part)
    {
        var words = part.Words;
        var writer = part.Writer;
        StartTextBlock(writer, ReplyMarkdown.Normalize(answer.Lead));
        writer.WriteString("weight", "Bolder");
        writer.WriteEndObject();
        part.EndBody();
        var details = answer.Details.Take(limit).ToList();
        foreach (var detail in details)
        {
            TextBlock(writer, ReplyMarkdown.Normalize(detail));
            part.EndBody();
        }

        foreach (var caveat in answer.Caveats ?? [])
        {
            // What could not be re-verified stands out from the details, in both languages' words.
            StartTextBlock(writer, words.Caveat + ": " + ReplyMarkdown.Normalize(caveat));
            writer.WriteString("color", "Warning");
            writer.WriteString("size", "Small");
            writer.WriteEndObject();
            part.EndBody();
        }

        var more = answer.MoreAction is null ? answer.More.Take(Math.Max(0, limit - details.Count)).ToList() : [];
        if (answer.MoreAction is { } moreAction)
        {
            // The rest comes as the next turn: a button that works the same on every card channel and the terminal.
            StartActionSet(writer);
            Action(writer, moreAction);
            EndActionSet(writer);
            part.EndBody();
        }
        else if (more.Count > 0)
        {
            StartActionSet(writer);
            StartShowCard(writer, words.More);
            writer.WriteStartArray("body");
            foreach (var item in more)
            {
                TextBlock(writer, ReplyMarkdown.Normalize(item));
            }

            writer.WriteEndArray();
            EndShowCard(writer);
            EndActionSet(writer);
            part.EndBody();
        }

        part.AddLeftOut(answer.Details.Count + (answer.MoreAction is null ? answer.More.Count : 0), limit);
        WriteSources(new SourceListBlock(answer.Sources), int.MaxValue, part);
    }

    private static void WriteFacts(FactListBlock facts, int limit, AdaptiveCardPart part)
    {
        part.AddTitle(facts.Title);
        if (facts.Facts.Count > 0)
        {
            var writer = part.Writer;
            writer.WriteStartObject();
            writer.WriteString("type", "FactSet");
            writer.WriteStartArray("facts");
            foreach (var fact in facts.Facts.Take(limit))
            {
                writer.WriteStartObject();
                writer.WriteString("title", Cut(fact.Title, MaxCellChars));
                writer.WriteString("value", Cut(fact.Value, MaxFactChars));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            part.EndBody();
        }

        part.AddLeftOut(facts.Facts.Count, limit);
    }

    private static void WriteSources(SourceListBlock sources, int limit, AdaptiveCardPart part)
    {
        if (sources.Sources.Count == 0)
        {
            return;
        }

        var writer = part.Writer;
        writer.WriteStartObject();
        writer.WriteString("type", "TextBlock");
        writer.WriteString("text", part.Words.Sources);
        writer.WriteString("weight", "Bolder");
        writer.WriteString("size", "Small");
        writer.WriteBoolean("isSubtle", true);
        writer.WriteString("spacing", "Medium");
        writer.WriteBoolean("wrap", true);
        writer.WriteEndObject();
        part.EndBody();
        foreach (var source in sources.Sources.Take(limit))
        {
            var title = ReplyMarkdown.LinkText(source.Title);
            var line = ReplyMarkdown.IsWebLink(source.Url) ? $"[{title}]({source.Url})" : title;
            var details = part.Words.SourceDetails(source);
            StartSubtle(writer, details.Length == 0 ? line : line + " — " + details);
            writer.WriteString("spacing", "None");
            writer.WriteEndObject();
            part.EndBody();
        }

        part.AddLeftOut(sources.Sources.Count, limit);
    }
}
