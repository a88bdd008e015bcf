namespace CrossBorderBot.Alerts;

/// <summary>
/// The proactive message for one change: what changes and from when, what to do, the sources (official ones first)
/// with their review dates, and buttons to list or stop alerts. Channel-neutral: a card, Block Kit or text.
/// </summary>
public sealed class AlertMessageBuilder(KnowledgeBase knowledgeBase, KnowledgeEntries entries, AlertMarkets markets)
{
    private const int MaxSteps = 4;
    private const int MaxSources = 4;

    public Reply Build(RuleChange change, BotLanguage language)
    {
        ArgumentNullException.ThrowIfNull(change);
        var text = AlertText.For(language);
        var market = markets.Name(change.Market, language);
        var blocks = new List<ReplyBlock>
        {
            new HeadingBlock(change.Kind == RuleChangeKind.TakesEffect
                ? BilingualText.Fill(text.ChangeHeading, market, text.Date(change.EffectiveOn))
                : BilingualText.Fill(text.UpdateHeading, market)),
            new ParagraphBlock($"**{text.WhatChanges}**\n" + string.Join("\n", change.Items.Select(item => $"- **{item.Rule.Get(language)}**: {item.Change.Get(language)}"))),
        };

        var steps = change.Items.SelectMany(item => item.Steps).Select(step => step.Get(language)).Distinct(StringComparer.Ordinal).Take(MaxSteps).ToList();
        if (steps.Count == 0)
        {
            steps.Add(change.Kind == RuleChangeKind.TakesEffect
                ? BilingualText.Fill(text.RecalculateStep, market, text.Date(change.EffectiveOn))
                : BilingualText.Fill(text.ReviewStep, market));
        }

        blocks.Add(new ParagraphBlock($"**{text.WhatToDo}**\n" + string.Join("\n", steps.Select((step, i) => $"{i + 1}. {step}"))));
        var sources = Sources(change);
        if (sources.Count > 0)
        {
            blocks.Add(new SourceListBlock(sources));
        }

        blocks.Add(new ActionButtonsBlock(AlertVerbs.ListAndStopButtons(text.MyAlertsButton, text.StopButton, language)));
        return new Reply(blocks);
    }

    /// <summary>The change told when a knowledge-base entry was revised.</summary>
    public RuleChange? FromUpdate(KnowledgeUpdateNotice notice, string market)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (!entries.ByKey.TryGetValue(notice.EntryKey, out var entry))
        {
            return null;
        }

        var date = notice.DetectedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var change = LocalizedText.Of(
            BilingualText.Fill(AlertText.English.UpdatedLine, date, entry.Summary.En),
            BilingualText.Fill(AlertText.Chinese.UpdatedLine, AlertText.Chinese.Date(notice.DetectedOn), entry.Summary.ZhCn));
        return new RuleChange(notice.ChangeId(market), RuleChangeKind.EntryUpdated, market, notice.DetectedOn,
            [new RuleChangeItem(entry.Key, entry.Name, change, entry.Steps, entry.SourceIds)]);
    }

    private List<ReplySource> Sources(RuleChange change)
    {
        var sources = knowledgeBase.ResolveSources(change.Items.SelectMany(item => item.SourceIds));
        var reviewed = Reviewed(change);
        return sources
            .OrderBy(source => knowledgeBase.SourceClassOf(source).Kind == SourceHostKind.Official ? 0 : 1)
            .Take(MaxSources)
            .Select(source => new ReplySource(source.Title, source.Publisher, string.IsNullOrEmpty(source.Url) ? null : source.Url, reviewed))
            .ToList();
    }

    /// <summary>The review date of the entries the change comes from (the latest when there are several).</summary>
    private DateOnly? Reviewed(RuleChange change)
    {
        var dates = change.Items.Select(item =>
            knowledgeBase.FindCompliance(item.EntryId)?.Reviewed
            ?? knowledgeBase.Markets.FirstOrDefault(m => m.ImportRules.Any(r => r.Id == item.EntryId))?.Reviewed
            ?? knowledgeBase.FindImportRegime(change.Market)?.Reviewed).OfType<DateOnly>().ToList();
        return dates.Count == 0 ? null : dates.Max();
    }
}
