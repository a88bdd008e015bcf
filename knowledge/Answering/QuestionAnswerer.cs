using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Knowledge.Search;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// Answers a free question from the knowledge base: reads the question (<see cref="QuestionAnalyzer"/>), ranks the
/// entries that could answer it, and writes the answer from the best one — or says it has none when the best
/// match is about another country or does not talk about what the question asks. Safe for concurrent use.
/// </summary>
public sealed partial class QuestionAnswerer
{
    private readonly KnowledgeBase _kb;
    private readonly QuestionAnalyzer _analyzer;
    private readonly AnswerRanker _ranker;
    private readonly AnswerComposer _composer;
    private readonly ComparedMention _mentions;
    private readonly QuestionNames _names;
    private readonly TimeProvider _time;
    private readonly AnswerAcceptance _acceptance;
    private readonly ReadinessScale _scale;
    private readonly RecordedHistory _history;
    private readonly ProductCodeQuestion _productCodes;
    private readonly LocalPlaceTax _localTax;
    private readonly EndedMeasure _ended;
    private readonly MarketFigureItems _marketItems;
    private readonly FigureScope _scope;
    private readonly StoreScope _stores;
    private readonly ProductRequirements _requirements;
    private readonly RuleProductScope _ruleScope;

    // Words that ask for a tax rate and nothing more ("the current standard VAT rate", "增值税税率现在是几个点").
    private const string RateWordsEnglish = "rate rates standard percent percentage current currently now today charge charges vat gst tax sales consumption much"
        // The tax and "rate" in the market's own language ("MwSt Satz", "taux de TVA", "IVA tipo").
        + " iva icms tva ppn igst kdv btw mwst ust mehrwertsteuer taux satz tipo aliquota stawka";
    private const string RateWordsChinese = "税率 标准 百分之 多少 现在 目前 几个点 点 是 增值税 消费税 税 征收 收";

    // Words that ask for a platform's fees and nothing more ("Etsy's seller fees?", "Coupang佣金多少").
    private const string FeeWordsEnglish = "fee fees commission commissions charge charges cost costs much price pricing referral seller sellers selling take rate rates percent percentage max maximum minimum current now";
    private const string FeeWordsChinese = "佣金 费用 收费 费率 多少 多少钱 钱 扣点 抽成 平台 卖家 现在 目前 最高 是 收";

    // Scores closer than this are a tie, which adding a few entries to the index can turn either way (three entries added
    // left the two candidates below 0.0025 apart, in the other order).
    private const double NearTieMargin = 0.01;

    private readonly HashSet<string> _rateWords;
    private readonly HashSet<string> _feeWords;

    public QuestionAnswerer(KnowledgeBase knowledgeBase, KnowledgeSearch search, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        ArgumentNullException.ThrowIfNull(search);
        _kb = knowledgeBase;
        _analyzer = new QuestionAnalyzer(knowledgeBase);
        var catalog = new AnswerEntryCatalog(knowledgeBase);
        _ranker = new AnswerRanker(knowledgeBase, search, catalog);
        _composer = new AnswerComposer(knowledgeBase, search);
        _mentions = new ComparedMention(catalog);
        _names = new QuestionNames(knowledgeBase, search, catalog);
        _time = timeProvider ?? TimeProvider.System;
        _acceptance = new AnswerAcceptance(knowledgeBase, _ranker, _names);
        _scale = new ReadinessScale(knowledgeBase, catalog, _composer);
        _history = new RecordedHistory(knowledgeBase);
        _productCodes = new ProductCodeQuestion(knowledgeBase);
        _localTax = new LocalPlaceTax(knowledgeBase);
        _ended = new EndedMeasure(knowledgeBase);
        _marketItems = new MarketFigureItems(knowledgeBase);
        _scope = new FigureScope(knowledgeBase, _marketItems);
        _stores = new StoreScope(knowledgeBase, _marketItems);
        var productWords = new ProductCategoryWords(knowledgeBase);
        _requirements = new ProductRequirements(knowledgeBase, productWords, _composer);
        _ruleScope = new RuleProductScope(knowledgeBase, productWords, _ranker, _composer);
        _rateWords = [.. search.Terms(RateWordsEnglish, KnowledgeLanguage.English), .. search.Terms(RateWordsChinese, KnowledgeLanguage.Chinese)];
        _feeWords = [.. search.Terms(FeeWordsEnglish, KnowledgeLanguage.English), .. search.Terms(FeeWordsChinese, KnowledgeLanguage.Chinese)];
    }

    public QuestionAnalyzer Analyzer => _analyzer;

