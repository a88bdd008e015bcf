namespace CrossBorderBot.Replies;

/// <summary>
/// Renders a <see cref="Reply"/> as markdown text: the whole reply for channels without cards, where choices are
/// numbered ("1. …") so the user can answer with the number; and <see cref="Lead"/>, the short text that travels
/// with a card as its notification preview.
/// </summary>
public static class PlainTextRenderer
{
    /// <summary>Text channels get long tables shortened too; chat clients cut or split very long messages.</summary>
    public const int MaxTableRows = 50;

    private const int MaxLeadChars = 1000;

    public static string Render(Reply reply, BotLanguage language = default)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var words = ReplyWords.For(language);
        var parts = reply.Blocks.Select(block => RenderBlock(block, words)).Where(part => part.Length > 0);
        return string.Join("\n\n", parts);
    }

    /// <summary>
    /// The reply's opening words (its first heading, paragraph, question or title), without markup: what a
    /// notification or a screen reader announces, and the <c>text</c> next to a card that shows the rest.
    /// </summary>
    public static string Lead(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        foreach (var block in reply.Blocks)
        {
            var text = block switch
            {
                HeadingBlock heading => heading.Text,
                AnswerBlock answer => answer.Lead,
                SectionBlock section => section.Heading,
                ParagraphBlock paragraph => ReplyMarkdown.Strip(paragraph.Markdown),
                ChoiceSetBlock choiceSet => choiceSet.Question,
                FactListBlock facts => facts.Title,
                ResultTableBlock table => table.Title,
                InputFormBlock form => form.Title,
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(text))
            {
                return ReplyMarkdown.Cut(text.Trim(), MaxLeadChars);
            }
        }

        return string.Empty;
    }

    private static string RenderBlock(ReplyBlock block, ReplyWords words)
    {
        var text = new StringBuilder();
        switch (block)
        {
            case HeadingBlock heading:
                if (!string.IsNullOrWhiteSpace(heading.Text))
                {
                    text.Append("**").Append(heading.Text.Trim()).Append("**");
                }

                break;
            case ParagraphBlock paragraph:
                text.Append(ReplyMarkdown.Normalize(paragraph.Markdown));
                break;
            case FactListBlock facts:
                AppendTitle(text, facts.Title);
                foreach (var fact in facts.Facts)
                {
                    text.Append("- ").Append(fact.Title).Append(": ").Append(fact.Value).Append('\n');
                }

                break;
            case ResultTableBlock table:
                AppendTable(text, table, words);
                break;
            case SourceListBlock sources when sources.Sources.Count > 0:
                AppendTitle(text, words.Sources);
                foreach (var source in sources.Sources)
                {
                    var title = ReplyMarkdown.LinkText(source.Title);
                    text.Append("- ").Append(ReplyMarkdown.IsWebLink(source.Url) ? $"[{title}]({source.Url})" : title);
                    var details = words.SourceDetails(source);
                    if (details.Length > 0)
                    {
                        text.Append(" — ").Append(details);
                    }

                    text.Append('\n');
                }

                break;
            case SectionBlock section:
                AppendTitle(text, section.Heading);
                foreach (var item in section.Items)
                {
                    text.Append("- ").Append(item.Trim()).Append('\n');
                }

                break;
            case AnswerBlock answer:
                text.Append("**").Append(answer.Lead.Trim()).Append("**\n");
                foreach (var detail in answer.Details)
                {
                    text.Append("- ").Append(detail.Trim()).Append('\n');
                }

                foreach (var caveat in answer.Caveats ?? [])
                {
                    text.Append("> ").Append(words.Caveat).Append(": ").Append(caveat.Trim()).Append('\n');
                }

                if (answer.MoreAction is { } moreAction)
                {
                    text.Append('\n').Append(words.AskForMore(moreAction.Title)).Append('\n');
                }
                else if (answer.More.Count > 0)
                {
                    AppendTitle(text, words.More);
                    foreach (var item in answer.More)
                    {
                        text.Append("- ").Append(item.Trim()).Append('\n');
                    }
                }

                if (answer.Sources.Count > 0)
                {
                    text.Append('\n').Append(RenderBlock(new SourceListBlock(answer.Sources), words)).Append('\n');
                }

                break;
            case ChoiceSetBlock choiceSet:
                if (!string.IsNullOrWhiteSpace(choiceSet.Question))
                {
                    text.Append(choiceSet.Question.Trim()).Append("\n\n");
                }

                for (var index = 0; index < choiceSet.Choices.Count; index++)
                {
                    text.Append(index + 1).Append(". ").Append(choiceSet.Choices[index].Title).Append('\n');
                }

                break;
            case InputFormBlock form:
                AppendTitle(text, form.Title);
                foreach (var field in form.Fields)
                {
                    text.Append("- ").Append(field.Label);
                    if (field.Required)
                    {
                        text.Append(" (").Append(words.Required).Append(')');
                    }

                    if (field.Kind == FormFieldKind.Choice && field.Choices is { Count: > 0 } choices)
                    {
                        text.Append(": ").Append(string.Join(" / ", choices.Select(choice => choice.Title)));
                    }

                    text.Append('\n');
                }

                break;
            case ActionButtonsBlock buttons:
                foreach (var action in buttons.Actions)
                {
                    text.Append("- ").Append(ReplyMarkdown.IsWebLink(action.Url) ? $"[{ReplyMarkdown.LinkText(action.Title)}]({action.Url})" : action.Title).Append('\n');
                }

                break;
            case ImageBlock:
                // A chart illustrates a table the reply already has; text channels keep the table.
                break;
        }

        return text.ToString().TrimEnd('\n');
    }

    private static void AppendTitle(StringBuilder text, string? title)
    {
        if (!string.IsNullOrWhiteSpace(title))
        {
            text.Append("**").Append(title.Trim()).Append("**\n");
        }
    }

    private static void AppendTable(StringBuilder text, ResultTableBlock table, ReplyWords words)
    {
        AppendTitle(text, table.Title);
        if (table.Columns.Count == 0)
        {
            return;
        }

        AppendRow(text, table.Columns, bold: false);
        text.Append('|').Append(string.Concat(table.Columns.Select(_ => " --- |"))).Append('\n');
        var index = 0;
        foreach (var row in table.Rows.Take(MaxTableRows))
        {
            var cells = Enumerable.Range(0, table.Columns.Count).Select(column => column < row.Count ? row[column] : string.Empty).ToList();
            AppendRow(text, cells, bold: table.HighlightFirstRow && index++ == 0);
        }

        if (table.Rows.Count > MaxTableRows)
        {
            text.Append(words.AndMore(table.Rows.Count - MaxTableRows)).Append('\n');
        }
    }

    private static void AppendRow(StringBuilder text, IReadOnlyList<string> cells, bool bold)
    {
        text.Append('|');
        foreach (var cell in cells)
        {
            var clean = cell.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ').Trim();
            text.Append(' ').Append(bold && clean.Length > 0 ? $"**{clean}**" : clean).Append(" |");
        }

        text.Append('\n');
    }
}
