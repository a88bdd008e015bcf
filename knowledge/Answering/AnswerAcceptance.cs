using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Knowledge.Search;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// Decides whether the best-ranked entry's answer really answers the question, or is a guess: an entry about another
/// country, a name no entry uses, the user's own earlier result, a live figure, a playbook written for other markets, or
/// too little of what is asked. Split from <see cref="QuestionAnswerer"/>, which composes and picks the answer.
/// </summary>
internal sealed partial class AnswerAcceptance(KnowledgeBase kb, AnswerRanker ranker, QuestionNames names)
{
    private readonly ProductCategoryWords _categories = new(kb);
    private readonly EntryPlaces _places = new(kb);
    private readonly AskedFactWords _factWords = new(kb, ranker);

    // Below this share of the question's own words (beyond names and question words), an entry that the question
    // does not name is a guess, not an answer.
    private const double MinCoverageUnnamed = 0.6;

    // An entry the question names must still talk about some of what is asked ("Shopify's share price" is not
    // answered by Shopify's entry). A quarter, not more: the words around the fact ("按百分之几收", "what do they handle")
    // count as asked too, and a figure the entry does not give is refused on its own (AskedFigure).
    private const double MinCoverageNamed = 0.25;

    // "amazon.de removed my listing for missing gpsr info": a problem the user reports is a playbook's to answer; told in the
    // user's own words, it shares fewer of them with the playbook than a question would.
    private const double MinCoverageReportedProblem = 0.45;

    public bool Answers(QuestionAnalysis q, AnswerCandidate best, bool typedFact) => Refusal(q, best, typedFact) is null;

