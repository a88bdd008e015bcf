using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Knowledge.Search;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// Writes the answer from the chosen entry: the typed fact the question asks for first (a rate, the threshold in
/// force on a date, a term's expansion, the days to a destination, the fees), then the entry's own text in whole
/// sentences and items, then its sources with the review date.
/// </summary>
internal sealed class AnswerComposer(KnowledgeBase kb, KnowledgeSearch search)
{
    private readonly TypedFactWriter _facts = new(kb, search);
    private readonly EntryReferenceText _references = new(kb);
    private readonly AskedLine _askedLine = new(search);
    private readonly MarketFigureItems _marketItems = new(kb);
    private readonly StoreFees _storeFees = new(kb);

    private readonly HashSet<string> _paperSources = kb.PaperChallenges.SelectMany(c => c.Sources).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private const int ShownDetailChars = 700;
    private const int ShownDetailItems = 4;

    /// <param name="factOnly">The question asks for the typed fact and nothing else, so a fact with sources of its own is
    /// answered with those alone.</param>
    /// <param name="asked">The question's own words beyond names (stemmed), which pick the dated change a "since when" asks about.</param>
    /// <param name="mentioned">Names the question asks about that the entry writes only inside its text ("ANATEL"): the line
    /// that writes them leads.</param>
    public KnowledgeAnswer Compose(QuestionAnalysis q, AnswerEntry entry, double score, DateOnly today, bool factOnly = false, IReadOnlyList<string>? asked = null, IReadOnlyList<string>? mentioned = null)
    {
        var lang = q.Language;
        var zh = KnowledgeLanguage.IsChinese(lang);
        var cites = CitesPaper(entry);
        var (summaryLead, summaryRest) = AnswerText.Lead(entry.Summary.Get(lang), citesPaper: cites);
        var typed = _facts.Lead(q, entry, today, asked ?? []);
        var lead = typed ?? summaryLead;
        var typedFact = typed is not null;
        // The text the lead quotes (null: a typed fact, backed by the entry's list).
        var leadOrigin = typed is null ? entry.Summary : null;

        // A lead quoting a glossary term's long form is backed by that term's sources, the rest by the entry's.
        var leadSources = typed is not null && _facts.ExpandedFrom(q, entry) is { } term ? SourcesOf(term.Sources, term.Reviewed) : [];
        var details = new List<string>();
        // Where each line came from: a text that names its own sources is cited by those alone.
        var origins = new TextOrigins(entry);
        // The rest of the field the lead quotes (the fee note's later sentences): shown with the lead when only that field is cited.
        IReadOnlyList<string> factDetails = [];
        // A store's own fee lines and the sources not of other stores, when the fee answer is one store's (see StoreFees).
        IReadOnlyList<string>? storeLines = null;
        IReadOnlyList<string> storeSourceIds = [];
        if (typed is not null)
        {
            // A typed lead may already quote the summary's first sentence ("… applies since 2024-02-17. Since …"): not twice.
            details.Add(origins.From(entry.Summary, AnswerText.Join(AnswerText.Sentences(entry.Summary.Get(lang), cites).Where(s => !typed.Contains(s, StringComparison.Ordinal)))));
        }
        else
        {
            details.AddRange(summaryRest.Select(s => origins.From(entry.Summary, s)));
        }

        // Each period's line is backed by that period's note when the note names its sources (a rule with a long history
        // cites, per line, what that step came from rather than the whole list).
        var periodNotes = _facts.DetailNotes(entry);
        var periodLines = _facts.Details(q, entry, zh).Select((line, i) => i < periodNotes.Count && periodNotes[i] is { } note ? origins.From(note, line) : line).ToList();
        // A long history shows the period asked and the change after it; the older and later steps (each with its own
        // sources) wait under "more", so the reply cites what it shows, not the whole history's list.
        var (askedPeriods, otherPeriods) = AskedPeriods(q, entry, today, periodLines);
        details.AddRange(askedPeriods);
        if (typed is not null && _facts.LeadPeriodNote(q, entry, today) is { Sources.Count: > 0 } leadNote)
        {
            leadOrigin = leadNote;
        }
        details.AddRange(entry.Details.Select(d => AnswerText.Clean(d.Get(lang), cites) is { } text ? origins.From(d, text) : null).OfType<string>());
        if (typed is null && entry.Type is SearchEntryType.GlossaryTerm or SearchEntryType.RoadmapStep or SearchEntryType.PaperChallenge or SearchEntryType.PaperCountermeasure
            && !string.Equals(entry.Title.Get(lang), summaryLead, StringComparison.Ordinal))
        {
            // "EPR (extended producer responsibility): rules that…" — the name itself often answers "what is"; a paper's item's
            // name answers "which challenge in the paper is that".
            lead = entry.Title.Get(lang) + (zh ? "：" : ": ") + summaryLead;
        }

        if (typed is null && entry.Type == SearchEntryType.Compliance && q.Kind is QuestionKind.Requirement or QuestionKind.Definition
            && q.Entities.FirstOrDefault(e => e.Id.Equals(entry.Id, StringComparison.OrdinalIgnoreCase)) is { } named
            && !lead.Contains(named.Surface, StringComparison.OrdinalIgnoreCase))
        {
            // "Does Australia require RCM?" — "The single mark showing…" must say which mark it is.
            lead = entry.Title.Get(lang) + (zh ? "：" : ": ") + lead;
        }

        if (q.Kind == QuestionKind.Fees && entry.Type == SearchEntryType.LogisticsChannel && kb.FindLogisticsChannel(entry.Id)?.Pricing.Notes is { } pricing)
        {
            var (priceLead, _) = AnswerText.Lead(pricing.Get(lang), 320, citesPaper: cites);
            if (priceLead.Length > 0 && typed is not null)
            {
                // "lcl per cbm to north america": the price to the destination asked leads; the note on what the levels mean follows.
                details.Insert(0, origins.From(pricing, priceLead));
            }
            else if (priceLead.Length > 0)
            {
                details.Insert(0, origins.From(entry.Summary, summaryLead));
                lead = priceLead;
                leadOrigin = pricing;
                typedFact = true;
            }
        }

        if (q.Kind == QuestionKind.Fees && entry.Type == SearchEntryType.Platform && entry.Details.Count > 0)
        {
            // The fee note is the answer: lead with it.
            var (feeLead, feeRest) = AnswerText.Lead(entry.Details[0].Get(lang), 320, citesPaper: cites);
            if (feeLead.Length > 0)
            {
                details.Remove(AnswerText.Clean(entry.Details[0].Get(lang), cites) ?? string.Empty);
                // The typed fixed fees belong to the same field: given after the note, and the one the question names
                // ("etsy listing fee", "zalando base fee") leads.
                var fixedFees = kb.FindPlatform(entry.Id) is { } platform ? PlatformFixedFeeLines.Of(platform, lang) : [];
                var namedFee = fixedFees.FirstOrDefault(line => AskedFigure.FeeKind(q) is { } kind && line.Contains(kind, StringComparison.OrdinalIgnoreCase));
                // "亚马逊日本站月租多少钱": a line with one figure per market leads with the market asked about.
                var leadFee = _marketItems.LeadFor(q, feeLead) ?? namedFee;
                IReadOnlyList<string> feeLines = leadFee is null ? [.. feeRest, .. fixedFees] : [feeLead, .. feeRest, .. fixedFees.Where(f => f != leadFee)];
                details.InsertRange(0, [.. feeLines.Select(f => origins.From(entry.Details[0], f)), origins.From(entry.Summary, summaryLead)]);
                factDetails = feeLines;
                lead = leadFee ?? feeLead;
                leadOrigin = entry.Details[0];
                typedFact = true;
                if (leadFee is null && _storeFees.For(q, entry, [feeLead, .. feeRest]) is { } store)
                {
                    // "what fees does amazon japan charge?": the store's own fees lead, then what the note says of every store.
                    lead = store.Lines[0].Line;
                    leadOrigin = store.Lines[0].From;
                    storeLines = [.. store.Lines.Skip(1).Select(l => origins.From(l.From, l.Line)), .. store.General];
                    storeSourceIds = store.SourceIds;
                    details.InsertRange(0, storeLines);
                }
            }
        }

        if (typed is null && mentioned is { Count: > 0 } && !mentioned.Any(n => lead.Contains(n, StringComparison.OrdinalIgnoreCase))
            && entry.Details.FirstOrDefault(d => mentioned.Any(n => d.Get(lang).Contains(n, StringComparison.Ordinal))) is { } writer
            && AnswerText.Clean(writer.Get(lang), cites) is { } writes)
        {
            // "Is ANATEL needed in Brazil?": the line that names the mark answers; the summary follows it.
            details.Remove(writes);
            details.Insert(0, origins.From(entry.Summary, lead));
            // The line alone may lean on its entry ("… regardless of the programme"): the entry's name says which.
            lead = entry.Title.Get(lang) + (zh ? "：" : ": ") + writes;
            leadOrigin = writer;
        }

        // "Do I need an EORI number …", "how many days do I have to answer a CF-28?": the entry's line that answers what is asked
        // (the condition, the days) leads; the opening (the definition, the overview) follows it.
        if (typed is null && ReferenceEquals(leadOrigin, entry.Summary) && entry.Type != SearchEntryType.Market
            && _askedLine.Find(q, entry, summaryLead, asked ?? [], cites) is { } askedLine)
        {
            // "amazon australia professional plan per month": a line with one figure per market gives the market's item, and stays whole below.
            var marketItem = _marketItems.LeadFor(q, askedLine.Text);
            var at = marketItem is null ? details.IndexOf(askedLine.Detail) : -1;
            if (at >= 0 && askedLine.DetailRest.Length == 0)
            {
                details.RemoveAt(at);
            }
            else if (at >= 0)
            {
                details[at] = origins.From(askedLine.From, askedLine.DetailRest);
            }

            details.Insert(0, origins.From(entry.Summary, summaryLead));
            lead = entry.Title.Get(lang) + (zh ? "：" : ": ") + (marketItem ?? askedLine.Text);
            leadOrigin = askedLine.From;
        }

        // "Do marketplaces collect GST in Canada?": one of the market's own lines talks about what is asked and the summary's
        // first sentence does not: that line leads, the summary follows. A rate read from the tax's name ("… collect the
        // GST") gives way only to a line that says all that is asked beside it.
        var rateAsked = typed is not null && q.Kind == QuestionKind.Rate && !factOnly && asked is { Count: >= 2 };
        if ((typed is null && ReferenceEquals(leadOrigin, entry.Summary) || rateAsked) && entry.Type == SearchEntryType.Market && asked is { Count: > 0 }
            && BetterLine(entry, lead, asked, lang, cites, all: rateAsked) is { } better)
        {
            details.Remove(better.Text);
            details.Insert(0, typed is null ? origins.From(entry.Summary, lead) : lead);
            lead = entry.Title.Get(lang) + (zh ? "：" : ": ") + better.Text;
            leadOrigin = better.From;
        }

        // A detail the lead already says ("VAT" after "20 % (VAT)") is left out. "Since when is the ebay per-order fee 40 cents":
        // the date the lead writes in words is written as every dated reply writes it.
        lead = _references.Rewrite(lead, lang);
        lead = q.Kind == QuestionKind.Date ? AnswerText.IsoDates(lead) : lead;
        var kept = details.Where(d => d.Length > 0 && !lead.Contains(d, StringComparison.Ordinal)).Select(d => origins.Rewritten(d, _references.Rewrite(d, lang))).Distinct().ToList();
        var (shown, more) = Split(kept);
        IReadOnlyList<AnswerSource> shownSources = [.. leadSources.Concat(SourcesOf(origins.SourceIds(leadOrigin, shown), entry.Reviewed)).DistinctBy(s => s.Title)];
        if (typedFact && factOnly && _facts.FieldSourceIds(q, entry) is { } fieldIds)
        {
            // The lead quotes one field that has sources of its own ("the standard rate in the United Kingdom is 20 %", a
            // platform's fees): the reply is that field with those sources; the entry's other text, backed by the entry's
            // list, waits under "more".
            shownSources = SourcesOf(fieldIds, entry.Reviewed);
            var fact = factDetails.Select(d => _references.Rewrite(d, lang)).ToHashSet(StringComparer.Ordinal);
            var (factShown, factMore) = Split([.. kept.Where(fact.Contains)]);
            (shown, more) = (factShown, [.. factMore, .. kept.Where(d => !fact.Contains(d))]);
        }

        if (storeLines is not null)
        {
            // Shown: that store's fees and what holds for every store, cited by that store's pages; the rest waits under "more".
            var store = storeLines.Select(d => _references.Rewrite(d, lang)).ToHashSet(StringComparer.Ordinal);
            var (storeShown, storeMore) = Split([.. kept.Where(store.Contains)]);
            (shown, more) = (storeShown, [.. storeMore, .. kept.Where(d => !store.Contains(d))]);
            // The store's fee lines cite their own pages; a sentence of the note that holds for every store cites the fee pages
            // that are no other store's.
            var general = shown.Where(d => !origins.HasOwnSources(d)).ToList();
            shownSources = SourcesOf(origins.SourceIds(leadOrigin, shown.Except(general)).Concat(general.Count > 0 ? storeSourceIds : []).Distinct(StringComparer.OrdinalIgnoreCase), entry.Reviewed);
        }

        more = [.. more, .. otherPeriods];
        return new KnowledgeAnswer
        {
            Answered = true,
            Language = lang,
            Analysis = q,
            Title = entry.Title.Get(lang),
            Lead = lead,
            Details = shown,
            More = more,
            Sources = shownSources,
            MoreSources = more.Count > 0 ? SourcesOf(origins.SourceIdsOfLines(more), entry.Reviewed) : [],
            Caveats = Caveats(lang, entry),
            Entries = [new AnswerEntryRef(entry.Type, entry.Id)],
            TopScore = score,
            TypedFact = typedFact,
        };
    }

