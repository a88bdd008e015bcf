using System.Globalization;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Knowledge.Search;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// Writes the answer from the chosen entry: the typed fact the question asks for first (a rate, the threshold in
/// force on a date, a term's expansion, the days to a destination, the fees), then the entry's own text in whole
/// sentences and items, then its sources with the review date.
/// </summary>
internal sealed partial class AnswerComposer(KnowledgeBase kb)
{
    private readonly HashSet<string> _paperSources = kb.PaperChallenges.SelectMany(c => c.Sources).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private const int ShownDetailChars = 700;
    private const int ShownDetailItems = 4;

    public KnowledgeAnswer Compose(QuestionAnalysis q, AnswerEntry entry, double score, DateOnly today)
    {
        var lang = q.Language;
        var zh = KnowledgeLanguage.IsChinese(lang);
        var cites = CitesPaper(entry);
        var (summaryLead, summaryRest) = AnswerText.Lead(entry.Summary.Get(lang), citesPaper: cites);
        var typed = TypedLead(q, entry, today);
        var lead = typed ?? summaryLead;
        var typedFact = typed is not null;
        var details = new List<string>();
        if (typed is not null)
        {
            details.Add(AnswerText.Join(AnswerText.Sentences(entry.Summary.Get(lang), cites)));
        }
        else
        {
            details.AddRange(summaryRest);
        }

        details.AddRange(TypedDetails(q, entry, zh));
        details.AddRange(entry.Details.Select(d => AnswerText.Clean(d.Get(lang), cites)).OfType<string>());
        if (typed is null && entry.Type is SearchEntryType.GlossaryTerm or SearchEntryType.RoadmapStep && !string.Equals(entry.Title.Get(lang), summaryLead, StringComparison.Ordinal))
        {
            // "EPR (extended producer responsibility): rules that…" — the name itself often answers "what is".
            lead = entry.Title.Get(lang) + (zh ? "：" : ": ") + summaryLead;
        }

        if (q.Kind == QuestionKind.Fees && entry.Type == SearchEntryType.LogisticsChannel && kb.FindLogisticsChannel(entry.Id)?.Pricing.Notes is { } pricing)
        {
            var (priceLead, _) = AnswerText.Lead(pricing.Get(lang), 320, citesPaper: cites);
            if (priceLead.Length > 0)
            {
                details.Insert(0, summaryLead);
                lead = priceLead;
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
                details.InsertRange(0, [.. feeRest, summaryLead]);
                lead = feeLead;
                typedFact = true;
            }
        }

        // A detail the lead already says ("VAT" after "20 % (VAT)") is left out.
        var (shown, more) = Split(details.Where(d => d.Length > 0 && !lead.Contains(d, StringComparison.Ordinal)).Distinct().ToList());
        return new KnowledgeAnswer
        {
            Answered = true,
            Language = lang,
            Analysis = q,
            Title = entry.Title.Get(lang),
            Lead = lead,
            Details = shown,
            More = more,
            Sources = Sources(entry),
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
        var details = new List<string>
        {
            $"**{a}**: " + AnswerText.Lead(first.Summary.Get(lang), 400, 3, CitesPaper(first)).Lead,
            $"**{b}**: " + AnswerText.Lead(second.Summary.Get(lang), 400, 3, CitesPaper(second)).Lead,
        };
        var more = first.Details.Select(d => AnswerText.Clean(d.Get(lang), CitesPaper(first)))
            .Concat(second.Details.Select(d => AnswerText.Clean(d.Get(lang), CitesPaper(second))))
            .OfType<string>().Take(8).ToList();
        return new KnowledgeAnswer
        {
            Answered = true,
            Language = lang,
            Analysis = q,
            Title = zh ? $"{a} 与 {b}" : $"{a} vs {b}",
            Lead = lead,
            Details = details,
            More = more,
            Sources = [.. Sources(first).Concat(Sources(second)).DistinctBy(s => s.Title)],
            Entries = [new AnswerEntryRef(first.Type, first.Id), new AnswerEntryRef(second.Type, second.Id)],
            TopScore = score,
        };
    }

    private string? TypedLead(QuestionAnalysis q, AnswerEntry entry, DateOnly today)
    {
        var zh = KnowledgeLanguage.IsChinese(q.Language);
        switch (entry.Type)
        {
            case SearchEntryType.Market when q.Kind is QuestionKind.Rate && kb.FindMarket(entry.Id) is { } market:
            {
                var name = market.Name.Get(q.Language);
                var vat = market.Vat.Name.Get(q.Language);
                if (market.Vat.StandardRatePercent <= 0)
                {
                    return zh ? $"{name}没有全国统一的增值税：{vat}。" : $"{name} has no national VAT: {vat}.";
                }

                var rate = AnswerText.Percent(market.Vat.StandardRatePercent);
                return zh ? $"{name}的标准税率为 {rate}（{vat}）。" : $"The standard rate in {name} is {rate} ({vat}).";
            }

            case SearchEntryType.ImportRule when FindRule(entry) is { } found:
            {
                var (market, rule) = found;
                var date = q.AsOf ?? today;
                var period = rule.Periods.LastOrDefault(p => p.From <= date && (p.To is null || p.To >= date))
                    ?? (q.AsOfYearOnly ? rule.Periods.LastOrDefault(p => p.From.Year <= date.Year && (p.To is null || p.To.Value.Year >= date.Year)) : null);
                var name = rule.Name.Get(q.Language);
                if (period is null)
                {
                    return null;
                }

                var span = Span(period, zh);
                var value = period.ExemptUpTo is { } limit
                    ? limit.Amount > 0
                        ? (zh ? $"免税额为 {AnswerText.Money(limit)}" : $"the threshold was {AnswerText.Money(limit)}")
                        : (zh ? "没有免税额" : "there was no exemption")
                    : null;
                if (value is null)
                {
                    return null;
                }

                if (q.AsOf is { } asOf)
                {
                    return zh
                        ? $"{market.Name.ZhCn}，{AnswerText.Date(asOf)} 时：{name}——{value}（{span}）。"
                        : $"{market.Name.En} on {AnswerText.Date(asOf)}: {name} — {value} ({span}).";
                }

                var now = period.ExemptUpTo!.Amount > 0
                    ? (zh ? $"目前免税额为 {AnswerText.Money(period.ExemptUpTo)}" : $"currently up to {AnswerText.Money(period.ExemptUpTo)}")
                    : (zh ? "目前没有免税额" : "currently no exemption");
                return zh ? $"{market.Name.ZhCn}：{name}——{now}（{span}）。" : $"{market.Name.En}: {name} — {now} ({span}).";
            }

            case SearchEntryType.GlossaryTerm when q.Kind == QuestionKind.Expansion && kb.FindGlossaryTerm(entry.Id) is { } term:
            {
                var acronym = q.Entities.FirstOrDefault(e => e.Id == term.Id)?.Surface ?? term.Term.En;
                var expansion = Expansion(acronym, term);
                if (expansion is null)
                {
                    return null;
                }

                return zh ? $"{acronym.ToUpperInvariant()} 是 “{expansion}” 的缩写（{term.Term.ZhCn}）。" : $"{acronym.ToUpperInvariant()} stands for “{expansion}”.";
            }

            case SearchEntryType.Compliance when q.Kind == QuestionKind.Expansion:
            {
                var acronym = q.Entities.FirstOrDefault(e => e.Id == entry.Id)?.Surface;
                if (acronym is null)
                {
                    return null;
                }

                var expansion = kb.Glossary.Select(g => Expansion(acronym, g)).FirstOrDefault(x => x is not null);
                return expansion is null ? null
                    : zh ? $"{acronym.ToUpperInvariant()} 是 “{expansion}” 的缩写。" : $"{acronym.ToUpperInvariant()} stands for “{expansion}”.";
            }

            case SearchEntryType.LogisticsChannel when q.Kind == QuestionKind.Duration && kb.FindLogisticsChannel(entry.Id) is { } channel:
            {
                var name = channel.Name.Get(q.Language);
                var market = q.Markets.Select(m => kb.FindMarket(m.Id)).FirstOrDefault(m => m is not null);
                var range = market is null ? null
                    : channel.TransitDays.FirstOrDefault(t => t.To.Equals(market.Id, StringComparison.OrdinalIgnoreCase))
                      ?? channel.TransitDays.FirstOrDefault(t => t.To.Equals(market.Region, StringComparison.OrdinalIgnoreCase))
                      ?? (market.Id == "eu" || kb.FindCountry(market.Id)?.Eu == true ? channel.TransitDays.FirstOrDefault(t => t.To == "europe") : null);
                if (range is null)
                {
                    var region = q.Text.Contains("europe", StringComparison.OrdinalIgnoreCase) || q.Text.Contains("欧洲", StringComparison.Ordinal) ? "europe"
                        : q.Text.Contains("north america", StringComparison.OrdinalIgnoreCase) || q.Text.Contains("北美", StringComparison.Ordinal) ? "north-america" : null;
                    range = region is null ? null : channel.TransitDays.FirstOrDefault(t => t.To == region);
                }

                if (range is not null)
                {
                    var where = market?.Name.Get(q.Language) ?? kb.FindRegion(range.To)?.Name.Get(q.Language) ?? range.To;
                    return zh ? $"{name}到{where}通常需要 {Days(range)} 天。" : $"{name} usually takes {Days(range)} days to {where}.";
                }

                var all = string.Join(zh ? "；" : "; ", channel.TransitDays.Where(t => t.To != "default").Take(4)
                    .Select(t => (kb.FindRegion(t.To)?.Name.Get(q.Language) ?? t.To) + " " + Days(t)));
                return zh ? $"{name}的时效取决于目的地：{all} 天。" : $"{name} takes, depending on the destination: {all} days.";
            }

            case SearchEntryType.LogisticsChannel when ChannelFact(q.Text, zh, kb.FindLogisticsChannel(entry.Id)) is { } fact:
                return fact;

            case SearchEntryType.LogisticsChannel when SizeQuestion().IsMatch(q.Text) && kb.FindLogisticsChannel(entry.Id) is { } sized:
            {
                var l = sized.Limits;
                var parts = new List<string>();
                if (l.MaxWeightKg is { } kg)
                {
                    parts.Add(zh ? $"最重 {kg.ToString("0.##", CultureInfo.InvariantCulture)} 公斤" : $"up to {kg.ToString("0.##", CultureInfo.InvariantCulture)} kg");
                }

                if (l.MaxLengthCm is { } length)
                {
                    parts.Add(zh ? $"最长边 {length.ToString("0", CultureInfo.InvariantCulture)} 厘米" : $"longest side {length.ToString("0", CultureInfo.InvariantCulture)} cm");
                }

                if (l.MaxSumOfSidesCm is { } sum)
                {
                    parts.Add(zh ? $"长宽高之和 {sum.ToString("0", CultureInfo.InvariantCulture)} 厘米" : $"length + width + height {sum.ToString("0", CultureInfo.InvariantCulture)} cm");
                }

                return parts.Count == 0 ? null
                    : zh ? $"{sized.Name.ZhCn}的限制：{string.Join("，", parts)}。" : $"{sized.Name.En} limits: {string.Join(", ", parts)}.";
            }

            case SearchEntryType.Compliance when q.Kind == QuestionKind.Date && kb.FindCompliance(entry.Id) is { Effective: { } effective } item:
                return zh
                    ? $"{item.Name.ZhCn}自 {AnswerText.Date(effective)} 起适用。{AnswerText.Lead(item.Summary.ZhCn, 200, 1).Lead}"
                    : $"{item.Name.En} applies since {AnswerText.Date(effective)}. {AnswerText.Lead(item.Summary.En, 200, 1).Lead}";

            default:
                return null;
        }
    }

    /// <summary>Batteries, liquids, tracking, returns or duties paid: the channel's typed policy, in words.</summary>
    private static string? ChannelFact(string question, bool zh, LogisticsChannel? channel)
    {
        if (channel is null)
        {
            return null;
        }

        var name = channel.Name.Get(zh ? KnowledgeLanguage.Chinese : KnowledgeLanguage.English);
        if (BatteryQuestion().IsMatch(question))
        {
            return channel.Batteries switch
            {
                BatteryPolicy.Forbidden => zh ? $"{name}不收寄电池。" : $"{name} does not accept batteries.",
                BatteryPolicy.ContainedOnly => zh ? $"{name}只收寄装在设备内（或与设备同包）的电池，不收单独的电池。" : $"{name} accepts batteries only inside (or packed with) the equipment, not loose batteries.",
                _ => zh ? $"{name}可以寄电池（须符合锂电池运输规定，如 UN38.3、MSDS）。" : $"{name} accepts batteries (within lithium-battery transport rules such as UN38.3 and an MSDS).",
            };
        }

        if (LiquidQuestion().IsMatch(question))
        {
            return channel.Liquids switch
            {
                LiquidPolicy.Forbidden => zh ? $"{name}不收寄液体。" : $"{name} does not accept liquids.",
                LiquidPolicy.Limited => zh ? $"{name}有条件收寄液体（数量和包装受限）。" : $"{name} accepts liquids only with limits on quantity and packing.",
                _ => zh ? $"{name}可以寄液体。" : $"{name} accepts liquids.",
            };
        }

        if (TrackingQuestion().IsMatch(question))
        {
            return channel.Tracking switch
            {
                TrackingQuality.None => zh ? $"{name}没有全程追踪（出境后基本查不到，也没有妥投扫描）。" : $"{name} has no end-to-end tracking (little or nothing after export, no delivery scan).",
                TrackingQuality.Partial => zh ? $"{name}只有部分追踪（通常到出口或目的国入境为止）。" : $"{name} has partial tracking only (usually up to export or arrival in the destination).",
                _ => zh ? $"{name}可以全程追踪到妥投。" : $"{name} has full tracking up to delivery.",
            };
        }

        if (ReturnsQuestion().IsMatch(question))
        {
            return channel.Returns switch
            {
                ReturnsSupport.None => zh ? $"{name}基本不支持退货。" : $"{name} offers practically no returns handling.",
                ReturnsSupport.Limited => zh ? $"{name}的退货支持有限。" : $"{name} offers limited returns handling.",
                _ => zh ? $"{name}支持本地退货。" : $"{name} supports local returns.",
            };
        }

        return null;
    }

    private IEnumerable<string> TypedDetails(QuestionAnalysis q, AnswerEntry entry, bool zh)
    {
        if (entry.Type == SearchEntryType.ImportRule && FindRule(entry) is { } found && found.Rule.Periods.Count > 1)
        {
            foreach (var period in found.Rule.Periods)
            {
                var value = period.ExemptUpTo is { } limit
                    ? limit.Amount > 0 ? (zh ? $"免税额 {AnswerText.Money(limit)}" : $"up to {AnswerText.Money(limit)}") : (zh ? "无免税额" : "no exemption")
                    : period.Note?.Get(q.Language) ?? string.Empty;
                yield return $"{Span(period, zh)}: {value}";
            }
        }
    }

    private bool CitesPaper(AnswerEntry entry) => entry.SourceIds.Any(_paperSources.Contains);

    private (Market Market, ImportRule Rule)? FindRule(AnswerEntry entry) =>
        entry.ParentId is { } parent && kb.FindMarket(parent) is { } market && market.ImportRules.FirstOrDefault(r => r.Id == entry.Id) is { } rule
            ? (market, rule)
            : null;

    /// <summary>The alias whose initials spell the acronym ("UK Conformity Assessed" for UKCA), or the bracketed long form.</summary>
    private static string? Expansion(string acronym, GlossaryTerm term)
    {
        var letters = new string(acronym.Where(char.IsLetter).ToArray()).ToUpperInvariant();
        if (letters.Length < 2)
        {
            return null;
        }

        var candidates = term.Aliases.Append(term.Term.En)
            .SelectMany(a => a.Split(['(', ')', '/'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        foreach (var candidate in candidates)
        {
            var words = candidate.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2)
            {
                continue;
            }

            var initials = new string(words.Where(w => char.IsUpper(w[0]) || words.Length <= letters.Length).Select(w => char.ToUpperInvariant(w[0])).ToArray());
            var compact = string.Concat(words.Select(w => new string(w.Where(char.IsUpper).ToArray())));
            if (initials == letters || compact == letters || (letters.Length > 2 && initials.StartsWith(letters, StringComparison.Ordinal)))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string Span(ImportRulePeriod period, bool zh) =>
        period.To is { } to
            ? $"{AnswerText.Date(period.From)} – {AnswerText.Date(to)}"
            : zh ? $"自 {AnswerText.Date(period.From)} 起" : $"since {AnswerText.Date(period.From)}";

    private static string Days(TransitRange range) =>
        range.Min.ToString("0", CultureInfo.InvariantCulture) + "–" + range.Max.ToString("0", CultureInfo.InvariantCulture);

    private IReadOnlyList<AnswerSource> Sources(AnswerEntry entry) =>
        [.. kb.ResolveSources(entry.SourceIds).Select(s => new AnswerSource(s.Title, AnswerText.Publisher(s.Publisher), s.Url, entry.Reviewed))];

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

    [System.Text.RegularExpressions.GeneratedRegex(@"how heavy|weight limit|max(imum)? weight|size limit|how big|\bkg\b|重量|多重|公斤|尺寸|多大", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SizeQuestion();

    [System.Text.RegularExpressions.GeneratedRegex(@"batter|lithium|power ?bank|电池|锂|充电宝|移动电源", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex BatteryQuestion();

    [System.Text.RegularExpressions.GeneratedRegex(@"liquid|cosmetic|perfume|液体|化妆品|香水", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex LiquidQuestion();

    [System.Text.RegularExpressions.GeneratedRegex(@"track|trace|跟踪|追踪|查到物流|查物流|轨迹|单号", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex TrackingQuestion();

    [System.Text.RegularExpressions.GeneratedRegex(@"\breturn|退货|退换", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ReturnsQuestion();
}