    /// <summary>Why the best entry does not answer the question, or null when it does (the reason is printed by the eval command's --explain).</summary>
    public string? Refusal(QuestionAnalysis q, AnswerCandidate best, bool typedFact)
    {
        // "Kaufland seller fees": an entry the question does not name cannot answer about a name no entry uses; nor can
        // one reached through a market or a playbook's trigger words ("德国GS认证", "ISED certification for Canada").
        // A word naming a kind of platform ("Shopline独立站": own store, Shopify and WooCommerce alike) names neither.
        // "Why did my readiness score drop?", "上次推荐给我的是哪个平台": the user's own earlier result is answered from that
        // result by the conversation when there is one; the knowledge base holds nobody's result, only its words (a level,
        // a dimension, a roadmap step). "Last time" or "上次" alone is no result ("美国免税上次调整是什么时候" asks about a rule):
        // only next to a result word does it mean the user's own.
        // "my readiness score fell from 60 to 48, why": why the user's own result is what it is, the scale cannot say either.
        if (OwnResult().IsMatch(q.Text) && (WhyAsked().IsMatch(q.Text) || best.Entry.Type is not (SearchEntryType.ReadinessLevel or SearchEntryType.ReadinessDimension or SearchEntryType.RoadmapStep)))
        {
            return "the user's own result";
        }

        // A readiness level or dimension is the bot's own scale: it answers a question about readiness or one naming it, not
        // any question its everyday words ("ready", "capital", "product") happen to fit.
        if (best.Entry.Type is SearchEntryType.ReadinessLevel or SearchEntryType.ReadinessDimension && !ReadinessWords().IsMatch(q.Text)
            && !q.Text.Contains(best.Entry.Title.En, StringComparison.OrdinalIgnoreCase) && !q.Text.Contains(best.Entry.Title.ZhCn, StringComparison.Ordinal))
        {
            return "a readiness word missing";
        }

        // "XTransfer for Alibaba.com payouts", "Skyee收款亚马逊": outside a comparison, a name no entry uses next to a platform
        // the question names is the service asked about, used with that platform; the platform's entry does not answer it.
        var unknownNames = names.UnknownNames(q);
        if (unknownNames.Count > 0 && (!q.AsksComparison || !(best.Named && q.Subjects.Any(s => s.Id.Equals(best.Entry.Id, StringComparison.OrdinalIgnoreCase) && !EntryNameWords.SharedName(q, s)))))
        {
            return "a name no entry uses";
        }

        // "Payoneer收款手续费": a name the best entry only mentions in passing (Lazada lists Payoneer as a payout account)
        // is what the question is about; an entry the question does not name answers only if its title or summary uses it.
        if (!best.Named && names.MentionedNames(q) is { Count: > 0 } mentioned)
        {
            var lead = best.Entry.Title.En + " " + best.Entry.Title.ZhCn + " " + best.Entry.Summary.En + " " + best.Entry.Summary.ZhCn;
            if (mentioned.Any(n => !lead.Contains(n, StringComparison.OrdinalIgnoreCase)))
            {
                return "a name the entry only mentions";
            }
        }

        // "How long does EUIPO trademark registration take?": an entry that gives no length of time cannot say how long.
        // "OSS多长时间申报一次": how often is answered by a period ("quarterly"), which is no length of time.
        if (q.Kind == QuestionKind.Duration && !typedFact && !EntryMentions.HasDuration(best.Entry) && !AskedFactWords.AnswersHowOften(q, best.Entry))
        {
            return "no length of time";
        }

        // "US anti-dumping duty on e-bikes", "欧盟碳关税": a kind of tax or duty the knowledge base does not model is answered
        // only by an entry that names it, not by another duty of the same market.
        if (QuestionAnalyzer.UnmodelledTaxNamed(q.Text) is { } tax
            && !(best.Entry.FullText(KnowledgeLanguage.English) + best.Entry.FullText(KnowledgeLanguage.Chinese)).Contains(tax, StringComparison.OrdinalIgnoreCase))
        {
            return "a tax not modelled";
        }

        // "DHL's fuel surcharge this month", "Amazon's share price today": the knowledge base holds reviewed figures, not
        // this week's prices; only a typed fact (a rate or threshold in force) answers such a question.
        // A channel's price levels are rough market levels, not this week's quote ("40尺柜现在多少钱").
        if ((!typedFact || best.Entry.Type == SearchEntryType.LogisticsChannel) && LiveFigure().IsMatch(q.Text))
        {
            return "a live figure";
        }

        // "dhl express to germany, what's the quote for 21 kg", "4px专线价格表", "ups peak surcharge": a carrier's own quote, price
        // list or surcharge is not what a channel's entry holds; its levels are rough levels of the kind of service, so the
        // honest answer is that the base does not know. Whether a surcharge is included in those levels it does say.
        if (best.Entry.Type == SearchEntryType.LogisticsChannel && CarrierPriceList().IsMatch(q.Text) && !IncludedAsked().IsMatch(q.Text))
        {
            return "a carrier's price list";
        }

        // "IOSS中间人一年收多少", "what does an eu authorised rep charge per year", "VOEC代办注册服务费": the price of an agent's,
        // intermediary's, representative's or broker's service is that service's own. The base holds it only where an entry
        // gives it (a sentence naming such a service with an amount); the scheme's own figures beside it are no answer.
        if (PriceAsked(q) && IntermediaryWord().IsMatch(q.Text)
            && !EntrySentences(best.Entry).Any(s => IntermediaryWord().IsMatch(s.Text) && AskedFigure.MoneyOrPercent().IsMatch(s.Text)))
        {
            return "an intermediary's price";
        }

        // "What sells best on Shopee Philippines?", "亚马逊现在什么类目好做", "how many sellers are on Temu": what sells and how many
        // sellers or buyers a platform has are market data the knowledge base does not hold; a platform's description is no
        // answer to them.
        if (DemandOrHeadcount().IsMatch(q.Text))
        {
            return "demand or headcount";
        }

        // "can you book a dhl pickup for me", "帮我订一个40尺柜", "submit this appeal for me", "帮我查一下单号LX123456789CN到哪了": a task for
        // the bot to carry out (book, submit, send, pay, track one parcel) is no question the knowledge base answers; an entry
        // about the service named would read as if it had been done.
        if (TaskForTheBot().IsMatch(q.Text))
        {
            return "a task, not a question";
        }

        // "Etsy星级卖家的标准", "shopee关键词广告每次点击多少钱", "ebay top rated seller discount": a platform's own programme, ad
        // product, rating or badge is answered by the platform's entry only where the entry writes it; its overview or fee
        // line is no answer to what the programme asks.
        if (best.Entry.Type == SearchEntryType.Platform && PlatformProgrammes.Unheld(q.Text, best.Entry) is not null)
        {
            return "a platform programme the entry does not hold";
        }

        // "How do I get an IEC code for India?", "韩国个人通关码怎么申请": how to obtain something a market's overview or import
        // rule only mentions is not in that text; the steps are those of the thing's own entry (a compliance item, a term).
        if (ProcedureAsked().IsMatch(q.Text) && best.Entry.Type is SearchEntryType.Market or SearchEntryType.ImportRule && !IsSubject(q, best))
        {
            return "a procedure the entry only mentions";
        }

        // A country the knowledge base has no market for: answer only from an entry that talks about it — about what is asked
        // there, in the same sentence ("open a company in Hong Kong" is not answered by a platform's warehouse list that
        // names Hong Kong).
        // "Hong Kong import duty on phones": the rules of a market are that market's; a place the knowledge base has no
        // market for is not answered by another market's rule that mentions it.
        // "romania parcel fee": an EU member's rules are the EU's, so the EU's entries may answer about it — where they name it
        // (checked below, sentence by sentence).
        // "Norway's VOEC threshold": a compliance entry whose markets list the country is that country's own rule.
        var ofNamedCountry = ranker.OfNamedCountry(q, best.Entry);
        if (q.Entities.Any(e => e.Kind == EntityKind.Country) && !q.Markets.Any() && best.Entry.Markets.Count > 0
            && best.Entry.Type is SearchEntryType.Market or SearchEntryType.ImportRule or SearchEntryType.Compliance && !EuEntryForMembers(q, best.Entry)
            && !ofNamedCountry)
        {
            return "a country without a market";
        }

        // "What's the value per parcel?": one market's overview or import rule, reached by its words alone (no place, amount of
        // its own or code like "eu" named), is that market's rule picked by score: answering would guess the market meant.
        if (!best.Named && !q.Entities.Any(e => e.Kind is EntityKind.Market or EntityKind.Country)
            && best.Entry.Type is SearchEntryType.Market or SearchEntryType.ImportRule && best.Entry.Markets.Count == 1
            && !ranker.QuotesRuleAmount(q) && !EntryNameWords.WritesMarketCode(q.Text, best.Entry.Markets[0]))
        {
            return "the country's sentences say nothing asked";
        }

        var asked = ranker.ContentTerms(q);
        // "we start in mexico and maybe chile next year, how much iva does mexico charge": beside a market the entry is about, a
        // country named in passing is context, not where the question applies.
        // Compared with it ("Danish VAT vs German VAT"), the country is a side of the question the base does not hold.
        var aboutNamedMarket = !q.AsksComparison && q.Markets.Any(m => best.Entry.Markets.Contains(m.Id, StringComparer.OrdinalIgnoreCase));
        foreach (var country in q.Entities.Where(e => e.Kind == EntityKind.Country && !aboutNamedMarket && !ofNamedCountry))
        {
            var countryNames = kb.FindCountry(country.Id) is { } c ? new[] { c.Name.En, c.Name.ZhCn, country.Surface } : [country.Surface];
            var aboutIt = EntrySentences(best.Entry).Where(s => countryNames.Any(n => s.Text.Contains(n, StringComparison.OrdinalIgnoreCase))).ToList();
            if (aboutIt.Count == 0 || (asked.Count > 0 && !aboutIt.Any(s => ranker.AskedWordsIn(s.Text, asked, s.Language) > 0)))
            {
                return "the country's sentences say nothing asked";
            }
        }

        // "New Zealand low value goods GST limit": a term means the same everywhere, so its definition answers what it is, not
        // what a place without a market does with it.
        if (best.Entry.Type == SearchEntryType.GlossaryTerm && q.Entities.Any(e => e.Kind == EntityKind.Country) && !q.Markets.Any()
            && q.Kind is not (QuestionKind.Definition or QuestionKind.Expansion))
        {
            return "a term asked of a country without a market";
        }

        // "kaufland marketplace fee", "cdiscount平台佣金": fees asked with nothing named are the fees of whatever the question
        // names in words the knowledge base does not know; an entry it does not name cannot say what they are.
        // A platform written short ("rakuten", "乐天", "阿里国际站") still shares a word with its entry's name.
        if (q.Kind == QuestionKind.Fees && q.Entities.Count == 0 && !best.Named && !EntryNameWords.SharesNameWord(q.Text, best.Entry))
        {
            return "unnamed fees";
        }

        // A rate or a threshold is held for the knowledge base's markets only: "New Zealand's GST rate" is not
        // answered by the GST term that mentions New Zealand.
        if (q.Kind is QuestionKind.Rate or QuestionKind.Threshold && q.Entities.Any(e => e.Kind == EntityKind.Country) && !aboutNamedMarket && !ofNamedCountry)
        {
            return "a rate or threshold of a country without a market";
        }

        // "卖到都柏林的台灯 爱尔兰增值税几个点": the tax asked is written with the country's name, so it is that country's, not the
        // tax of the market also named (a city read as Germany's, a warehouse the goods leave from).
        if (!q.AsksComparison && TaxedCountry.Of(q) is not null && !ofNamedCountry)
        {
            return "a tax of a country without a market";
        }

        // "Do Mexican marketplaces withhold VAT?": a playbook written for other markets (Europe, the UK, Australia) does not
        // answer about the market the question names, however well its words match.
        if (best.Entry.Type == SearchEntryType.Playbook && q.Markets.Any() && best.Entry.Markets.Count > 0
            && !q.Markets.Any(n => best.Entry.Markets.Any(m => m.Equals(n.Id, StringComparison.OrdinalIgnoreCase) || (m == "eu" && kb.FindCountry(n.Id)?.Eu == true)))
            && !AboutMarket(best.Entry, q))
        {
            return "a playbook for other markets";
        }

        // "lazada runs in how many countries", "temu was set up in which city": where a named platform runs or comes from is
        // answered by its entry when the entry names those places, whatever other words they share, and not otherwise.
        if (best.Named && _places.Answers(q, best.Entry) is { } placed)
        {
            return placed ? null : "no place of the kind asked";
        }

        if (typedFact && best.Named)
        {
            return null;
        }

        // "泰国的TISI认证是什么": the named market writes the mark asked about, so it answers, however few other words it shares.
        if (best.Named && EntryNameWords.Marks(names.MentionedNames(q)) is { Count: > 0 } written && EntryNameWords.Writes(best.Entry, written))
        {
            return null;
        }

        // "When did …": a named entry that holds a date answers, whatever words the question wraps around it.
        if (q.Kind == QuestionKind.Date && best.Named && EntryMentions.HasDate(best.Entry))
        {
            return null;
        }

        // An entry the question does not name must be about the market it names ("a Brazilian trademark").
        if (!best.Named && q.Markets.Any() && !AboutMarket(best.Entry, q))
        {
            return "not about the market named";
        }

        // "Is RoHS needed for LED lamps?": a named requirement answers whether it applies, whatever the product.
        // Named through its market only ("energy star label required for fridges in the US" is not answered by the FCC rule),
        // it must talk about what is asked as an entry the question does not name must: the market says where, not which rule.
        if (best.Named && q.Kind == QuestionKind.Requirement && best.Entry.Type == SearchEntryType.Compliance)
        {
            return IsSubject(q, best) || best.Coverage / 0.6 >= MinCoverageUnnamed ? null : "a requirement reached through its market";
        }

        // "what does cif mean on a supplier quote", "美国海关的CSMS消息是什么", "拒付 这是什么机制": what a named thing is, asked with
        // the context the user met it in, is its definition; the context is not what is asked.
        // "印尼最低FOB 100美元的规定是什么意思" asks about the market's rule, in which the term is a word.
        if (best.Named && q.Kind is QuestionKind.Definition or QuestionKind.Expansion && best.Entry.Type != SearchEntryType.Market && IsSubject(q, best)
            && !(q.AsksForRule && q.Markets.Any()))
        {
            return null;
        }

        // "kr kc for kids toys", "au rcm for led lamps": a product named beside a mark or rule asks whether it covers the product;
        // the product says which goods, not what is asked. A figure asked for the product ("export rebate for furniture") is not.
        if (best.Named && best.Entry.Type == SearchEntryType.Compliance && q.Kind is QuestionKind.General or QuestionKind.Requirement && IsSubject(q, best)
            && _categories.Of(q.TextWithoutNames()) is not null)
        {
            return null;
        }

        // "temu说我们的FCC ID无效 怎么处理": asked how to handle a problem with a named thing, the playbook named after that thing
        // ("FCC ID or test report rejected") answers, however the user words what went wrong.
        if (best.Named && best.Entry.Type == SearchEntryType.Playbook && QuestionAnalyzer.AsksHowToHandle(q.Text)
            && q.Subjects.Any(s => s.Kind is EntityKind.GlossaryTerm or EntityKind.Compliance && EntryMentions.TitleCarries(best.Entry, s)))
        {
            return null;
        }

        var askedCount = asked.Count;
        if (best.Named && AskedAboutItself(q, best))
        {
            return null;
        }

        // A market named on its own ("the capital of France") says where, not what: the entry must still talk
        // about what is asked, unless a typed fact of that market answers.
        var onlyWhere = best.Entry.Type == SearchEntryType.Market && !q.Subjects.Any();
        // "Who founded Shopee?": a named entry that says nothing about the one thing asked is not an answer.
        // "独立站怎么引流": a word that names a kind of platform (own store: Shopify and WooCommerce alike) names no one
        // entry, so the entry must talk about what is asked as any unnamed entry must.
        var bestNames = q.Subjects.Where(s => s.Id.Equals(best.Entry.Id, StringComparison.OrdinalIgnoreCase)).ToList();
        var sharedName = bestNames.Count > 0 && bestNames.All(s => EntryNameWords.SharedName(q, s));
        // "吉隆坡顾客 马来西亚LVG税 管的是货值多少令吉以内的货": a word asking for a kind of fact (a date, an amount, a name, who buys) is held by an
        // entry the question names when it holds a fact of that kind, and a second name of the place named is no asked word.
        var coverage = best.Named && !sharedName ? Math.Max(best.Coverage / 0.6, _factWords.Coverage(q, best.Entry)) : best.Coverage / 0.6;
        var enough = best.Named && !onlyWhere && !sharedName
            ? askedCount == 0 || coverage >= MinCoverageNamed || (askedCount == 1 && q.Kind is QuestionKind.Definition or QuestionKind.Expansion or QuestionKind.General && !AsksCountOrPerson().IsMatch(q.Text))
            : coverage >= ((q.ReportsProblem || QuestionAnalyzer.AsksHowToHandle(q.Text)) && best.Entry.Type == SearchEntryType.Playbook ? MinCoverageReportedProblem : MinCoverageUnnamed);
        return enough ? null : "too little of what is asked";
    }

