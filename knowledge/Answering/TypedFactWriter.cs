using System.Globalization;
using System.Text.RegularExpressions;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Knowledge.Search;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// Answers from the typed model rather than from prose: a market's VAT rate, the threshold of an import rule in force
/// on a date (with its history), a term's expansion, a channel's days to a destination, its limits and policies, and
/// the date a compliance item took effect.
/// </summary>
internal sealed partial class TypedFactWriter(KnowledgeBase kb, KnowledgeSearch search)
{
    private readonly ChannelFigureWriter _channelFigures = new(kb);

    /// <summary>The typed fact that answers the question from this entry, or null when the entry has none for it.</summary>
    /// <param name="asked">The question's own words beyond names, stemmed as the index stems them.</param>
    public string? Lead(QuestionAnalysis q, AnswerEntry entry, DateOnly today, IReadOnlyList<string> asked)
    {
        var zh = KnowledgeLanguage.IsChinese(q.Language);
        switch (entry.Type)
        {
            case SearchEntryType.Market when q.Kind is QuestionKind.Rate && kb.FindMarket(entry.Id) is { } market:
            {
                var vat = market.Vat.Name.Get(q.Language);
                if (market.Vat.StandardRatePercent <= 0)
                {
                    var subject = PlaceName.StartingSentence(market.Name, q.Language);
                    return zh ? $"{subject}没有全国统一的增值税：{vat}。" : $"{subject} has no national VAT: {vat}.";
                }

                var rate = AnswerText.Percent(market.Vat.StandardRatePercent);
                var name = PlaceName.InSentence(market.Name, q.Language);
                var tax = TaxNameInBrackets(vat, market.Vat.StandardRatePercent, zh);
                return zh ? $"{name}的标准税率为 {rate}（{tax}）。" : $"The standard rate in {name} is {rate} ({tax}).";
            }

            case SearchEntryType.ImportRule when FindRule(entry) is { } found:
            {
                var (market, rule) = found;
                var date = q.AsOf ?? today;
                var period = PeriodFor(q, rule, today);
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
                if (value is null && period.FixedFee is { } fee)
                {
                    // A flat charge ("€3 per item") is the rule's fact the way a threshold is another rule's.
                    var money = AnswerText.Money(new Money { Amount = fee.Amount, Currency = fee.Currency });
                    var per = fee.Per == FeeUnit.Item ? (zh ? "每件商品" : "per item") : (zh ? "每个包裹" : "per parcel");
                    var flat = zh ? $"{per}固定征收 {money}" : $"a flat {money} {per}";
                    // France's €2 parcel tax and the EU's €3 duty fall on the same parcels: a rule with two fees names both.
                    var others = FeesInForce(market, rule, date, zh);
                    return q.AsOf is { } on
                        ? (zh ? $"{market.Name.ZhCn}，{AnswerText.Date(on)} 时：{name}——{flat}（{span}）。{others.Trim()}" : $"{market.Name.En} on {AnswerText.Date(on)}: {name} — {flat} ({span}).{others}")
                        : (zh ? $"{market.Name.ZhCn}：{name}——{flat}（{span}）。{others.Trim()}" : $"{market.Name.En}: {name} — {flat} ({span}).{others}");
                }

                if (value is null)
                {
                    return null;
                }

                // "What duty does Indonesia charge on parcels over 3 dollars?": the threshold alone does not say what is
                // charged above it; the rule's own sentence that gives that rate does.
                var charged = AsksRateCharged().IsMatch(q.Text) ? RateSentence(rule, period, q.Language) : null;
                var after = charged is null ? string.Empty : " " + charged;
                if (q.AsOf is { } asOf)
                {
                    return zh
                        ? $"{market.Name.ZhCn}，{AnswerText.Date(asOf)} 时：{name}——{value}（{span}）。{after.Trim()}"
                        : $"{market.Name.En} on {AnswerText.Date(asOf)}: {name} — {value} ({span}).{after}";
                }

                var now = period.ExemptUpTo!.Amount > 0
                    ? (zh ? $"目前免税额为 {AnswerText.Money(period.ExemptUpTo)}" : $"currently up to {AnswerText.Money(period.ExemptUpTo)}")
                    : (zh ? "目前没有免税额" : "currently no exemption");

                // "Will the buyer pay import tax in Germany?": with no allowance left, what is paid is the market's rate.
                if (charged is null && period.ExemptUpTo.Amount == 0 && rule.AppliesTo == ImportRuleTarget.Vat && market.Vat.StandardRatePercent > 0)
                {
                    var rate = AnswerText.Percent(market.Vat.StandardRatePercent);
                    var tax = TaxNameInBrackets(market.Vat.Name.Get(q.Language), market.Vat.StandardRatePercent, zh);
                    after = zh ? $"按标准税率 {rate} 征收（{tax}）。" : $" It is charged at the standard rate of {rate} ({tax}).";
                }

                // "Do I pay duty over there? (Germany)": an allowance that stays while a flat fee is charged on the same parcels
                // (the EU's €3 per item) is not the whole answer; the fee in force is said with it.
                if (charged is null && rule.AppliesTo == ImportRuleTarget.Duty)
                {
                    after += FeesInForce(market, rule, date, zh);
                }

                return zh ? $"{market.Name.ZhCn}：{name}——{now}（{span}）。{after.Trim()}" : $"{market.Name.En}: {name} — {now} ({span}).{after}";
            }

            case SearchEntryType.GlossaryTerm when q.Kind == QuestionKind.Expansion && kb.FindGlossaryTerm(entry.Id) is { } term:
            {
                var acronym = q.Entities.FirstOrDefault(e => e.Id == term.Id)?.Surface ?? term.Term.En;
                var expansion = Expansion(acronym, term);
                if (expansion is null)
                {
                    return null;
                }

                // "电信认证机构（TCB）" already names the acronym: only its Chinese name goes in the brackets.
                var zhName = term.Term.ZhCn.Replace($"（{acronym}）", string.Empty, StringComparison.OrdinalIgnoreCase).Replace($"({acronym})", string.Empty, StringComparison.OrdinalIgnoreCase).Trim();
                return zh ? $"{acronym.ToUpperInvariant()} 是 “{expansion}” 的缩写（{zhName}）。" : $"{acronym.ToUpperInvariant()} stands for “{expansion}”.";
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
                // "to Italy", "to the Middle East", "到南美": the market named, its region, or a region the channel lists.
                if (_channelFigures.Destination(q, [.. channel.TransitDays.Select(t => t.To)]) is { } to && channel.TransitDays.First(t => t.To == to) is var range)
                {
                    var where = _channelFigures.PlaceOf(q, range.To);
                    return zh ? $"{name}到{where}通常需要 {Days(range)} 天。" : $"{name} usually takes {Days(range)} days to {where}.";
                }

                var all = string.Join(zh ? "；" : "; ", channel.TransitDays.Where(t => t.To != "default").Take(4)
                    .Select(t => (kb.FindRegion(t.To)?.Name.Get(q.Language) ?? t.To) + " " + Days(t)));
                return zh ? $"{name}的时效取决于目的地：{all} 天。" : $"{name} takes, depending on the destination: {all} days.";
            }

            case SearchEntryType.LogisticsChannel when ChannelFactWriter.Fact(q.Text, zh, kb.FindLogisticsChannel(entry.Id)) is { } fact:
                return fact;

            // "EMS体积重除以多少", "lcl per cbm to north america", "专线单件最重多少": a price, minimum, divisor or limit in the channel's data.
            case SearchEntryType.LogisticsChannel when kb.FindLogisticsChannel(entry.Id) is { } figured && _channelFigures.Fact(q, figured) is { } figure:
                return figure;

            case SearchEntryType.Compliance when q.Kind == QuestionKind.Date && kb.FindCompliance(entry.Id) is { } dated && AskedChange(q, dated, asked, q.Language) is { } change:
                // "Since when must power banks carry the PSE mark?": the dated change about power banks, not the item's latest date.
                return zh
                    ? $"{dated.Name.ZhCn}——自 {AnswerText.Date(change.From)} 起：{change.Change.ZhCn}"
                    : $"{dated.Name.En} — since {AnswerText.Date(change.From)}: {change.Change.En}";
            case SearchEntryType.Compliance when q.Kind == QuestionKind.Date && kb.FindCompliance(entry.Id) is { Effective: { } effective } item:
                return zh
                    ? $"{item.Name.ZhCn}自 {AnswerText.Date(effective)} 起适用。{AnswerText.Lead(item.Summary.ZhCn, 200, 1).Lead}"
                    : $"{item.Name.En} applies since {AnswerText.Date(effective)}. {AnswerText.Lead(item.Summary.En, 200, 1).Lead}";

            default:
                return null;
        }
    }

