namespace CrossBorderBot.Plans;

/// <summary>
/// "Send me the plan": the plan once per channel, as reply blocks (a heading, a section per list, what could not be
/// re-verified, the sources) that each channel's renderer draws — a card, Block Kit or text.
/// </summary>
public static class PlanPresenter
{
    public static async Task SendAsync(ITurnContext turnContext, GuidePlan plan, CancellationToken cancellationToken)
    {
        await turnContext.SendReplyAsync(ToReply(plan), cancellationToken);
    }

    public static Reply ToReply(GuidePlan plan)
    {
        var blocks = new List<ReplyBlock> { new HeadingBlock(plan.Title) };
        blocks.AddRange(plan.Sections.Select(section => new SectionBlock(section.Heading, section.Lines)));
        if (plan.Caveats is { Count: > 0 } caveats)
        {
            blocks.Add(new SectionBlock(BotLanguage.Of(plan.Language).IsChinese ? "未能重新核实的内容" : "Not re-verified", caveats));
        }

        if (plan.Sources.Count > 0)
        {
            blocks.Add(new SourceListBlock([.. plan.Sources.Select(source => new ReplySource(source.Title, source.Publisher, source.Url, source.Reviewed))]));
        }

        return new Reply(blocks);
    }

    public static string ToMarkdown(GuidePlan plan)
    {
        var chinese = BotLanguage.Of(plan.Language).IsChinese;
        var markdown = new StringBuilder();
        markdown.Append("# ").AppendLine(plan.Title);
        markdown.AppendLine(plan.CreatedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));
        foreach (var section in plan.Sections)
        {
            markdown.AppendLine().Append("## ").AppendLine(section.Heading);
            foreach (var line in section.Lines)
            {
                markdown.Append("- ").AppendLine(line);
            }
        }

        if (plan.Caveats is { Count: > 0 } caveats)
        {
            markdown.AppendLine().AppendLine(chinese ? "## 未能重新核实的内容" : "## Not re-verified");
            foreach (var caveat in caveats)
            {
                markdown.Append("- ").AppendLine(caveat);
            }
        }

        if (plan.Sources.Count > 0)
        {
            markdown.AppendLine().AppendLine(chinese ? "## 来源" : "## Sources");
            foreach (var source in plan.Sources)
            {
                markdown.Append("- ").Append(source.Title).Append(" (").Append(source.Publisher).Append(") ").Append(source.Url);
                if (source.Reviewed is { } reviewed)
                {
                    markdown.Append(chinese ? "，审核于 " : ", reviewed ").Append(reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                markdown.AppendLine();
            }
        }

        return markdown.ToString().TrimEnd();
    }
}
