using System.Collections.Concurrent;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Knowledge.Search;
using static CrossBorderBot.Knowledge.Answering.NamedEntries;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// Ranks the entries that could answer a question: full-text relevance, plus the entries the question names, their
/// markets' import rules and marks, and the kind of entry that answers this kind of question; entries about a
/// market the question does not name are pushed down. Also measures how much of what the question asks (beyond the
/// names) the entry talks about, which tells an answer from a guess.
/// </summary>
internal sealed partial class AnswerRanker(KnowledgeBase kb, KnowledgeSearch search, AnswerEntryCatalog catalog)
{
    private readonly ImportRuleAmounts _ruleAmounts = new(kb);

    private const int TextHits = 40;

    private readonly NamedEntries _named = new(kb, catalog);
    private readonly AskedTerms _asked = new(search);
    private readonly PlaybookTriggers _triggers = new(kb, search);
    private readonly ConcurrentDictionary<AnswerEntry, IReadOnlySet<decimal>> _entryNumbers = new();
    private readonly RuleTopics _topics = new(kb, search, catalog);

    public IReadOnlyList<AnswerCandidate> Rank(QuestionAnalysis question)
    {
        var lucene = search.Search(SearchedText(question), new SearchOptions { MaxHits = TextHits, Language = question.Language });
        var max = lucene.Count > 0 ? lucene.Max(h => h.Score) : 1f;
        var textScores = new Dictionary<AnswerEntry, double>();
        foreach (var hit in lucene)
        {
            if (catalog.Find(hit.EntryType, hit.Id) is { } entry)
            {
                textScores.TryAdd(entry, hit.Score / max);
            }
        }

        foreach (var entry in _named.Of(question))
        {
            textScores.TryAdd(entry, 0);
        }

        var (content, words) = _asked.Of(question);
        // "refunds are 20% of our orders, how do we bring that down": in a problem asked how to handle, the figures tell what
        // happened; they point at no entry.
        var handling = QuestionAnalyzer.AsksHowToHandle(question.Text);
        var quoted = handling ? new HashSet<decimal>() : QuestionAmounts.Quoted(question);
        var amountRules = handling ? [] : _ruleAmounts.RulesQuoting(QuestionAmounts.Thresholds(question));
        var countryScheme = NamesCountryScheme(question);
        var candidates = textScores
            .Select(pair => Score(question, pair.Key, pair.Value, content, words, quoted, amountRules, countryScheme))
            .OrderByDescending(c => c.Score)
            .ToList();
        return candidates;
    }

    // "returns are 15% of our orders on amazon, how to cut that": asked how to handle a problem, the platform where it happened
    // is the scene (see Score); searched for, its own entry would outweigh every text about the problem.
    private static string SearchedText(QuestionAnalysis q)
    {
        if (!QuestionAnalyzer.AsksHowToHandle(q.Text))
        {
            return q.SearchText;
        }

        var text = q.SearchText;
        foreach (var platform in q.Entities.Where(e => e.Kind == EntityKind.Platform))
        {
            text = text.Replace(platform.Surface, " ", StringComparison.OrdinalIgnoreCase);
        }

        return text;
    }

    /// <summary>The question's words that are neither names nor question words (stemmed as the index stems them).</summary>
    public IReadOnlyList<string> ContentTerms(QuestionAnalysis question) => _asked.Of(question).Terms;

    /// <summary>The question's own words as the user wrote them: in Chinese, single characters cut from one word joined back.</summary>
    public IReadOnlyList<string> AskedWords(QuestionAnalysis question) => _asked.Of(question).Words;

    /// <summary>How many of the question's own words one text (a sentence of an entry) uses.</summary>
    public int AskedWordsIn(string text, IReadOnlyList<string> content, string language) => _asked.WordsIn(text, content, language);

    /// <summary>The share of the given asked words an entry holds (0–1).</summary>
    public double HeldShare(AnswerEntry entry, IReadOnlyList<string> words, string language) => _asked.CoverageOf(entry, words, language);

    /// <summary>A text's index terms, stemmed as the question's are.</summary>
    public IReadOnlyList<string> Terms(string text, string language) => search.Terms(text, language);

    /// <summary>
    /// Whether the question names the entry itself, or a glossary term whose own rule the entry is ("KC mark" names the KC
    /// term and the KC certification rule).
    /// </summary>
    public bool NamesItOrItsTerm(QuestionAnalysis q, AnswerEntry entry) =>
        q.Subjects.Any(s => Refers(s, entry) || (s.Kind == EntityKind.GlossaryTerm && entry.Type == SearchEntryType.Compliance
            && (EntryMentions.TitleCarries(entry, s) || _topics.RulesOfTerm(s.Id).Contains(entry))));