    /// <summary>
    /// The glossary term whose long form a compliance item's expansion lead quotes ("EORI stands for …"): that sentence
    /// comes from the term, so the term's sources back it.
    /// </summary>
    public GlossaryTerm? ExpandedFrom(QuestionAnalysis q, AnswerEntry entry) =>
        entry.Type == SearchEntryType.Compliance && q.Kind == QuestionKind.Expansion && q.Entities.FirstOrDefault(e => e.Id == entry.Id)?.Surface is { } acronym
            ? kb.Glossary.FirstOrDefault(g => Expansion(acronym, g) is not null)
            : null;


    /// <summary>
    /// The sources of the one field a typed lead quotes, when the data tags that field with its own (a market's VAT rate, a
    /// platform's fees):
    /// the answer then cites those for the lead rather than every source of the entry. Null when the field has none.
    /// </summary>
    public IReadOnlyList<string>? FieldSourceIds(QuestionAnalysis q, AnswerEntry entry) => (entry.Type, q.Kind) switch
    {
        (SearchEntryType.Market, QuestionKind.Rate) when kb.FindMarket(entry.Id) is { Vat.Sources.Count: > 0 } market => market.Vat.Sources,
        (SearchEntryType.Platform, QuestionKind.Fees) when kb.FindPlatform(entry.Id) is { Fees.Sources.Count: > 0 } platform => platform.Fees.Sources,
        _ => null,
    };