    public KnowledgeAnswer Compare(QuestionAnalysis q, AnswerEntry first, AnswerEntry second, double score)
    {
        var lang = q.Language;
        var zh = KnowledgeLanguage.IsChinese(lang);
        var a = first.Title.Get(lang);
        var b = second.Title.Get(lang);
        var lead = zh ? $"{a}与{b}的区别：" : $"{a} compared with {b}:";
        if (ComparisonVerdict.Decide(q, first, second) is { } verdict)
        {
            var winner = verdict.Winner.Title.Get(lang);
            lead = zh ? $"就您的情况而言，{winner}更合适。{verdict.Reason}" : $"For your case, {winner} fits better. {verdict.Reason}";
        }

        var details = new List<string>
        {
            $"**{a}**: " + AnswerText.Lead(first.Summary.Get(lang), 400, 3, CitesPaper(first)).Lead,
            $"**{b}**: " + AnswerText.Lead(second.Summary.Get(lang), 400, 3, CitesPaper(second)).Lead,
        };
        // Each line of "more" keeps the entry it came from, so that reply cites only the sides it shows.
        var more = first.Details.Select(d => (Text: AnswerText.Clean(d.Get(lang), CitesPaper(first)), From: first))
            .Concat(second.Details.Select(d => (Text: AnswerText.Clean(d.Get(lang), CitesPaper(second)), From: second)))
            .Where(d => d.Text is not null).Take(8).ToList();
        return new KnowledgeAnswer
        {
            Answered = true,
            Language = lang,
            Analysis = q,
            Title = zh ? $"{a} 与 {b}" : $"{a} vs {b}",
            Lead = lead,
            Details = details,
            More = [.. more.Select(d => d.Text!)],
            Sources = [.. Sources(first).Concat(Sources(second)).DistinctBy(s => s.Title)],
            MoreSources = [.. more.Select(d => d.From).Distinct().SelectMany(Sources).DistinctBy(s => s.Title)],
            Caveats = Caveats(lang, first, second),
            Entries = [new AnswerEntryRef(first.Type, first.Id), new AnswerEntryRef(second.Type, second.Id)],
            TopScore = score,
        };
    }