    private bool IsSubject(QuestionAnalysis q, AnswerCandidate candidate) => ranker.NamesItOrItsTerm(q, candidate.Entry);

    // At most this many words of the user's own around a name the question asks about ("which pieces should we add up").
    private const int FewWordsAroundAName = 3;

    /// <summary>
    /// "landed cost — which pieces should we add up", "featured offer on amazon, what decides who gets it", "CE认证是不是一定要找
    /// 第三方机构": a term or rule the question names as what it asks about, with only a
    /// few words of its own around the name, asks about that thing; the words are how the user puts it, which an entry seldom
    /// writes, and the thing's own entry is what the base holds on it. Not a platform or market, which say where a question
    /// applies and hold many facts of which the words pick one; not beside a second thing named as a subject (then what is
    /// asked is how the two relate); not a price, count, person, amount, date, length of time, rate or comparison, which the
    /// entry must hold in its text (the checks above and AskedFigure); not a problem reported, which is a playbook's.
    /// </summary>
    private bool AskedAboutItself(QuestionAnalysis q, AnswerCandidate best)
    {
        // A channel or export mode is asked what it carries, costs or takes ("经济型快递能不能寄磁铁"): facts its entry holds or not.
        if (best.Entry.Type is not (SearchEntryType.GlossaryTerm or SearchEntryType.Compliance)
            || q.Kind is not (QuestionKind.General or QuestionKind.Definition or QuestionKind.Expansion or QuestionKind.Requirement)
            || q.AsksComparison || q.ReportsProblem || QuestionAnalyzer.AsksHowToHandle(q.Text)
            || PriceAsked(q) || AsksCountOrPerson().IsMatch(q.Text) || AsksFigure().IsMatch(q.Text) || ProcedureAsked().IsMatch(q.Text)
            || !IsSubject(q, best))
        {
            return false;
        }

        // "1688批发采购有没有退税", "1039市场采购 …": a number the entry never writes is a code or an amount it does not hold.
        var entryNumbers = NumberReader.Read(best.Entry.FullText(KnowledgeLanguage.English) + "\n" + best.Entry.FullText(KnowledgeLanguage.Chinese), skipYears: false);
        if (NumberReader.Read(q.Text, skipYears: false).Any(n => !entryNumbers.Contains(n)))
        {
            return false;
        }

        // "德国包装法LUCID…": the term whose name the entry's own name writes is the same thing as the entry, named twice.
        var title = best.Entry.Title.En + " " + best.Entry.Title.ZhCn;
        var own = q.Subjects.Where(s => s.Id.Equals(best.Entry.Id, StringComparison.OrdinalIgnoreCase)
            || (s.Kind == EntityKind.GlossaryTerm && ranker.RulesOfTerm(s.Id).Contains(best.Entry)) || EntryMentions.TitleCarries(best.Entry, s)
            || (s.Kind == EntityKind.GlossaryTerm && title.Contains(s.Surface.Trim(), StringComparison.OrdinalIgnoreCase))).ToList();
        // A name on the same words as the entry's own (the CE term and the CE rule) is the same thing; a platform, market or
        // channel that only sets the scene is where it is asked.
        var others = q.Subjects.Where(s => !own.Any(o => o.Start == s.Start) && !QuestionScene.IsScene(q.Text, s)
            && s.Kind is not (EntityKind.Platform or EntityKind.Market or EntityKind.Country)).ToList();
        var words = ranker.AskedWords(q);
        return own.Count > 0 && others.Count == 0 && words.Count is > 0 and <= FewWordsAroundAName;
    }