    /// <summary>
    /// A compliance entry the question names, of a country it names that has no market of its own ("Norway's VOEC
    /// threshold": the VOEC scheme lists Norway in its markets): the country's own rule, as a market's rule is that market's.
    /// Beside a market ("does Korea have a scheme like Norway's VOEC?") the question is about the market, and the country
    /// only compares. The scheme is named by its own name or by its topic ("Switzerland's mail-order rule", "新西兰小额商品
    /// 收的GST"); otherwise it does not answer whatever else is asked about the country ("Norway's import duty on shoes"):
    /// the base holds no market there.
    /// </summary>
    public bool OfNamedCountry(QuestionAnalysis q, AnswerEntry entry) =>
        entry.Type == SearchEntryType.Compliance && entry.Markets.Count > 0 && !q.Markets.Any()
        && q.Entities.Where(e => e.Kind == EntityKind.Country).ToList() is { Count: > 0 } countries
        && countries.All(c => entry.Markets.Contains(c.Id, StringComparer.OrdinalIgnoreCase))
        && (q.Subjects.Any(s => Refers(s, entry)) || _topics.NamesSchemeTopic(entry, q, ContentTerms(q)));

    // Whether the question names a country without a market together with the topic of that country's own scheme.
    private bool NamesCountryScheme(QuestionAnalysis q) =>
        q.Entities.Any(e => e.Kind == EntityKind.Country) && catalog.All.Any(e => OfNamedCountry(q, e));

    /// <summary>The compliance items whose name carries the glossary term's name (the term's own rules).</summary>
    public IReadOnlyList<AnswerEntry> RulesOfTerm(string termId) => _topics.RulesOfTerm(termId);

    /// <summary>The question quotes an amount that is some import rule's own threshold or fee ("the $800 de minimis").</summary>
    public bool QuotesRuleAmount(QuestionAnalysis question) => _ruleAmounts.RulesQuoting(QuestionAmounts.Thresholds(question)).Count > 0;