    /// <summary>The note of the rule period a typed lead reads: a note that names its sources backs the lead with those.</summary>
    public LocalizedText? LeadPeriodNote(QuestionAnalysis q, AnswerEntry entry, DateOnly today) =>
        entry.Type == SearchEntryType.ImportRule && FindRule(entry) is { } found ? PeriodFor(q, found.Rule, today)?.Note : null;

    /// <summary>The notes behind <see cref="Details"/>' lines, in the same order (null for a period without a note).</summary>
    public IReadOnlyList<LocalizedText?> DetailNotes(AnswerEntry entry) =>
        entry.Type == SearchEntryType.ImportRule && FindRule(entry) is { } found && found.Rule.Periods.Count > 1
            ? [.. found.Rule.Periods.Select(p => p.Note)]
            : [];

    // The period in force on the date asked (or today); for a year alone, any period of that year; before a record whose
    // first period says the threshold is older, that first period.
    private static ImportRulePeriod? PeriodFor(QuestionAnalysis q, ImportRule rule, DateOnly today)
    {
        var date = q.AsOf ?? today;
        return rule.Periods.LastOrDefault(p => p.From <= date && (p.To is null || p.To >= date))
            ?? (q.AsOfYearOnly ? rule.Periods.LastOrDefault(p => p.From.Year <= date.Year && (p.To is null || p.To.Value.Year >= date.Year)) : null)
            ?? (rule.Periods.Count > 0 && date < rule.Periods.Min(p => p.From) && RecordedHistory.OlderThanRecord(rule) ? rule.Periods.MinBy(p => p.From) : null);
    }

    /// <summary>Typed details worth listing: every period of a rule that changed over time.</summary>
    public IEnumerable<string> Details(QuestionAnalysis q, AnswerEntry entry, bool zh)
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


    /// <summary>
    /// The first sentence of the rule's own text that gives a percentage: the note of the period in force, then the rule's
    /// summary ("20% up to US$50; 60% with a US$20 deduction above US$50").
    /// </summary>
    private static string? RateSentence(ImportRule rule, ImportRulePeriod period, string language) =>
        new[] { period.Note?.Get(language), rule.Summary?.Get(language) }
            .OfType<string>()
            .SelectMany(t => AnswerText.Sentences(t))
            .FirstOrDefault(s => PercentFigure().IsMatch(s));

    [GeneratedRegex(@"\d\s*%")]
    private static partial Regex PercentFigure();

    // Asks what is charged (a percentage, or above the allowance), not only up to where nothing is.
    [GeneratedRegex(@"percent|\brate\b|%|\bover\b|\babove\b|\bbeyond\b|\bcharge|税率|几个点|百分|超过|以上|超出|交多少|征多少|收多少|关税多少|税多少", RegexOptions.IgnoreCase)]
    private static partial Regex AsksRateCharged();