    /// <summary>
    /// Whether the question's answer depends on a market it does not name, so a conversation that can ask back should ask
    /// which market first: the same rule <see cref="Answer"/> follows (<see cref="MarketlessQuestion"/>), read once here.
    /// </summary>
    public bool NeedsAMarket(string question, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        var q = _analyzer.Analyze(question, language);
        return !(q.Kind is QuestionKind.Rate or QuestionKind.Threshold && q.AboutUnmodelledTax) && MarketlessQuestion.NeedsAMarket(q, _ranker.QuotesRuleAmount(q));
    }

    public KnowledgeAnswer Answer(string question, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        var q = _analyzer.Analyze(question, language);
        if (q.Kind is QuestionKind.Rate or QuestionKind.Threshold && q.AboutUnmodelledTax)
        {
            return KnowledgeAnswer.NotAnswered(q, 0);
        }

        switch (MarketlessQuestion.Read(q, _ranker.QuotesRuleAmount(q)))
        {
            case MarketlessQuestion.Reading.PointsBack:
                return KnowledgeAnswer.NotAnswered(q, 0);
            case MarketlessQuestion.Reading.AsksWhichMarket:
                return KnowledgeAnswer.NeedsMarket(q, [.. _kb.Markets.Select(m => m.Name.Get(q.Language))]);
        }

        var today = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        // "What does my score of 72 mean?", "what are the readiness levels": the bot's own scale answers, not word overlap.
        if (_scale.Answer(q, today) is { } scaled)
        {
            return scaled;
        }

        // "蓝牙耳机的HS编码是多少": the base holds HS chapters per category, not a product's code; it says so and how to find it.
        if (_productCodes.Guidance(q) is { } codeGuidance)
        {
            return KnowledgeAnswer.Explained(q, 0, codeGuidance);
        }

        // "韩国进口运动鞋关税具体多少": a product's duty rate is its tariff line's, which the base does not hold.
        if (_productCodes.DutyGuidance(q) is { } dutyGuidance)
        {
            return KnowledgeAnswer.Explained(q, 0, dutyGuidance);
        }

        // "1039市场采购贸易方式是什么": a customs code the base does not hold is not answered by an entry that shares its other words.
        if (UnheldCustomsCode.Asked(q))
        {
            return KnowledgeAnswer.NotAnswered(q, 0);
        }

        // "California sales tax rate", "安大略省HST税率": the base holds the market's national rule, not a state's or province's rate.
        if (_localTax.Guidance(q) is { } localGuidance)
        {
            return KnowledgeAnswer.Explained(q, 0, localGuidance);
        }

        // "Section 122 surcharge in September 2026": a measure asked about after its recorded end says when it ended.
        if (_ended.Guidance(q) is { } endedGuidance)
        {
            return KnowledgeAnswer.Explained(q, 0, endedGuidance);
        }

        // "卖蓝牙耳机到欧盟要什么认证", "what certifications do we need?": what applies is the product's and the market's.
        if (_requirements.Answer(q) is { } requirements)
        {
            return requirements;
        }

        var ranked = _ranker.Rank(q);
        if (ranked.Count == 0)
        {
            return KnowledgeAnswer.NotAnswered(q, 0);
        }

        // "美国卖砧板要FDA注册吗": whether the registrations asked about cover the product named comes first.
        if (_ruleScope.Answer(q, ranked) is { } outOfScope)
        {
            return outOfScope;
        }

        var best = ranked[0];
        // "Is ANATEL needed in Brazil?", "泰国TISI认证": a mark the base names only inside an entry's text is answered by the
        // named entry that writes it (the market's documents, its compliance rule), not by one that never does.
        var mentioned = EntryNameWords.Marks(_names.MentionedNames(q));
        if (mentioned.Count > 0 && !EntryNameWords.Writes(best.Entry, mentioned) && ranked.FirstOrDefault(c => c.Named && EntryNameWords.Writes(c.Entry, mentioned)) is { } writer)
        {
            best = writer;
        }

        // "Are marketplaces collecting goods and services tax / HST in Canada?": a term that means the same everywhere, or a
        // rule that only carries the tax's name, is not what is asked about the market; the named entry of that market that
        // talks about more of what is asked (marketplaces collecting) answers.
        if (CoversMoreOfTheMarket(q, best, ranked) is { } covering)
        {
            best = covering;
        }

        // "german battery rules if we sell power banks there", "法国那边对电池产品有什么要求": a rule of every market (the battery
        // transport rule) is not what a market named asks for when a rule of that market is on the same topic.
        if (MarketsOwnRule(q, best, ranked) is { } marketsOwn)
        {
            best = marketsOwn;
        }

        // "Korea's duty exemption in 2018": a date before the rule history the base holds for the market asked about is not
        // answered from the rule in force now; the reply says where the record starts.
        if (_history.StartsAfterAsked(q, best.Entry) is { } unrecorded && q.Markets.Any(m => best.Entry.Markets.Contains(m.Id, StringComparer.OrdinalIgnoreCase)))
        {
            return KnowledgeAnswer.Explained(q, best.Score, RecordedHistory.Explain(q, unrecorded.Rule, unrecorded.Market, unrecorded.First));
        }

        // "What was Spain's VAT rate in 2011?": the market's standard rate is held as reviewed, not for earlier years.
        if (_history.RateBeforeReview(q, best.Entry) is { } unheldRate)
        {
            return KnowledgeAnswer.Explained(q, best.Score, RecordedHistory.ExplainRate(q, unheldRate));
        }

        // "Shopee vs Kaufland": one side is not in the knowledge base. Say so, and answer the side that is.
        if (q.AsksComparison && best.Named && q.Subjects.Any(s => s.Id.Equals(best.Entry.Id, StringComparison.OrdinalIgnoreCase))
            && _names.UnknownNames(q) is { Count: > 0 } unknown)
        {
            return _composer.CompareWithUnknown(q, best.Entry, unknown[0], best.Score, today);
        }

        // "CE marking vs the EAC mark": the other side is no entry, but an entry mentions it.
        if (q.AsksComparison && best.Named && Compared(q, ranked) is null && _mentions.Find(q, best.Entry) is { } mention)
        {
            return _composer.CompareWithMention(q, best.Entry, mention, best.Score, today);
        }

        if (q.Kind == QuestionKind.Comparison && Compared(q, ranked) is { } pair)
        {
            return _composer.Compare(q, pair.First.Entry, pair.Second.Entry, best.Score);
        }

        // The answer a candidate composes, if it answers the question.
        KnowledgeAnswer? From(AnswerCandidate candidate) =>
            _composer.Compose(q, candidate.Entry, candidate.Score, today, AsksOnlyTheFact(q), _ranker.ContentTerms(q), mentioned) is var composed
            && _acceptance.Answers(q, candidate, composed.TypedFact) && AskedFigure.GivenBy(q, composed) && !_marketItems.ListsOthersOnly(q, composed)
            && _scope.Missing(q, composed) is null && _stores.Missing(q, composed) is null ? composed : null;

        // "uk vat registration threshold for a uk business": the turnover at which a seller registers is a compliance rule's
        // figure; the market's import allowance (or its overview) is not, however high its typed threshold scores.
        if (AskedFigure.AsksRegistrationThreshold(q) && best.Entry.Type is SearchEntryType.ImportRule or SearchEntryType.Market
            && ranked.FirstOrDefault(c => c.Named && c.Entry.Type == SearchEntryType.Compliance && c.Entry.Markets.Any(best.Entry.Markets.Contains)) is { } registration
            && From(registration) is { } registrationAnswer)
        {
            return registrationAnswer;
        }

        // "what do you divide by for volumetric weight on ems": a channel named beside the term its figure is about answers with
        // that figure from its data; the term only says what is measured.
        if (best.Entry.Type == SearchEntryType.GlossaryTerm && !q.AsksComparison && ChannelFigureWriter.AsksFigure(q.Text)
            && ranked.FirstOrDefault(c => c.Named && c.Entry.Type == SearchEntryType.LogisticsChannel && q.Subjects.Any(s => s.Id.Equals(c.Entry.Id, StringComparison.OrdinalIgnoreCase))) is { } namedChannel
            && From(namedChannel) is { TypedFact: true } channelFigure)
        {
            return channelFigure;
        }

        // "VerpackG declaration of completeness deadline": the LUCID term says what the word means; its rule holds the deadline.
        var bestAnswer = From(best);
        if (TermsOwnEntry.CoveringMore(q, best, bestAnswer is not null, ranked, _ranker) is { } termsOwn && From(termsOwn) is { } termsOwnAnswer)
        {
            return termsOwnAnswer;
        }

        if (bestAnswer is not null)
        {
            return bestAnswer;
        }

        // "australian gst registration turnover for non-residents": a playbook reached by its words alone (1.1000) and the
        // named market's GST rule (1.0975) are not told apart by their scores, whose text part moves with every entry added to
        // the base; the first being refused, a named entry within that margin that answers does.
        if (ranked.FirstOrDefault(c => c != best && c.Named && best.Score - c.Score <= NearTieMargin) is { } tied && From(tied) is { } tiedAnswer)
        {
            return tiedAnswer;
        }

        // "Does Mexico withhold VAT from marketplace sellers?": a playbook's trigger words put it first, but it is written for
        // other markets; the named market's own entry is asked the same question instead. "日本要交税吗": the market's
        // overview ties with its import rules but holds no allowance or rate; the market's own typed rule is asked instead.
        var playbookForOtherMarkets = best.Entry.Type == SearchEntryType.Playbook && !_acceptance.AboutMarket(best.Entry, q);
        // "How many days does express take to Italy?": the market's overview says nothing of days; the channel does.
        var overviewAskedForARule = best.Entry.Type == SearchEntryType.Market && q.Kind is QuestionKind.Threshold or QuestionKind.Rate;
        if (best.Entry.Type == SearchEntryType.Market && q.Kind == QuestionKind.Duration
            && ranked.Skip(1).FirstOrDefault(c => c.Entry.Type == SearchEntryType.LogisticsChannel) is { } channel && From(channel) is { } channelAnswer)
        {
            return channelAnswer;
        }

        if ((playbookForOtherMarkets || overviewAskedForARule) && q.Markets.Any()
            && ranked.Skip(1).FirstOrDefault(c => c.Named && (!overviewAskedForARule || c.Entry.Type == SearchEntryType.ImportRule)
                && c.Entry.Markets.Any(m => q.Markets.Any(n => n.Id.Equals(m, StringComparison.OrdinalIgnoreCase)))) is { } own && From(own) is { } ownAnswer)
        {
            return ownAnswer;
        }

        // "noon seller subscription fee", "CE certification cost": the named entry is about what is asked but gives no figure
        // for it; the reply says so, with what the entry does hold.
        if (best.Named && _composer.Compose(q, best.Entry, best.Score, today, AsksOnlyTheFact(q), _ranker.ContentTerms(q), mentioned) is var held
            && _acceptance.Answers(q, best, held.TypedFact))
        {
            // "亚马逊加拿大站月租": the line lists other stores' figures, not this one's.
            if (_marketItems.ListsOthersOnly(q, held))
            {
                return KnowledgeAnswer.Explained(q, best.Score, _marketItems.NotHeld(q, held), held.Sources);
            }

            if (!AskedFigure.GivenBy(q, held))
            {
                return KnowledgeAnswer.Explained(q, best.Score, AskedFigure.NotHeld(q, held), held.Sources);
            }

            // "速卖通西班牙站佣金", "ebay final value fee for clothing": the figures held are another store's or every category's.
            if (_scope.Missing(q, held) is { } scope)
            {
                return KnowledgeAnswer.Explained(q, best.Score, FigureScope.NotHeld(q, held, scope), held.Sources);
            }

            // "亚马逊日本站能卖电子烟吗": the platform's rule is said of other stores.
            if (_stores.Missing(q, held) is { } store)
            {
                return KnowledgeAnswer.Explained(q, best.Score, StoreScope.NotHeld(q, held, store), StoreScope.QuotesHeld(held) ? held.Sources : null);
            }
        }

        return KnowledgeAnswer.NotAnswered(q, best.Score);
    }