    private AnswerCandidate Score(QuestionAnalysis q, AnswerEntry entry, double text, IReadOnlyList<string> content, IReadOnlyList<string> words, IReadOnlySet<decimal> quoted, HashSet<string> amountRules, bool countryScheme)
    {
        var markets = q.Markets.Select(m => m.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var subjects = q.Subjects.ToList();
        var named = subjects.Any(s => Refers(s, entry))
            || (entry.Type is SearchEntryType.Market or SearchEntryType.ImportRule && entry.Markets.Any(markets.Contains))
            || (entry.Type == SearchEntryType.Compliance && entry.Markets.Count == 1 && markets.Contains(entry.Markets[0]))
            || (entry.Type == SearchEntryType.Compliance && subjects.Any(s => s.Kind == EntityKind.GlossaryTerm && (EntryMentions.TitleCarries(entry, s) || _topics.RulesOfTerm(s.Id).Contains(entry))))
            || OfNamedCountry(q, entry);
        var entity = 0.0;
        var fit = 0.0;

        if (subjects.FirstOrDefault(s => Refers(s, entry)) is { } subject)
        {
            // "the semi-managed model on Temu", "阿里巴巴国际站的RFQ": Temu and Alibaba.com only set the scene.
            // "Brazil's tax rate on an AliExpress order": with a market named, a rate or threshold is the market's.
            var marketFact = markets.Count > 0 && q.Kind is QuestionKind.Rate or QuestionKind.Threshold;
            // "mexican iva … for parcels sent by dhl": the carrier the goods go by sets the scene of a market's rate as a platform does.
            var scene = ((subjects.Count > 1 || (subject.Kind == EntityKind.Platform && PlaybookLike(q)) || (subject.Kind is EntityKind.Platform or EntityKind.LogisticsChannel && marketFact))
                    && QuestionScene.IsScene(q.Text, subject))
                || BesideAskedTerm(q, subjects, subject)
                || TermAfterPlace(q, subjects, subject)
                // "etsy removed our listing, the gpsr data was missing": in a problem the user reports, the platform that acted
                // and the term that was missing say what happened; the playbook says what to do.
                || (q.ReportsProblem && subject.Kind is EntityKind.Platform or EntityKind.GlossaryTerm or EntityKind.Compliance)
                // "亚马逊说我们的FCC ID对不上 怎么处理", "returns are 15% of our amazon orders, how to cut that": asked how to handle
                // a problem, the platform where it happened is the scene.
                || (subject.Kind == EntityKind.Platform && QuestionAnalyzer.AsksHowToHandle(q.Text));
            // "印尼海关说的barang kiriman指什么": what a term means is the term's to say, whichever market it is used in.
            // "新西兰小额商品收的GST": a country's own scheme named by its topic is where the tax term applies, as a market is.
            entity += scene ? 0.5 : subject.Kind == EntityKind.GlossaryTerm && (markets.Count > 0 || countryScheme) && (q.Kind is not (QuestionKind.Definition or QuestionKind.Expansion) || q.AsksForRule) ? 0.4 : 1.5;
        }

        if (entry.Type == SearchEntryType.Market && markets.Contains(entry.Id))
        {
            // A market named beside a mark or a platform is where the question applies, not what it is about.
            // "沙特进口增值税税率": the VAT term names the kind of fact asked, not a second subject.
            // "via shopee to singapore — gst rate?": a platform that only sets the scene is no second subject either.
            // "包裹到了德国海关被扣了 怎么办": asked how to handle a problem, the market is where it happened, not what is asked.
            entity += QuestionAnalyzer.AsksHowToHandle(q.Text) ? 0.2
                : subjects.All(s => QuestionAnalyzer.NamesTheAskedFact(q.Kind, s.Surface) || (s.Kind == EntityKind.Platform && QuestionScene.IsScene(q.Text, s))) ? 0.8 : 0.2;

            // "Malaysia's tax on low value goods": one of the market's own rules is named by its topic, and its summary
            // only mentions it.
            var topicRule = _topics.NamesRuleTopic(entry.Id, content, q.Language);
            entity -= topicRule ? 0.5 : 0;

            // "巴西50美元以下包裹税率": the rate asked is that of the rule whose amount is quoted, not the market's standard rate.
            var quotedRule = kb.FindMarket(entry.Id)?.ImportRules.Any(r => amountRules.Contains(r.Id)) == true;
            if (q.Kind == QuestionKind.Rate && !quotedRule && !topicRule)
            {
                fit += 1.2;
            }
        }

        // "romania parcel fee": the EU's overview is where an EU member without a market of its own is covered.
        if (entry.Type == SearchEntryType.Market && entry.Id == EuMarket && markets.Count == 0
            && q.Entities.Any(e => e.Kind == EntityKind.Country && kb.FindCountry(e.Id)?.Eu == true))
        {
            entity += 0.5;
        }

        if (quoted.Count > 0)
        {
            // An entry that holds the amount the question quotes is about what is asked; a rule whose own typed
            // threshold it is, more so.
            var numbers = _entryNumbers.GetOrAdd(entry, e => NumberReader.Read(e.FullText(KnowledgeLanguage.English) + "\n" + e.FullText(KnowledgeLanguage.Chinese), skipYears: false));
            fit += 0.4 * Math.Min(2, quoted.Count(numbers.Contains));
            if (entry.Type == SearchEntryType.ImportRule && amountRules.Contains(entry.Id))
            {
                fit += q.Kind == QuestionKind.Rate ? 2.2 : 1.0;
            }
        }

        var coverage = Math.Max(_asked.CoverageOf(entry, content, q.Language), ReferenceEquals(words, content) ? 0 : _asked.CoverageOf(entry, words, q.Language));
        if (entry.Type == SearchEntryType.ImportRule && entry.ParentId is { } parent && markets.Contains(parent))
        {
            entity += 0.5;

            // A threshold question is the rule's own question. "When" or "in 2026" fits a rule only as far as the rule
            // talks about what is asked: Mexico's courier exemption does not answer when its 2026 tariff decree starts.
            var dated = q.Kind == QuestionKind.Date || (q.AsOf is not null && q.Kind is QuestionKind.General or QuestionKind.Rate);
            if (q.Kind == QuestionKind.Threshold || dated)
            {
                fit += q.Kind == QuestionKind.Threshold ? 1.0 : Math.Max(text, content.Count == 0 ? text : coverage);
                if (q.AboutDuty is null && kb.FindMarket(parent)?.ImportRules.FirstOrDefault(r => r.Id == entry.Id) is { AppliesTo: ImportRuleTarget.Duty })
                {
                    // "Duty-free" is what people usually mean by an unqualified allowance.
                    fit += 0.1;
                }
            }

            // The tax the question names decides between a market's duty rule and its VAT rule, whatever words their titles share
            // and whichever holds the amount quoted ("阿联酋 1000迪拉姆以下的包裹 增值税怎么算" is the VAT rule's, though the duty
            // rule's threshold is the amount). A flat fee ("the €3 duty") is neither, so it loses less.
            if ((q.Kind == QuestionKind.Threshold || dated || quoted.Count > 0) && q.AboutDuty is { } duty
                && kb.FindMarket(parent)?.ImportRules.FirstOrDefault(r => r.Id == entry.Id) is { } rule)
            {
                var matches = (rule.AppliesTo == ImportRuleTarget.Duty) == duty;
                fit += matches ? 0.4 : rule.AppliesTo == ImportRuleTarget.Fee ? -0.2 : -0.6;
            }
        }

        if (entry.Type == SearchEntryType.Compliance && (entry.Markets.Any(markets.Contains) || (markets.Count > 0 && entry.AppliesEverywhere) || OfNamedCountry(q, entry)))
        {
            // A rule of that one market ("墨西哥…加征关税") is the market's own rule, as much as its import rules are;
            // a rule shared by many markets only applies there, and so does a rule of every market (listed as "global").
            entity += entry.Markets.Count == 1 && !entry.AppliesEverywhere ? 0.5 : 0.2;
        }

        // "Mexico's duty on Chinese goods", "美国对中国商品的关税": a market's trade measure aimed at goods from China is the
        // answer, not the market's general import regime.
        if (entry.Type == SearchEntryType.Compliance && q.AboutDuty is not null && entry.Markets.Any(markets.Contains) && NamesHomeCountry(q)
            && kb.FindCompliance(entry.Id) is { Kind: ComplianceKind.TradeMeasure } measure && measure.Summary.En.Contains("China", StringComparison.Ordinal))
        {
            fit += 0.9;
        }

        // "锂电池产品发美国有什么要求": a tariff says what duty is due, not what is required, unless the question names it or
        // asks about duty.
        if (entry.Type == SearchEntryType.Compliance && q.AboutDuty != true && !subjects.Any(s => Refers(s, entry)) && QuestionAnalyzer.AsksRequirements(q.Text)
            && kb.FindCompliance(entry.Id) is { Kind: ComplianceKind.TradeMeasure } tariff && TariffName().IsMatch(tariff.Name.En))
        {
            fit -= 0.8;
        }

        // A rule of every market is a rule of the market named too ("锂电池产品发美国有什么要求": the lithium-battery transport rule)
        // when what is asked is a requirement, not the market's rate, allowance or a date.
        var ruleOf = entry.Type == SearchEntryType.ImportRule ? entry.ParentId
            : entry.Type == SearchEntryType.Compliance && entry.AppliesEverywhere ? (q.Kind is QuestionKind.General or QuestionKind.Requirement ? markets.FirstOrDefault() : null)
            : entry.Type == SearchEntryType.Compliance && entry.Markets.Count == 1 ? entry.Markets[0]
            // "german battery rules": a rule that lists the market named among its markets (the EU's battery regulation lists
            // Germany, whose own battery law goes with it) is that market's rule too.
            : entry.Type == SearchEntryType.Compliance ? entry.Markets.FirstOrDefault(markets.Contains) : null;
        if (ruleOf is not null && markets.Contains(ruleOf))
        {
            var titleCoverage = _topics.TitleCoverage(entry, ruleOf, content, q.Language);
            fit += titleCoverage;
            // A rule of every market, or of several listing the one named, whose name carries what is asked about the market
            // named is named as the market's own is.
            named |= (entry.AppliesEverywhere || entry.Markets.Count > 1) && titleCoverage > 0;
        }

        // "From which date must marketplaces verify traders under the DSA?": the date is the term's rule's, not the term's;
        // "在德国亚马逊卖货需要欧代吗": whether one needs it is the rule's to say too.
        if (q.Kind is QuestionKind.Date or QuestionKind.Requirement && entry.Type == SearchEntryType.Compliance
            && subjects.Any(s => s.Kind == EntityKind.GlossaryTerm && !QuestionScene.IsScene(q.Text, s) && _topics.RulesOfTerm(s.Id).Contains(entry)))
        {
            entity += 1.2;
        }

        // A question about one market is not answered by another market's rule; nor is one about a country whose own scheme
        // it names ("新西兰对1000纽币以下的小件": Australia's A$1,000 rule).
        if ((markets.Count > 0 || countryScheme) && entry.Type is SearchEntryType.Market or SearchEntryType.ImportRule or SearchEntryType.Compliance
            && entry.Markets.Count > 0 && !entry.AppliesEverywhere
            && !entry.Markets.Any(m => markets.Contains(m) || (countryScheme && q.Entities.Any(e => e.Kind == EntityKind.Country && e.Id.Equals(m, StringComparison.OrdinalIgnoreCase)))))
        {
            entity -= 1.5;
        }

        fit += (q.Kind, entry.Type) switch
        {
            (QuestionKind.Problem, SearchEntryType.Playbook) => 0.8,
            (QuestionKind.Duration, SearchEntryType.LogisticsChannel) => 0.4,

            // A term's definition does not say how long anything takes.
            (QuestionKind.Duration, SearchEntryType.GlossaryTerm) => -0.8,
            // A flat fee holds no allowance: "will the buyer pay import tax in Saudi Arabia?" is the VAT rule's, not the processing fee's.
            (QuestionKind.Threshold, SearchEntryType.ImportRule) => IsFeeRule(entry) && !amountRules.Contains(entry.Id) ? -0.3 : 0.3,
            (QuestionKind.Fees, SearchEntryType.Platform) => 0.3,
            // "fixed fees on a cheap parcel to France": a named market's fees are its flat-fee import rules, not its overview —
            // when the rule talks about some of what is asked in a word of substance (a trademark's fees are not a parcel's,
            // and "每公斤" shares only "per" with "per item").
            (QuestionKind.Fees, SearchEntryType.ImportRule) => IsFeeRule(entry) && entry.ParentId is { } feeMarket && markets.Contains(feeMarket)
                && content.Where(SubstantialWord).ToList() is { Count: > 0 } substantial && _asked.CoverageOf(entry, substantial, q.Language) > 0 ? 1.0 : 0,
            (QuestionKind.Definition or QuestionKind.Expansion, SearchEntryType.GlossaryTerm) => 0.25,
            _ => 0,
        };
        if (entry.Type is SearchEntryType.PaperChallenge or SearchEntryType.PaperCountermeasure)
        {
            fit += q.AboutPaper ? 1.0 : -0.4;
            named |= q.AboutPaper;
        }

        if (entry.Type == SearchEntryType.RoadmapStep)
        {
            // "ip clearance step before listing", "路线图里质量控制那一步": the roadmap named, or a step of it, names its steps as the
            // paper's subject names the paper's items; otherwise a step's everyday words ("budget", "team") are no reason to answer.
            var roadmap = AskedTerms.RoadmapWords().IsMatch(q.Text);
            fit += roadmap ? 1.0 : -0.2;
            named |= roadmap;
        }

        if (entry.Type == SearchEntryType.Playbook && q.Kind is QuestionKind.General or QuestionKind.Problem or QuestionKind.Requirement && _triggers.Hits(q, entry.Id) > 0)
        {
            // The playbook's own trigger phrases ("held at customs", "账号被封") name the problem — unless the question
            // asks for the rule itself ("the US forced labour rule for goods from Xinjiang"), or asks about a term, rule or
            // channel it names without reporting a problem ("德国包装法LUCID注册完还要干嘛", "FBM模式下退货由谁处理": the trigger
            // words "注册", "退货" are what is asked of LUCID and FBM), unless the playbook's name carries that thing.
            var asksNamedThing = q.Kind != QuestionKind.Problem && !q.ReportsProblem && !QuestionAnalyzer.AsksHowToHandle(q.Text)
                && subjects.Any(s => s.Kind is EntityKind.GlossaryTerm or EntityKind.Compliance or EntityKind.LogisticsChannel
                    && !QuestionScene.IsScene(q.Text, s) && !QuestionAnalyzer.NamesTheAskedFact(q.Kind, s.Surface) && !EntryMentions.TitleCarries(entry, s));
            fit += (q.AsksForRule && q.Kind != QuestionKind.Problem) || asksNamedThing ? 0.6 : 1.6;
            named = true;
        }

        // "亚马逊说我们的FCC ID对不上 怎么处理": asked how to handle a problem with a named thing, the playbook whose name carries
        // that thing ("FCC ID or test report rejected") is about that problem.
        if (entry.Type == SearchEntryType.Playbook && QuestionAnalyzer.AsksHowToHandle(q.Text)
            && subjects.Any(s => s.Kind is EntityKind.GlossaryTerm or EntityKind.Compliance && EntryMentions.TitleCarries(entry, s)))
        {
            fit += 0.6;
            named = true;
        }

        // "japan de minimis threshold": a term that names the kind of fact asked is the question's form, not its topic.
        // In a problem the user reports, the platform that acted and the document that was refused say what happened (see above).
        var topics = subjects.Where(s => !QuestionScene.IsScene(q.Text, s) && !QuestionAnalyzer.NamesTheAskedFact(q.Kind, s.Surface)
            && !(q.ReportsProblem && s.Kind is EntityKind.Platform or EntityKind.GlossaryTerm or EntityKind.Compliance)
            && !(s.Kind == EntityKind.Platform && QuestionAnalyzer.AsksHowToHandle(q.Text))).ToList();
        if (topics.Count > 0 && !topics.Any(s => Refers(s, entry)) && !EntryMentions.Mentions(entry, topics, q.Language) && !(entry.Type == SearchEntryType.Playbook && _triggers.Hits(q, entry.Id) > 0))
        {
            // "When does EU battery due diligence apply?": an entry that never mentions what is named is about something else.
            entity -= 0.7;
        }

        if (q.Kind == QuestionKind.Date)
        {
            // A "when" question is answered by an entry that holds a date.
            fit += !EntryMentions.HasDate(entry) ? -1.0 : entry.Type == SearchEntryType.Compliance && kb.FindCompliance(entry.Id)?.Effective is not null ? 0.5 : 0;
        }

        return new AnswerCandidate(entry, 0.8 * text, entity, fit, 0.6 * coverage, named);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:tariffs?|duty|duties)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex TariffName();

    private static bool NamesHomeCountry(QuestionAnalysis q) =>
        HomeCountryWord().IsMatch(q.SearchText);

    [System.Text.RegularExpressions.GeneratedRegex(@"\bChina\b|中国|中國|国产")]
    private static partial System.Text.RegularExpressions.Regex HomeCountryWord();

    private bool IsFeeRule(AnswerEntry entry) =>
        entry.ParentId is { } market && kb.FindMarket(market)?.ImportRules.FirstOrDefault(r => r.Id == entry.Id) is { AppliesTo: ImportRuleTarget.Fee };

    // A word that says something on its own: not a single Chinese character ("每") nor a short English one ("per").
    private static bool SubstantialWord(string term) => term.Length >= (term[0] >= '\u2E80' ? 2 : 4);

    private static bool PlaybookLike(QuestionAnalysis q) => q.Kind is QuestionKind.Problem or QuestionKind.General;

    // "亚马逊上 ASIN 到底是个什么号", "temu 卖家 KYC 审核 查什么", "shopify store chargeback": a platform named before a
    // term, in a question that asks about one thing, is whose the thing is; the term after it is what is asked, as the head
    // of a noun phrase comes last in English and in Chinese alike. Its score no longer rests on which of the two entries'
    // texts the index happens to rank higher.
    private static bool TermAfterPlace(QuestionAnalysis q, IReadOnlyList<NamedEntity> subjects, NamedEntity subject)
    {
        bool Place(NamedEntity s) => subjects.Any(o => o.Start == s.Start && o.Kind is EntityKind.Platform or EntityKind.LogisticsChannel);
        return !q.AsksComparison && q.Kind is QuestionKind.General or QuestionKind.Definition or QuestionKind.Expansion or QuestionKind.Requirement
            // A channel keeps its place: its own data holds its figures for the terms it is measured by ("air cargo … how do
            // they work out chargeable weight" is answered by the channel's divisor).
            && subject.Kind == EntityKind.Platform
            && subjects.Any(s => s.Kind == EntityKind.GlossaryTerm && !Place(s) && s.Start >= subject.Start + subject.Surface.Length);
    }

    // "asin meaning on amazon", "do i need lucid if i only sell on amazon.de with fba": a platform or channel (or a term on the
    // same words as one, "fba") beside a term whose meaning or requirement is asked only says where the question applies.
    private static bool BesideAskedTerm(QuestionAnalysis q, IReadOnlyList<NamedEntity> subjects, NamedEntity subject)
    {
        bool Place(NamedEntity s) => subjects.Any(o => o.Start == s.Start && o.Kind is EntityKind.Platform or EntityKind.LogisticsChannel);
        return q.Kind is QuestionKind.Definition or QuestionKind.Expansion or QuestionKind.Requirement && Place(subject)
            && subjects.Any(s => s.Kind is EntityKind.GlossaryTerm or EntityKind.Compliance && !Place(s));
    }
}