    /// <summary>
    /// "Shopee vs Kaufland": the knowledge base holds only one side. The lead says which side it cannot speak about,
    /// then the answer is the known side's, with that side's sources only.
    /// </summary>
    public KnowledgeAnswer CompareWithUnknown(QuestionAnalysis q, AnswerEntry known, string unknownName, double score, DateOnly today)
    {
        var answer = Compose(q, known, score, today);
        var zh = KnowledgeLanguage.IsChinese(q.Language);
        var title = known.Title.Get(q.Language);
        var prefix = zh
            ? $"我的知识库里没有关于 {unknownName} 的可靠信息，所以无法把两者作比较。以下是{title}的情况："
            : $"I have nothing reliable on {unknownName} in my knowledge base, so I can't compare the two. Here is what I know about {title}: ";
        return answer with { Lead = prefix + answer.Lead, TypedFact = false };
    }

    /// <summary>
    /// "CE marking vs the EAC mark": the other side is only mentioned by another entry. Say so, quote that entry's line
    /// (cited with that entry's sources), then answer the known side.
    /// </summary>
    public KnowledgeAnswer CompareWithMention(QuestionAnalysis q, AnswerEntry known, (string Name, AnswerEntry Entry, string Line) mention, double score, DateOnly today)
    {
        var answer = Compose(q, known, score, today);
        var zh = KnowledgeLanguage.IsChinese(q.Language);
        var title = known.Title.Get(q.Language);
        var where = mention.Entry.Title.Get(q.Language);
        var line = AnswerText.Clean(mention.Line, CitesPaper(mention.Entry)) ?? mention.Line;
        var prefix = zh
            ? $"我的知识库没有关于 {mention.Name} 的单独条目，只在“{where}”中提到：{line}。以下是{title}的情况："
            : $"My knowledge base has no entry of its own on {mention.Name}; it is mentioned under {where}: {line.TrimEnd('.')}. Here is what I know about {title}: ";
        return answer with
        {
            Lead = prefix + answer.Lead,
            TypedFact = false,
            Sources = [.. answer.Sources.Concat(Sources(mention.Entry)).DistinctBy(s => s.Title)],
            Entries = [.. answer.Entries, new AnswerEntryRef(mention.Entry.Type, mention.Entry.Id)],
        };
    }