    private bool EuEntryForMembers(QuestionAnalysis q, AnswerEntry entry) =>
        entry.Markets.Contains("eu", StringComparer.OrdinalIgnoreCase)
        && q.Entities.Where(e => e.Kind == EntityKind.Country).All(e => kb.FindCountry(e.Id)?.Eu == true);

    private static IEnumerable<(string Text, string Language)> EntrySentences(AnswerEntry entry) =>
        new[] { KnowledgeLanguage.English, KnowledgeLanguage.Chinese }.SelectMany(language =>
            AnswerText.Sentences(entry.FullText(language)).Select(s => (s, language)));

    [System.Text.RegularExpressions.GeneratedRegex(@"(\btoday\b|\bthis (week|month)\b|\bnext (week|month)\b|\bright now\b|今天|今日|本周|这周|下周|这个月|本月|下个月|当下).*(price|fee|rate|surcharge|cost|how much|价|费|汇率|多少钱)|(price|fee|rate|surcharge|cost|how much|价|费|汇率|多少钱).*(\btoday\b|\bthis (week|month)\b|\bnext (week|month)\b|\bright now\b|今天|今日|本周|这周|下周|这个月|本月|下个月|当下)|(现在|目前).{0,6}多少钱|(运费|运价|报价|freight).{0,6}(现在|目前)|\bcurrent (?:\w+ ){0,2}(?:freight|spot) rates?\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex LiveFigure();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:my|our)\s+(?:[\w-]+\s+){0,2}(?:score|scores|result|results|recommendation|recommendations|list|ranking|rank|rating|estimate|estimates|quote|quotes|calculation)\b|\b(?:last time|yesterday)\b.{0,30}\b(?:score|result|recommend\w*|ranking|plan|suggest\w*)\b|\b(?:score|result|recommend\w*|ranking|plan|suggest\w*)s?\b.{0,30}\b(?:last time|yesterday)\b|我的.{0,8}(?:分数|得分|评分|匹配分|结果|推荐|排名)|(?:上次|昨天|上周).{0,8}(?:分数|得分|评分|结果|推荐|排名|方案|建议|报告)|(?:你|您)(?:之前|上次|上周|昨天)?给(?:我|我们)的.{0,10}(?:分数|得分|评分|结果|推荐|排名|方案|建议|报告)|推荐给我|\bwhy did you\b|\b(?:did|do) you (?:rank|put|place|recommend|suggest|pick|choose)\b|\byou (?:gave|recommended|suggested|picked|ranked) (?:me|us)\b|(?:你|您)(?:之前|上次|上回|昨天)?(?:帮我|给我)(?:选|推荐|排)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex OwnResult();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:sells?|selling)\s+(?:best|well|fast)\b|\bbest[- ]?sell(?:ing|ers?)\b|\b(?:hot|trending|winning)\s+(?:products?|items?|categories)\b|\bhow many\s+(?:[\w-]+\s+){0,2}(?:sellers?|buyers?|users?|customers?|shoppers?|merchants?|shops|stores|vendors)\b|(?:什么|哪些|哪个|哪类)(?:产品|商品|类目|东西|品类)?(?:好卖|好做|卖得好|畅销|热销|最火)|多少(?:个|家|位|名)?(?:卖家|买家|用户|商家|店铺|消费者)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex DemandOrHeadcount();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bhow (?:do|can|should|would) (?:i|we|you|one)\s+(?:get|obtain|apply|register|acquire|request)\b|\bhow to (?:get|obtain|apply|register|acquire|request)\b|\bwhere (?:do|can) (?:i|we) (?:get|apply|register)\b|(?:怎么|如何|怎样|在哪里?|在哪儿|去哪里?|去哪儿)(?:申请|注册|办理|获得|拿到|获取|开通)|(?:申请|注册|办理)(?:流程|步骤|方法)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ProcedureAsked();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bprice ?lists?\b|\brate ?cards?\b|\bquot(?:e|es|ation|ations)\b|\bsurcharges?\b|价格表|价目表|报价|附加费", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex CarrierPriceList();

    // Whether a price is asked is AskedFigure's to say (one pattern for the whole answerer); a fee asked counts as a price.
    private static bool PriceAsked(QuestionAnalysis q) => q.Kind == QuestionKind.Fees || AskedFigure.AsksPrice(q);

    // Who does a job for the seller for a price: an agent, intermediary, representative, consultant, broker or service firm.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:agents?|agency|agencies|intermediar(?:y|ies)|representatives?|reps?|consultants?|consultancy|service providers?|brokers?)\b|代办|代理人|代理商|代理机构|找代理|中间人|授权代表|欧代|英代|服务商|顾问|报关行", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex IntermediaryWord();

    // An action asked of the bot: "can you book …", "… submit … for me", "帮我订…", "替我提交…"; or one parcel's own tracking
    // number (UPU format, "LX123456789CN"), whose whereabouts only the carrier's tracking can tell.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:can|could|would|will) you (?:please )?(?:book|submit|file|send|order|place|pay|schedule|arrange|contact|call|email|register)\b|\b(?:book|submit|send|order|schedule|arrange|place)\b[^.?!]{0,60}\bfor (?:me|us)\b|(?:帮|替)(?:我|我们)[^，。？?,]{0,16}?(?:提交|预订|预约|(?<!一)下单|寄出|付款|支付|订一|订个|联系一下|打电话)|(?<![A-Za-z0-9])[A-Z]{2}\d{9}[A-Z]{2}(?![A-Za-z0-9])", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex TaskForTheBot();

    [System.Text.RegularExpressions.GeneratedRegex(@"\binclud(?:e|es|ed|ing)\b|包含|含不含|包括", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex IncludedAsked();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bwhy\b|为什么|为啥|怎么会", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex WhyAsked();

    [System.Text.RegularExpressions.GeneratedRegex(@"\breadiness\b|\blevels?\b|\bdimensions?\b|准备度|准备程度|等级|维度|评估", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ReadinessWords();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bwho(m|se)?\b|how many|多少|几个|谁", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AsksCountOrPerson();

    // A number asked by a measure word ("几家", "几年", "几位数", "what size", "how big", "how old") or a rate ("insurance rate",
    // "费率", "比例"): the entry must write it.
    [System.Text.RegularExpressions.GeneratedRegex(@"几[\p{IsCJKUnifiedIdeographs}]|\brates?\b|费率|税率|比例|比率|\bhow (?:big|large|small|old|long|high|tall|wide|heavy|often|soon|fast)\b|\bwhat (?:size|height|width|length|percentage|percent|amount|number|year|date)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AsksFigure();

    public bool AboutMarket(AnswerEntry entry, QuestionAnalysis q)
    {
        // "Express to Italy, how many days?": a channel that gives transit days to the market or its region is about it, when
        // the question calls it by its own name ("express"), not by a word its long name shares with another carrier's
        // ("J&T international" is not "China Post international e-packet").
        if (entry.Type == SearchEntryType.LogisticsChannel && kb.LogisticsChannels.FirstOrDefault(c => c.Id == entry.Id) is { } channel
            && CalledByItsName(channel, q)
            && channel.TransitDays.Any(t => q.Markets.Any(m => t.To.Equals(m.Id, StringComparison.OrdinalIgnoreCase)
                || t.To.Equals(kb.FindCountry(m.Id)?.Region, StringComparison.OrdinalIgnoreCase))))
        {
            return true;
        }

        if (entry.AppliesEverywhere)
        {
            return true;
        }

        var text = entry.FullText(KnowledgeLanguage.English) + entry.FullText(KnowledgeLanguage.Chinese);
        // "包裹到了德国海关被扣了": an entry written for the EU is about each member state's market too.
        return q.Markets.Any(m => entry.Markets.Contains(m.Id, StringComparer.OrdinalIgnoreCase)
            || (entry.Markets.Contains("eu", StringComparer.OrdinalIgnoreCase) && kb.FindCountry(m.Id)?.Eu == true)
            || text.Contains(m.Surface, StringComparison.OrdinalIgnoreCase)
            || (kb.FindMarket(m.Id) is { } market && (text.Contains(market.Name.En, StringComparison.OrdinalIgnoreCase) || text.Contains(market.Name.ZhCn, StringComparison.Ordinal))));
    }

    private bool CalledByItsName(LogisticsChannel channel, QuestionAnalysis q)
    {
        var asked = ranker.ContentTerms(q);
        var head = string.Join(" ", new[] { channel.Name.En.Split('(')[0], channel.Name.ZhCn.Split('（', '(')[0] }
            .Concat(channel.Aliases?.En ?? []).Concat(channel.Aliases?.ZhCn ?? []));
        return ranker.AskedWordsIn(head, asked, KnowledgeLanguage.English) + ranker.AskedWordsIn(head, asked, KnowledgeLanguage.Chinese) > 0;
    }
}
