using System.Text.RegularExpressions;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// Reads a question: its language, the markets, platforms, channels, marks, export modes and glossary terms it
/// names (from the loaded knowledge base's names and aliases), what kind of answer it wants, and the date it asks
/// about. Pure and safe for concurrent use.
/// </summary>
public sealed partial class QuestionAnalyzer
{
    private readonly EntityCatalog _entities;
    private readonly HashSet<string> _marketIds;
    private readonly StorePlatform _stores;

    public QuestionAnalyzer(KnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        _entities = new EntityCatalog(knowledgeBase);
        _marketIds = knowledgeBase.Markets.Select(m => m.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        _stores = new StorePlatform(knowledgeBase);
    }

    public QuestionAnalysis Analyze(string question, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = question.Trim();
        var lang = KnowledgeLanguage.ContainsCjk(text) ? KnowledgeLanguage.Chinese
            : language is not null && KnowledgeLanguage.IsChinese(language) && !LatinLetters().IsMatch(text) ? KnowledgeLanguage.Chinese
            : KnowledgeLanguage.English;
        var entities = _stores.With(text, WithoutOriginMarkets(text, WithStorefrontMarkets(text, _entities.Find(text))));
        var asOf = AsOfDateParser.Parse(text, out var yearOnly);
        var kind = KindOf(text, WithoutNames(text, entities), entities, asOf);
        return new QuestionAnalysis
        {
            Text = text,
            SearchText = _entities.WithHomeCountryName(text),
            Language = lang,
            Entities = entities,
            Kind = kind,
            AsOf = asOf,
            AsOfYearOnly = asOf is not null && yearOnly,
            // "why does delivery take 90 days for small sellers", "小卖家物流的三大问题": the paper's subject — the difficulties of
            // small exporters — asked about without naming the paper is still the paper's.
            AboutPaper = Paper().IsMatch(text) || (PaperSubject().IsMatch(text) && Difficulty().IsMatch(text)),
            // "VAT at customs" asks about VAT: customs is where any import tax is paid, so it means duty only when no tax is named.
            AboutDuty = DutyWord().IsMatch(text) ? true : Tax().IsMatch(text) ? false : Duty().IsMatch(text) ? true : null,
            AboutUnmodelledTax = UnmodelledTax().IsMatch(text),
            ReportsProblem = ReportedProblem().IsMatch(text),
            AsksForRule = RuleWord().IsMatch(text) || AsksWhichRequirement().IsMatch(text),
            AsksComparison = Comparison().IsMatch(text) || Or().IsMatch(text) || (entities.Any(e => e.Kind is not (EntityKind.Market or EntityKind.Country)) && Compare().IsMatch(text)),
        };
    }

    /// <summary>
    /// "Amazon.de", "eBay.co.uk", "亚马逊.jp": a platform's national storefront names its market, so the domain ending is a
    /// market named beside the platform (where the question applies), not a stray word.
    /// </summary>
    private IReadOnlyList<NamedEntity> WithStorefrontMarkets(string text, IReadOnlyList<NamedEntity> entities)
    {
        var added = new List<NamedEntity>();
        foreach (var platform in entities.Where(e => e.Kind == EntityKind.Platform))
        {
            var end = platform.Start + platform.Surface.Length;
            var domain = QuestionScene.StorefrontDomain().Match(text[end..]);
            if (!domain.Success)
            {
                continue;
            }

            var market = domain.Groups["country"].Value.ToUpperInvariant() switch { "UK" => "gb", var c => c.ToLowerInvariant() };
            if (_marketIds.Contains(market) && !entities.Concat(added).Any(e => e.Kind == EntityKind.Market && e.Id.Equals(market, StringComparison.OrdinalIgnoreCase)))
            {
                added.Add(new NamedEntity(EntityKind.Market, market, domain.Value, end));
            }
        }

        return added.Count == 0 ? entities : [.. entities, .. added];
    }

    /// <summary>
    /// "Canada's limit for goods shipped from the US", "加拿大从美国发快递", "… we ship from our polish warehouse": a market the
    /// goods come from is not where the question applies when another market or country is named as the destination.
    /// </summary>
    private static IReadOnlyList<NamedEntity> WithoutOriginMarkets(string text, IReadOnlyList<NamedEntity> entities)
    {
        // "swedish vat on lamps we ship from our german warehouse": a country without a market is the destination as well.
        var places = entities.Where(e => e.Kind is EntityKind.Market or EntityKind.Country).ToList();
        if (places.DistinctBy(m => m.Id.ToLowerInvariant()).Count() < 2)
        {
            return entities;
        }

        var origins = places.Where(m => m.Kind == EntityKind.Market && OriginBefore().IsMatch(text[..m.Start])).ToList();
        return origins.Count == 0 || origins.Count == places.Count ? entities : [.. entities.Except(origins)];
    }

    /// <summary>The words naming a kind of tax or duty the knowledge base does not model ("anti-dumping", "碳关税"), if any.</summary>
    internal static string? UnmodelledTaxNamed(string text) => UnmodelledTax().Match(text) is { Success: true } m ? m.Value : null;

    /// <summary>Whether the text names a tax ("sales tax", "HST", "ICMS", "税"), not a duty ("关税") or a refund ("退税").</summary>
    internal static bool NamesATaxIn(string text) => Tax().IsMatch(text) || ChineseTaxWord().IsMatch(text);

    /// <summary>
    /// Whether the question asks what is required ("requirements for…", "rules for selling…", "有什么要求", "需要什么"), which a
    /// tariff does not answer unless the question asks about duty.
    /// </summary>
    internal static bool AsksRequirements(string text) => RequirementsAsked().IsMatch(text);

    /// <summary>Whether the question asks what a word means ("what does fob mean", "什么意思", "指的是"), whatever words surround it.</summary>
    internal static bool AsksMeaning(string text) => Meaning().IsMatch(text) || (WhatItIs().IsMatch(text) && !Problem().IsMatch(text) && !ReportedProblem().IsMatch(text));

    /// <summary>
    /// Whether the question asks how to handle a problem ("怎么处理", "how to cut that", "what should we do"), not how to get
    /// something ("how do I get verified"): the platform or market named is then where the problem happened.
    /// </summary>
    internal static bool AsksHowToHandle(string text) => Handling().IsMatch(text);

    /// <summary>Whether a word is a tax's own name ("VAT", "IVA", "MwSt", "Mehrwertsteuer").</summary>
    internal static bool NamesATax(string word) => Tax().Match(word) is { Success: true } m && m.Length == word.Length;

    /// <summary>Whether a name is the very kind of fact asked ("de minimis" in a threshold question), not what it is about.</summary>
    internal static bool NamesTheAskedFact(QuestionKind kind, string surface) =>
        (kind == QuestionKind.Threshold && Threshold().IsMatch(surface)) || (kind == QuestionKind.Rate && Tax().IsMatch(surface));

    /// <summary>The question with the names it contains blanked: "landed cost" names a term, it does not ask a price.</summary>
    private static string WithoutNames(string text, IReadOnlyList<NamedEntity> entities)
    {
        var chars = text.ToCharArray();

        // Only names of several words: a one-word name ("Cost" in CIF's long form) may be the very word that asks.
        foreach (var e in entities.Where(e => e.Start + e.Surface.Length <= chars.Length && (e.Surface.Contains(' ', StringComparison.Ordinal) || KnowledgeLanguage.ContainsCjk(e.Surface))))
        {
            Array.Fill(chars, ' ', e.Start, e.Surface.Length);
        }

        return new string(chars);
    }

    private static QuestionKind KindOf(string text, string unnamed, IReadOnlyList<NamedEntity> entities, DateOnly? asOf)
    {
        var subjects = entities.Where(e => e.Kind is not (EntityKind.Market or EntityKind.Country)).Select(e => e.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        if (subjects >= 2 && (Comparison().IsMatch(text) || Or().IsMatch(text)))
        {
            return QuestionKind.Comparison;
        }

        if (Expansion().IsMatch(text))
        {
            return QuestionKind.Expansion;
        }

        // "what does fob mean in a factory's price list": what a word means, whatever the words around it ("price") suggest.
        if (Meaning().IsMatch(text))
        {
            return QuestionKind.Definition;
        }

        if (Problem().IsMatch(text) || ReportedProblem().IsMatch(text))
        {
            return QuestionKind.Problem;
        }

        // "平台按点击付费的广告是怎么回事", "what kind of tax is gst", "fcc authorization in short": what a thing is, asked in other
        // words than "what is" — not its fee or rate, whatever words ("付费", "tax") surround it.
        if (WhatItIs().IsMatch(text))
        {
            return QuestionKind.Definition;
        }

        if (Threshold().IsMatch(text))
        {
            return QuestionKind.Threshold;
        }

        if (SinceWhen().IsMatch(text) && asOf is null)
        {
            return QuestionKind.Date;
        }

        if ((Rate().IsMatch(text) && Tax().IsMatch(text)) || HasTax().IsMatch(text))
        {
            return QuestionKind.Rate;
        }

        // "What VAT do the Philippines charge?", "发德国要交多少税": a tax asked about in a named market is its rate (Chinese
        // says plain "税" for the import VAT a parcel pays; "关税" is the duty, "退税" a refund, "税号" a number).
        if ((Tax().IsMatch(text) || ChineseTaxAsked().IsMatch(text)) && entities.Any(e => e.Kind == EntityKind.Market) && AsksWhatOrHowMuch().IsMatch(text) && !When().IsMatch(text))
        {
            return QuestionKind.Rate;
        }

        // "Will the buyer pay import tax in Germany?", "do I pay duty over there? (Spain)", "那边要交关税吗": whether an import
        // charge is paid is decided by the allowance in force, so the market's import rule answers as a threshold does.
        if (PaysImportCharge().IsMatch(text))
        {
            return QuestionKind.Threshold;
        }

        if (Duration().IsMatch(text))
        {
            return QuestionKind.Duration;
        }

        if (Fees().IsMatch(unnamed))
        {
            return QuestionKind.Fees;
        }

        if (When().IsMatch(text) && asOf is null)
        {
            return QuestionKind.Date;
        }

        if (Requirement().IsMatch(text))
        {
            return QuestionKind.Requirement;
        }

        return Definition().IsMatch(text) ? QuestionKind.Definition : QuestionKind.General;
    }

    [GeneratedRegex(@"[A-Za-z]{3,}")]
    private static partial Regex LatinLetters();

    [GeneratedRegex(@"(\bfrom|\bout of|从|由|自)\s*(the\s+|our\s+|my\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OriginBefore();

    [GeneratedRegex(@"\bvs\.?\b|\bversus\b|difference|compare|comparison|better|区别|不同|对比|比较|哪个好|哪个更|还是|不一样|差在哪|差别|差异", RegexOptions.IgnoreCase)]
    private static partial Regex Comparison();

    [GeneratedRegex(@"\bor\b|或|还是", RegexOptions.IgnoreCase)]
    private static partial Regex Or();

    // "Compare Jumia with Konga", "速卖通和Joom哪个好": a comparison even when only one side is a known name.
    [GeneratedRegex(@"\bcompared? (with|to)\b|\bthan\b|(和|跟|与).{1,20}(哪个|比)", RegexOptions.IgnoreCase)]
    private static partial Regex Compare();

    [GeneratedRegex(@"stand[s]? for|full (name|form)|abbreviation|acronym|全称|缩写|代表什么", RegexOptions.IgnoreCase)]
    private static partial Regex Expansion();

    [GeneratedRegex(@"what (should|can|do) (i|we) do|what now|how (do|should|can) (i|we) (respond|handle|deal|fix|react|appeal|lower|reduce|stop|get|cut|bring)|how to (respond|handle|deal|fix|cut|reduce|lower|bring)|怎么办|如何处理|怎么处理|怎么应对|如何应对|怎么解决", RegexOptions.IgnoreCase)]
    private static partial Regex Problem();

    // A problem reported as it happened: "removed my listing", "my parcel's tracking has been frozen", "被下架", "扣了".
    [GeneratedRegex(@"\b(?:removed|blocked|suspended|deactivated|detained|seized|froze|frozen|stuck|copies|copied|undercuts?|rejected|refused|declined|won'?t accept|doesn'?t accept|does not accept|will not accept)\b[^.?!]{0,30}\b(?:my|our|me|us)\b|\b(?:my|our)\b[^.?!]{0,40}\b(?:(?:was|were|is|are|has been|have been|got|get) (?:removed|blocked|suspended|deactivated|detained|seized|frozen|stuck|held|rejected|refused|declined)|froze|frozen|stuck)\b|被[^，。？！,.?!]{0,8}(?:下架|扣留|扣押|扣了|封|冻结|暂停)|下架了|扣了|封了|冻结了"
        // Told as a story: "no tracking update for two weeks", "stuck for 20 days", "complains … wants a full refund", "sells it
        // cheaper than us", "says our photos are misleading", "copy our lamp", "三周没有物流更新", "投诉…要求全额退款", "比我们便宜".
        + @"|\b(?:no (?:tracking )?updates?|not (?:been )?updated|stuck|hasn'?t moved)\b[^.?!]{0,25}\bfor (?:\w+ ){0,2}(?:days?|weeks?)\b|\b(?:complain\w*|demand\w*|wants|wanted)\b[^.?!]{0,40}\brefund\b|\bcheaper than (?:us|me|ours)\b|\b(?:copy|copies|copied)\s+(?:our|my)\b|\b(?:says?|said|claims?|claimed|called)\b[^.?!]{0,12}\b(?:our|my)\b[^.?!]{0,30}\b(?:fakes?|counterfeits?|misleading|false|fake)\b"
        + @"|(?:停|封|关|冻结|暂停)了?(?:我|我们)的?(?:账户|账号|店铺|店|资金|货款)|没有?(?:任何)?(?:物流)?(?:更新|动静|轨迹)|投诉[^。？！?!]{0,20}(?:退款|退货|退钱)|要求(?:全额|部分)?(?:退款|退货|退钱)|比我们(?:还)?便宜|说我们[^。？！?!]{0,12}(?:假|夸大|虚假|误导)", RegexOptions.IgnoreCase)]
    private static partial Regex ReportedProblem();

    [GeneratedRegex(@"threshold|de ?minimis|duty[- ]?free|tax[- ]?free|vat[- ]?free|exempt|allowance|without (paying )?duty|free of (duty|tax)|relief|remission|(value|price|free) limit|免税|免关税|免征|起征点|门槛|豁免|额度|免税额"
        // "多少欧以下免进口增值税", "低于多少比索的包裹不用交关税", "包裹货值上限是多少欧", "under what value is it duty free": the amount
        // below which nothing is paid, asked by its amount.
        + @"|以下(?:免|不用|不需要|无需|不交)|低于多少|不超过多少|(?:货值|价值|金额|申报价值)上限|\b(?:under|below|up to) what (?:value|amount|price)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Threshold();

    [GeneratedRegex(@"(?<![A-Za-z])(rates?|taux|satz|tipo|aliquota|stawka)(?![A-Za-z])|percent|%|how (much|high)|what('?s| is| was)|税率|多少|几|百分之|(?<![A-Za-z])(vat|gst|iva|tva|mwst|btw|kdv|ppn|icms|igst)(?:\s+standard)?(?![A-Za-z])\W*$|(增值税|进口税|消费税)\W*$"
        // "madrid orders — what iva does spain put on …", "milano buyers pay what iva", "kdv on phone stands is what".
        + @"|\bwhat\s+(?:vat|gst|iva|tva|mwst|btw|kdv|ppn|icms|igst|sales tax|consumption tax)\b|\b(?:is|are)\s+what\W*$"
        // "is spain's iva 21?", "波兰增值税是23吗", "按20个点收对吧": a figure quoted beside the tax asks whether it is the rate;
        // so do two figures offered ("italy vat is 22 or 20", "消费税是9还是8") and a tax written in letters in a Chinese
        // question ("IVA现在按21收吗").
        + @"|(?<![A-Za-z])(?:vat|gst|iva|tva|mwst|btw|kdv|ppn|igst|sst)\s+(?:is\s+|still\s+)?\d{1,2}(?:\.\d)?\s*%?(?:\s*or\s+\d{1,2}(?:\.\d)?\s*%?)?\s*\??\s*$"
        + @"|(?:增值税|消费税|(?<![A-Za-z])(?:vat|gst|iva|tva|mwst|btw|kdv|ppn|igst|sst)(?![A-Za-z]))[^，。？?\dA-Za-z]{0,4}?\d{1,2}(?:\.\d)?(?!\d)\s*(?:%|个点)?(?:(?:还是|或者?)\d{1,2}(?:\.\d)?(?!\d)\s*(?:%|个点)?)?[^，。？?]{0,3}(?:吗|么|对吧|对不对|是不是|\?|？|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Rate();

    [GeneratedRegex(@"(have|charge|is there|are there|any) (a |an |any |one )?(vat|gst|sales tax|consumption tax)|(?<![A-Za-z])(vat|gst|sales tax|consumption tax) (is |are )?(charged|collected|levied|due|payable)|有(增值税|消费税|销售税|GST|VAT)吗|收(增值税|消费税|销售税|GST|VAT)吗", RegexOptions.IgnoreCase)]
    private static partial Regex HasTax();

    // Taxes the knowledge base does not model: on income and property, on services and digital services, on stamps and excise goods, and
    // the state sales-tax "nexus" registration thresholds of the US, and trade-remedy duties (anti-dumping, countervailing).
    [GeneratedRegex(@"anti[- ]?dumping|countervailing|反倾销|反补贴|(income|corporate|corporation|profits?|payroll|property|capital[- ]gains?|withholding|digital[- ]services?|stamp|excise|carbon|plastic[- ]packaging|luxury(?:[- ]sales)?|environmental|local|city|municipal|trade)[- ](tax|duty|levy)|(?<!\b(?:and|&)\s)\bservices?[- ]tax|\bDST\b|\bnexus\b|(?<!商品|及|和|与)服务税|所得税|利得税|利润税|房产税|预提税|预扣税|数字服务税|印花税|消费品税|碳税|碳关税|塑料包装税|奢侈品(?:销售)?税|环境税|经济关联|地方(?:消费|销售)?税|城市税|市政税|\blocal (?:consumption|sales) tax", RegexOptions.IgnoreCase)]
    private static partial Regex UnmodelledTax();

    [GeneratedRegex(@"(?<![A-Za-z])(vat|gst|hst|pst|qst|iva|icms|tva|ppn|nds|igst|kdv|btw|sst|mwst|ust|mehrwertsteuer|sales tax|consumption tax|tax)(?![A-Za-z])|增值税|消费税|销售税|商品及服务税|进口税|税率", RegexOptions.IgnoreCase)]
    private static partial Regex Tax();

    [GeneratedRegex(@"(?<![A-Za-z])(duty|duties|customs|tariffs?)(?![A-Za-z])|关税|海关", RegexOptions.IgnoreCase)]
    private static partial Regex Duty();

    [GeneratedRegex(@"\b(pay|pays|paying|owe|owes)\b[^?.!]{0,40}?\b(duty|duties|tariffs?|customs|import (tax|taxes|vat|gst)|vat|gst|tax|taxes)\b|\b(is|are|will|does|do)\b[^?.!]{0,30}\b(duty|duties|import (tax|taxes|vat|gst)|vat|gst)\b[^?.!]{0,15}\b(charged|collected|levied|due|payable)\b|(交|付|缴|缴纳|支付|被征|征|补)[^？?，,。]{0,4}(关税|进口税|进口增值税|增值税|消费税|GST|VAT|税)[^？?，,。]{0,6}(吗|么|嘛|不|没)|\b(import (tax|taxes|vat|gst)|duty|duties)\s+(on|for)\s+(a|an|my|our|the)?\s*([€$£¥]?\d+|cheap|small|low[- ]value)|(要不要|会不会|需不需要|用不用|是否)[^？?，,。]{0,3}(交|付|缴|缴纳|支付|征)[^？?，,。]{0,4}(关税|进口税|进口增值税|增值税|消费税|GST|VAT|税)", RegexOptions.IgnoreCase)]
    private static partial Regex PaysImportCharge();

    [GeneratedRegex(@"how long|how many days|how fast|how quick|transit|(delivery|shipping) (time|days)|(?<!\d\s*)(?<!\b(?:these|those)\s+)(?<![A-Za-z])days\s*\??\s*$|多久|几天|多少天|时效|多长时间", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    // A battery's "state of charge" or "charge level" is no fee; a Chinese word ending in 费 is one ("刊登费", "仓储费"), but
    // not 消费 (consumption), 运费 (freight, a channel's price), 免费 (free) or 费率/费用/费税.
    [GeneratedRegex(@"(?<![A-Za-z])fees?(?![A-Za-z])|commission|(?<![A-Za-z])costs?(?![A-Za-z])|(?<!state of |battery |full )(?<![A-Za-z])charges?(?![A-Za-z])(?!\s+(?:level|limit|state|capacity))|how much does .* (take|cost)|(?<![A-Za-z])(?:price|pricing)(?![A-Za-z])(?!\s+(?:wars?|competition|cuts?|cutting))|membership|\bpay per (?:sale|order|item|unit)\b|\bwhat (?:%|percent(?:age)?)|\b(?:how big|what) a cut\b|\btakes? (?:per|on each|from each|of each) (?:sale|order|item)\b|扣(?:几个|多少)(?:点|百分点)|抽几个点|扣点|抽成|抽佣|佣金|收费|费用|多少钱|月费|会员费|年费|\p{IsCJKUnifiedIdeographs}(?<![消运经花免浪])费(?![率用税])", RegexOptions.IgnoreCase)]
    private static partial Regex Fees();

    [GeneratedRegex(@"\bwhen\b|since when|what date|from which date|which date|what day|\b(?:what|which) year\b|\bexact date\b|\bdate\b(?! of birth)|什么时候|啥时候|何时|哪年|哪一年|几时|哪天|哪一天|几号|哪个日期", RegexOptions.IgnoreCase)]
    private static partial Regex When();

    [GeneratedRegex(@"(?<![关退免])税(?![号务])")]
    private static partial Regex ChineseTaxWord();

    [GeneratedRegex(@"\b(requirements?|rules?|regulations?|compliance)\b|要求|规定|需要什么|要注意什么|注意事项|需要满足|需要哪些", RegexOptions.IgnoreCase)]
    private static partial Regex RequirementsAsked();

    [GeneratedRegex(@"(?:交|缴|收|付|征|扣)(?:多少|什么|哪些)的?(?<![关退])税(?![号务])|(?<![关退])税(?:是|有|要)?多少|多少(?:钱的)?(?<![关退])税(?![号务])")]
    private static partial Regex ChineseTaxAsked();

    [GeneratedRegex(@"^\W*(what|which|how much|how high)\b|多少|几|哪个", RegexOptions.IgnoreCase)]
    private static partial Regex AsksWhatOrHowMuch();

    [GeneratedRegex(@"do (i|we) (need|have to)|\b(?:do|does)\b[^?？.]{1,40}\bneed\b|must (i|we)|is it (required|mandatory)|\brequires?\b|required|needed|necessary|mandatory|need (an?|to)|需要.*吗|要.*吗|必须", RegexOptions.IgnoreCase)]
    private static partial Regex Requirement();

    [GeneratedRegex(@"what('?s| is| are| does)|meaning|\bmean\b|explain|\bdefine\b|definition|定义|是什么|什么是|什么意思|指什么|含义|啥意思|是啥|指啥|指的是|是指|什么机制|干嘛的|干什么的|干啥的|有什么用|什么作用|什么好处|\bwhat (?:are )?the benefits\b|\bwhat (?:is|are) (?:it|they) for\b", RegexOptions.IgnoreCase)]
    private static partial Regex Definition();

    [GeneratedRegex(@"\bwhat (?:does|do) .{1,40}\bmean\b|\bmeaning of\b|什么意思|啥意思|指的是", RegexOptions.IgnoreCase)]
    private static partial Regex Meaning();

    [GeneratedRegex(@"怎么办|如何处理|怎么处理|怎么应对|如何应对|怎么解决|如何解决|\bwhat (?:should|can|do) (?:i|we) do\b|\bhow (?:to|do (?:i|we)|can (?:i|we)|should (?:i|we)) (?:handle|deal with|fix|cut|reduce|lower|bring|stop|respond|react)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Handling();

    [GeneratedRegex(@"怎么回事|\bwhat (?:kind|type|sort) of (?:[a-z]+ ){1,2}(?:is|are)\b|\bin (?:short|brief|a nutshell)\b|简单(?:说|讲|来说|介绍)"
        // "incoterms in plain english", "landed cost in layman's terms", "rfq用大白话讲讲": what it is, in everyday words.
        + @"|\bin (?:plain|simple|everyday|layman'?s) (?:english|words|terms|language)\b|大白话|通俗(?:地|点|一点|易懂地?)?(?:说|讲|解释)", RegexOptions.IgnoreCase)]
    private static partial Regex WhatItIs();

    // "section 301 list 1 took effect", "brazil icms raised to 20% from", "uflpa presumption applies since": a change asked with
    // its start left open is a date question too (not "where do we ship from").
    [GeneratedRegex(@"since when|from when|(from|since) what date|since (what|which) year|when did|when does .* (start|begin|apply|take effect)|\b(?:took|takes|take) effect\b|\b(?:came|comes|come) into force\b|^(?!.*\b(?:where|which (?:city|country|countries|port|warehouse))\b).*\b(?:from|since)\s*[?？]?\s*$|从什么时候|什么时候开始|啥时候开始|何时开始|哪天开始|什么时候生效|何时生效", RegexOptions.IgnoreCase)]
    private static partial Regex SinceWhen();

    [GeneratedRegex(@"(?<![A-Za-z])(rules?|laws?|regulations?|requirements?)(?![A-Za-z])|规定|法规|法律|条例", RegexOptions.IgnoreCase)]
    private static partial Regex RuleWord();

    [GeneratedRegex(@"(?<![A-Za-z])(duty|duties|tariffs?)(?![A-Za-z])|关税", RegexOptions.IgnoreCase)]
    private static partial Regex DutyWord();

    // "韩国儿童产品需要什么认证", "which mark does Korea require": asks which rule applies, it reports no problem.
    [GeneratedRegex(@"(需要|要|得)(做|办|有|贴|申请)?(什么|哪些|哪种|哪个)(认证|证书|标志|标识|注册|资质)|\b(which|what) (marks?|certifications?|certificates?|registrations?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksWhichRequirement();

    // "政企合作这个对策", "the countermeasure on logistics": the paper's countermeasures are its own word.
    [GeneratedRegex(@"\bpaper\b|\bthe study\b|\bthe article\b|\bcountermeasures?\b|论文|文章|对策", RegexOptions.IgnoreCase)]
    private static partial Regex Paper();

    // The paper's subject: small exporters ("small cross-border sellers"), or cross-border trade itself ("in cross border",
    // "跨境电商新模式"), asked about as a difficulty.
    [GeneratedRegex(@"\bsmes?\b|\bsmall (?:[\w-]+ )?(?:sellers?|exporters?|businesses|firms|companies|enterprises|merchants)\b|\bcross[- ]border(?: (?:trade|e-?commerce|selling))?\s*\??$|\bin cross[- ]border (?:trade|e-?commerce)\b|中小企业|小企业|小卖家|中小卖家|小商家|跨境电商新模式|跨境贸易", RegexOptions.IgnoreCase)]
    private static partial Regex PaperSubject();

    [GeneratedRegex(@"\b(?:problems?|challenges?|difficult\w*|struggl\w*|why|short of|lack\w*|headaches?)\b|问题|挑战|困难|难题|缺|为什么|难|跟不上|滞后|头疼", RegexOptions.IgnoreCase)]
    private static partial Regex Difficulty();
}