    /// <summary>
    /// The flat fees of the market in force on the date other than <paramref name="except"/>, each with its amount and
    /// period (" Also charged: …"), or nothing.
    /// </summary>
    private static string FeesInForce(Market market, ImportRule except, DateOnly date, bool zh)
    {
        var text = string.Empty;
        foreach (var feeRule in market.ImportRules.Where(r => r != except && r.AppliesTo == ImportRuleTarget.Fee))
        {
            if (feeRule.Periods.LastOrDefault(p => p.From <= date && (p.To is null || p.To >= date) && p.FixedFee is not null) is not { FixedFee: { } fee } feePeriod)
            {
                continue;
            }

            var money = AnswerText.Money(new Money { Amount = fee.Amount, Currency = fee.Currency });
            var per = fee.Per == FeeUnit.Item ? (zh ? "每件商品" : "per item") : (zh ? "每个包裹" : "per parcel");
            text += zh ? $"同时征收{feeRule.Name.ZhCn}：{per} {money}（{Span(feePeriod, zh)}）。" : $" Also charged: {feeRule.Name.En} — {money} {per} ({Span(feePeriod, zh)}).";
        }

        return text;
    }

    private static string Span(ImportRulePeriod period, bool zh) =>
        period.To is { } to
            ? $"{AnswerText.Date(period.From)} – {AnswerText.Date(to)}"
            : zh ? $"自 {AnswerText.Date(period.From)} 起" : $"since {AnswerText.Date(period.From)}";

    private static string Days(TransitRange range) =>
        range.Min.ToString("0", CultureInfo.InvariantCulture) + "–" + range.Max.ToString("0", CultureInfo.InvariantCulture);


    /// <summary>
    /// The dated change of a compliance item that talks about what the question asks more than the item's own name and
    /// summary do, or more than every other change of the item does ("圆形PSE标是哪年强制的": the summary names both PSE
    /// marks, the 2019 change only the round one); null when none does, so the item's own start date answers. Another
    /// thing the question names counts as asked ("电池法规CE标志从哪天开始": the battery rule's CE step).
    /// </summary>
    private ComplianceChange? AskedChange(QuestionAnalysis q, ComplianceItem item, IReadOnlyList<string> asked, string language)
    {
        // The item's own name ("PSE" of the PSE mark, named as the mark and as its term) is not what is asked of it.
        var own = search.Terms(item.Name.Get(language), language).ToHashSet(StringComparer.Ordinal);
        var named = q.Entities.Where(e => !e.Id.Equals(item.Id, StringComparison.OrdinalIgnoreCase) && e.Kind != EntityKind.Market)
            .SelectMany(e => search.Terms(e.Surface, language)).Where(t => !own.Contains(t));
        var words = asked.Concat(named).Distinct(StringComparer.Ordinal).ToList();
        if (words.Count == 0 || item.History.Count == 0)
        {
            return null;
        }

        int Hits(string text)
        {
            var terms = search.Terms(text, language).ToHashSet(StringComparer.Ordinal);
            return words.Count(terms.Contains);
        }

        var general = Hits(item.Name.Get(language) + "\n" + item.Summary.Get(language));
        var changes = item.History.Select(h => (Change: h, Hits: Hits(h.Change.Get(language)))).OrderByDescending(h => h.Hits).ToList();
        var best = changes[0];
        var aheadOfOthers = best.Hits > 0 && (changes.Count == 1 || best.Hits > changes[1].Hits) && best.Change.From != item.Effective;
        return best.Hits > general || aheadOfOthers ? best.Change : null;
    }

    /// <summary>
    /// A tax's name as it reads inside the lead's brackets: a name with a bracket of its own ("消费税（10%；食品适用8%轻减税率）",
    /// "IVA (VAT)") is written flat ("消费税，食品适用8%轻减税率", "IVA, VAT") so brackets never nest, and the standard rate
    /// the lead already states is not repeated.
    /// </summary>
    internal static string TaxNameInBrackets(string name, decimal rate, bool zh)
    {
        var percent = Regex.Escape(rate.ToString("0.##", CultureInfo.InvariantCulture)) + @"\s*%";
        var parts = BracketedPart().Match(name);
        var head = parts.Success ? (parts.Groups["head"].Value.Trim() + (zh ? string.Empty : " ") + parts.Groups["tail"].Value.Trim()).Trim() : name.Trim();
        head = Regex.Replace(head, @"\s*" + percent + "$", string.Empty).Trim();
        if (!parts.Success)
        {
            return head;
        }

        var notes = parts.Groups["inner"].Value.Split(['；', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(n => !Regex.IsMatch(n, "^" + percent + "$"))
            .ToList();
        return notes.Count == 0 ? head : head + (zh ? "，" : ", ") + string.Join(zh ? "；" : "; ", notes);
    }

    [GeneratedRegex(@"^(?<head>[^（(]*)[（(](?<inner>[^（()）]*)[）)](?<tail>[^（()）]*)$")]
    private static partial Regex BracketedPart();
}