    /// <summary>The best few entries for a question with the parts of their scores (for tuning and the eval command).</summary>
    public IReadOnlyList<string> ExplainRanking(string question, int top = 5)
    {
        var q = _analyzer.Analyze(question);
        var asked = $"kind {q.Kind}, names [{string.Join(", ", q.Entities.Select(e => $"{e.Kind}:{e.Id}"))}], asked [{string.Join(", ", _ranker.ContentTerms(q))}]";
        var today = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        var mentioned = EntryNameWords.Marks(_names.MentionedNames(q));
        // What the first entry's own answer would meet: the acceptance's refusal, or a figure asked it does not give.
        string Verdict(AnswerCandidate c) =>
            _composer.Compose(q, c.Entry, c.Score, today, AsksOnlyTheFact(q), _ranker.ContentTerms(q), mentioned) is var composed
            && _acceptance.Refusal(q, c, composed.TypedFact) is { } why ? $"; refused: {why}"
            : !AskedFigure.GivenBy(q, composed) ? "; refused: the figure asked is not given"
            : _scope.Missing(q, composed) is { } scope ? $"; refused: no figure for {scope}"
            : _stores.Missing(q, composed) is { } store ? $"; refused: said of other stores than {store}"
            : _marketItems.ListsOthersOnly(q, composed) ? "; refused: only other markets' figures" : string.Empty;
        return [asked, .. _ranker.Rank(q).Take(top).Select((c, i) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{c.Entry.Type}:{c.Entry.Id} {c.Score:0.00} (text {c.Text:0.00}, names {c.Entity:0.00}, fit {c.Fit:0.00}, coverage {c.Coverage:0.00}{(c.Named ? ", named" : string.Empty)}){(i == 0 ? Verdict(c) : string.Empty)}"))];
    }

    // "What's the VAT rate in Italy?" asks the rate and nothing else; "does Japan charge consumption tax on small imports?"
    // asks about small imports too, which the market's own text answers. The same for "Coupang's commission?" and fees.
    private bool AsksOnlyTheFact(QuestionAnalysis q) => q.Kind switch
    {
        QuestionKind.Rate => _ranker.ContentTerms(q).All(_rateWords.Contains),
        QuestionKind.Fees => _ranker.ContentTerms(q).All(_feeWords.Contains),
        _ => false,
    };

    /// <summary>
    /// A rule of every market ranked first for a question that names a market and asks what applies there, when a rule listing
    /// that market is on the same topic: its name shares a word asked with the global rule's name, and its own name and
    /// summary (what it is about, not a passing mention further on) hold every word asked that the global rule's name carries. The market named makes its own rule the answer; the global rule stays
    /// first where its name says more of what is asked ("ship power banks to germany by air": the rule's name says shipping
    /// and air, which the market's battery law does not write) or where the question names it itself.
    /// </summary>
    private AnswerCandidate? MarketsOwnRule(QuestionAnalysis q, AnswerCandidate best, IReadOnlyList<AnswerCandidate> ranked)
    {
        if (best.Entry.Type != SearchEntryType.Compliance || !best.Entry.AppliesEverywhere || !q.Markets.Any() || q.AsksComparison
            || q.Kind is not (QuestionKind.General or QuestionKind.Requirement) || _ranker.NamesItOrItsTerm(q, best.Entry))
        {
            return null;
        }

        var asked = _ranker.ContentTerms(q);
        IReadOnlyList<string> InTitle(AnswerEntry entry) =>
            [.. asked.Where(word => _ranker.AskedWordsIn(entry.Title.Get(q.Language), [word], q.Language) > 0)];
        var globalTitle = InTitle(best.Entry);
        if (globalTitle.Count == 0)
        {
            return null;
        }

        var marketIds = q.Markets.Select(m => m.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return ranked.Skip(1).FirstOrDefault(c => c.Entry.Type == SearchEntryType.Compliance && !c.Entry.AppliesEverywhere
            && c.Entry.Markets.Any(marketIds.Contains) && InTitle(c.Entry).Any(globalTitle.Contains)
            && _ranker.AskedWordsIn(c.Entry.Title.Get(q.Language) + "\n" + c.Entry.Summary.Get(q.Language), globalTitle, q.Language) == globalTitle.Count);
    }

    // Coverage is the share of asked words an entry holds, scaled to at most 0.6 (see AnswerRanker).
    private static AnswerCandidate? CoversMoreOfTheMarket(QuestionAnalysis q, AnswerCandidate best, IReadOnlyList<AnswerCandidate> ranked)
    {
        if (!best.Named || q.AsksComparison || q.Kind != QuestionKind.General || !q.Markets.Any()
            || best.Entry.Type is not (SearchEntryType.GlossaryTerm or SearchEntryType.ImportRule))
        {
            return null;
        }

        // A term gives way to the market's entries; a rule only to the market's overview, which holds its notes.
        var marketIds = q.Markets.Select(m => m.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return best.Entry.Type == SearchEntryType.GlossaryTerm
            ? ranked.Skip(1).FirstOrDefault(c => c.Named && c.Entry.Type is SearchEntryType.Market or SearchEntryType.ImportRule or SearchEntryType.Compliance
                && c.Entry.Markets.Any(marketIds.Contains) && c.Coverage >= 0.3)
            : ranked.Skip(1).FirstOrDefault(c => c.Named && c.Entry.Type == SearchEntryType.Market
                && c.Entry.Markets.Any(marketIds.Contains) && c.Coverage >= 0.35 && c.Coverage >= best.Coverage * 1.5);
    }

    private static (AnswerCandidate First, AnswerCandidate Second)? Compared(QuestionAnalysis q, IReadOnlyList<AnswerCandidate> ranked)
    {
        // Two names on the same words ("CE marking": the mark and the term) are one side, not two.
        var named = q.Subjects
            .DistinctBy(s => s.Start)
            .Select(s => ranked.FirstOrDefault(c => c.Named && c.Entry.Id.Equals(s.Id, StringComparison.OrdinalIgnoreCase)))
            .OfType<AnswerCandidate>()
            .DistinctBy(c => c.Entry.Id.ToLowerInvariant())
            .ToList();
        return named.Count >= 2 ? (named[0], named[1]) : null;
    }
}