    // The entry's line that uses more of the question's own words than the lead does, at least two and at least half of them.
    private (string Text, LocalizedText From)? BetterLine(AnswerEntry entry, string lead, IReadOnlyList<string> asked, string lang, bool cites, bool all)
    {
        var leadHits = AskedIn(lead, asked, lang);
        var best = entry.Details
            .Select(d => (Text: AnswerText.Clean(d.Get(lang), cites), From: d))
            .Where(d => d.Text is not null)
            .Select(d => (d.Text, d.From, Hits: AskedIn(d.Text!, asked, lang)))
            .OrderByDescending(d => d.Hits)
            .FirstOrDefault();
        // One shared word ("what should a seller know") is too little to put a line before the summary.
        return best.Text is not null && best.Hits >= 2 && best.Hits > leadHits && (all ? best.Hits == asked.Count : best.Hits * 2 >= asked.Count) ? (best.Text, best.From) : null;
    }

    private int AskedIn(string text, IReadOnlyList<string> asked, string lang) => _askedLine.Hits(text, asked, lang);

    private static IReadOnlyList<string> Caveats(string lang, params AnswerEntry[] entries) =>
        [.. entries.Select(e => e.Caveat?.Get(lang)).OfType<string>().Where(c => c.Length > 0).Distinct()];

    private bool CitesPaper(AnswerEntry entry) => entry.SourceIds.Any(_paperSources.Contains);

    private IReadOnlyList<AnswerSource> Sources(AnswerEntry entry) => SourcesOf(entry.SourceIds, entry.Reviewed);

    internal IReadOnlyList<AnswerSource> SourcesOf(IEnumerable<string> ids, DateOnly? reviewed) =>
        [.. kb.ResolveSources(ids).Select(s => new AnswerSource(s.Title, AnswerText.Publisher(s.Publisher), s.Url, reviewed))];


    // Up to this many periods a rule's whole history is short enough to show with the answer.
    private const int ShownPeriods = 2;

    private (IReadOnlyList<string> Asked, IReadOnlyList<string> Other) AskedPeriods(QuestionAnalysis q, AnswerEntry entry, DateOnly today, List<string> lines)
    {
        var periods = entry.Type == SearchEntryType.ImportRule && entry.ParentId is { } parent
            ? kb.FindMarket(parent)?.ImportRules.FirstOrDefault(r => r.Id == entry.Id)?.Periods ?? []
            : [];
        var date = q.AsOf ?? today;
        var asked = periods.ToList().FindLastIndex(p => p.From <= date && (p.To is null || p.To >= date));
        if (lines.Count <= ShownPeriods || lines.Count != periods.Count || asked < 0)
        {
            return (lines, []);
        }

        return ([.. lines.Where((_, i) => i == asked || i == asked + 1)], [.. lines.Where((_, i) => i != asked && i != asked + 1)]);
    }

    private static (IReadOnlyList<string> Shown, IReadOnlyList<string> More) Split(List<string> details)
    {
        var shown = new List<string>();
        var chars = 0;
        foreach (var detail in details)
        {
            if (shown.Count > 0 && (shown.Count >= ShownDetailItems || chars + detail.Length > ShownDetailChars))
            {
                break;
            }

            shown.Add(detail);
            chars += detail.Length;
        }

        return (shown, details.Skip(shown.Count).ToArray());
    }
}
