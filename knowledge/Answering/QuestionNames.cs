using System.Text.RegularExpressions;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Knowledge.Search;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// Finds the names a question uses, measured against what the entries write: names no entry ever uses (so the question
/// is about something the knowledge base does not hold) and names entries use only in passing (so the question is
/// about that name, not the entry that mentions it). The answerer abstains on both rather than answer a neighbour.
/// </summary>
internal sealed partial class QuestionNames(KnowledgeBase kb, KnowledgeSearch search, AnswerEntryCatalog catalog)
{
    private readonly Lazy<HashSet<string>> _countryWords = new(() => new HashSet<string>(
        kb.Countries.SelectMany(c => (c.Aliases?.En ?? []).Append(c.Name.En)).SelectMany(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
        StringComparer.OrdinalIgnoreCase));

    // "Oceania", "Australasia", "LatAm": a region is a place the data names (a channel's transit days), not a company.
    private readonly Lazy<HashSet<string>> _regionWords = new(() => new HashSet<string>(
        kb.Regions.SelectMany(r => (r.Aliases?.En ?? []).Append(r.Name.En)).SelectMany(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
        StringComparer.OrdinalIgnoreCase));

    // Every Latin word the entries write in lower case: such a word is an everyday word, not a name.
    private readonly Lazy<HashSet<string>> _lowercaseWords = new(() => [.. catalog.All.SelectMany(e =>
        LowercaseWord().Matches(e.FullText(KnowledgeLanguage.English) + "\n" + e.FullText(KnowledgeLanguage.Chinese)).Select(m => m.Value))]);

    // Abbreviations of units, currencies and everyday words name no mark or body, whether or not an entry writes them.
    private static readonly HashSet<string> EverydayAbbreviations = new(StringComparer.Ordinal)
    {
        "OK", "FAQ", "AI", "APP", "PDF", "TV", "PC", "IT", "CEO", "GMV", "ROI", "KPI", "CBM", "KG", "CM", "MM", "PCS", "CTN",
        "USD", "EUR", "GBP", "RMB", "CNY", "JPY", "HKD", "ASAP", "FYI", "DIY", "ETA", "ETD", "QA", "QC", "PO", "PI",
    };

    // Every acronym the entries write, as written ("EORI", "PSE", "LUCID"), in the names they are found by as well as in their
    // text ("TRO" is a keyword of the IP-complaint playbook, "CAD" a currency's code), and the letters of one written with
    // its number ("RM500" writes the ringgit's sign "RM").
    private readonly Lazy<HashSet<string>> _acronyms = new(() => [.. AcronymWord().Matches(string.Join("\n", catalog.All.Select(e =>
        e.FullText(KnowledgeLanguage.English) + "\n" + e.FullText(KnowledgeLanguage.Chinese))) + "\n" + NamesOutsideText(kb))
        .SelectMany(m => new[] { m.Value, m.Value.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9') }).Where(a => a.Length >= 2)]);

    // What each entry writes in Chinese, built once: counting the entries that write a name reads it for every question.
    private readonly Lazy<string[]> _entryChineseTexts = new(() => [.. catalog.All.Select(e => e.FullText(KnowledgeLanguage.Chinese))]);

    // Everything the entries write in Chinese, with the names of markets, countries and regions.
    private readonly Lazy<string> _chineseText = new(() => string.Join("\n", catalog.All.Select(e => e.FullText(KnowledgeLanguage.Chinese))
        .Concat(kb.Countries.Select(c => c.Name.ZhCn)).Concat(kb.Regions.Select(r => r.Name.ZhCn))));

    // Characters that join or ask ("我们小卖家", "要什么认证", "做哪个计划"): a run holding one is no programme's name.
    private const string NotProgrammeNameCharacters = NotNameCharacters + "我你他们要是在有做和跟与或给对吗呢吧了还也都就才只能会该需请问用";

    // "电子产品认证", "儿童玩具卖家": goods named before the word are what the certificate or seller deals in, not a name.
    private readonly Lazy<ProductCategoryWords> _categories = new(() => new ProductCategoryWords(kb));

    // Longest word read as a shortening of a longer one ("Prop", "Regs").
    private const int MaxShortening = 5;

    // Everything the entries write in English, in lower case: a seller's status is looked up as a phrase.
    private readonly Lazy<string> _lowercaseText = new(() => string.Join("\n", catalog.All.Select(e => e.FullText(KnowledgeLanguage.English) + "\n" + e.FullText(KnowledgeLanguage.Chinese))).ToLowerInvariant());

    // Words before "seller" that say who sells, not which status ("chinese", "new", "small"): no status's name on their own.
    private static readonly HashSet<string> GenericSellerWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "my", "our", "new", "small", "big", "large", "chinese", "china", "foreign", "overseas", "local", "cross-border",
        "third-party", "cross", "border", "individual", "professional", "business", "private", "every", "each", "all", "other", "as", "for", "of",
    };

    // Two characters before 卖家 that say who sells, not which status ("新手卖家要什么条件").
    private static readonly HashSet<string> GenericChineseSellerWords = ["新手", "个人", "企业", "公司", "中国", "国内", "海外", "本土", "跨境", "小型", "大型", "普通", "一般", "所有", "入驻", "境外", "外国", "工厂"];

    // Characters of question words and determiners ("哪家快递", "这个平台", "用什么物流"): never part of a company's name.
    // "20欧的小包裹": 的 and 到 join words, they start no name either.
    private const string NotNameCharacters = "哪什这那其别每各该某些个最更么样的到";

    // Every English index term of every entry (Latin words in the Chinese text included).
    // The names entries are found by (keywords, aliases, currencies) count as written: a question using one is about the
    // entry that carries it, not about something the base does not hold.
    private readonly Lazy<HashSet<string>> _vocabulary = new(() => [.. catalog.All.SelectMany(e =>
        search.Terms(e.FullText(KnowledgeLanguage.English) + "\n" + e.FullText(KnowledgeLanguage.Chinese), KnowledgeLanguage.English))
        .Concat(search.Terms(NamesOutsideText(kb), KnowledgeLanguage.English))]);

    /// <summary>
    /// The names the data gives entries and money outside the entries' own text: playbooks' keywords, glossary terms'
    /// aliases, channels' aliases, and each currency's code and names ("CAD", "SGD", "ringgit").
    /// </summary>
    private static string NamesOutsideText(KnowledgeBase kb) => string.Join("\n",
        kb.Playbooks.SelectMany(p => p.Keywords.En.Concat(p.Keywords.ZhCn))
            .Concat(kb.Glossary.SelectMany(g => g.Aliases))
            .Concat(kb.LogisticsChannels.SelectMany(c => (c.Aliases?.En ?? []).Concat(c.Aliases?.ZhCn ?? [])))
            .Concat(kb.ExchangeRates.Rates.SelectMany(r => (r.Names?.En ?? []).Concat(r.Names?.ZhCn ?? []).Append(r.Currency))));

    /// <summary>
    /// Names in the question that no entry of the knowledge base ever uses ("Kaufland", "Wildberries"): a question about
    /// them is about something the knowledge base does not hold, whatever else it shares with an entry.
    /// </summary>
    public IReadOnlyList<string> UnknownNames(QuestionAnalysis question)
    {
        var chinese = KnowledgeLanguage.IsChinese(question.Language);
        var unknown = new List<string>();
        foreach (Match word in NameLikeWord().Matches(question.Text))
        {
            // In English a name is written with a capital; inside Chinese any Latin word stands out as one; a side of a
            // comparison is a name however it is written ("shopee vs foobarmart").
            var looksLikeName = chinese || char.IsUpper(word.Value[0]) || (question.AsksComparison && ComparedSide(question.Text, word));
            // "Mehrwertsteuer", "MwSt": a market's own name for its VAT is the tax asked about, not a name the base lacks.
            if (!looksLikeName || QuestionAnalyzer.NamesATax(word.Value) || _regionWords.Value.Contains(word.Value) || TouchesAnEntity(question, word.Index, word.Length))
            {
                continue;
            }

            var stems = search.Terms(word.Value, KnowledgeLanguage.English);
            // A shortening of a word the entries use ("Prop" for "Proposition") is not a new name; a longer word is not a
            // shortening ("Vinted" is no part of "vintage").
            if (stems.Count > 0 && stems.All(t => !AskedTerms.QuestionWords.Contains(t) && !_vocabulary.Value.Contains(t)
                && (word.Length > MaxShortening || !_vocabulary.Value.Any(v => v.StartsWith(t, StringComparison.Ordinal)))))
            {
                unknown.Add(word.Value);
            }
        }

        // "yto express", "sf international", "ul certification", "energy star label": in lower case, the word right before a
        // word for a carrier's service or a mark is that carrier's or mark's name; if no entry ever uses it, the base does
        // not hold it ("dhl express", "economy express", "ce certification" are written by entries).
        foreach (Match word in LowercaseServiceName().Matches(question.Text))
        {
            var name = word.Groups["name"].Value;
            var stems = search.Terms(name, KnowledgeLanguage.English);
            // "1 million dong express exemption": a currency before the word is the unit of an amount, not a carrier.
            if (!unknown.Contains(name) && stems.Count > 0 && !AskedTerms.IsCurrencyWord(name) && stems.All(t => !AskedTerms.QuestionWords.Contains(t) && !_vocabulary.Value.Contains(t))
                && !_regionWords.Value.Contains(name) && !_countryWords.Value.Contains(name) && !QuestionAnalyzer.NamesATax(name)
                && !TouchesAnEntity(question, word.Index, name.Length))
            {
                unknown.Add(name);
            }
        }

        // "vat on goods imported into dhaka", "a certificate of free sale from ccpit": in lower case, the last word of a question
        // after "into / to / from / at" is where the goods go or who issues something; if no entry ever uses it, the base
        // does not hold that place or body.
        if (PlaceAtTheEnd().Match(question.Text) is { Success: true } place)
        {
            var name = place.Groups["name"].Value;
            var stems = search.Terms(name, KnowledgeLanguage.English);
            if (!unknown.Contains(name) && stems.Count > 0 && stems.All(t => !AskedTerms.QuestionWords.Contains(t) && !_vocabulary.Value.Contains(t))
                && !_regionWords.Value.Contains(name) && !_countryWords.Value.Contains(name) && !QuestionAnalyzer.NamesATax(name)
                && !TouchesAnEntity(question, place.Groups["name"].Index, name.Length))
            {
                unknown.Add(name);
            }
        }

        // "amazon climate pledge friendly badge", "qi wireless charging certification", "亚马逊早期评论人计划": a programme, badge
        // or certificate is named by the words right before the word for it. When a word of
        // that name is one no entry ever uses (in English), or no ending of the name is written by the entries (in Chinese),
        // the question is about a thing the base does not hold, not about the platform or market beside it.
        foreach (Match word in ProgrammeName().Matches(question.Text))
        {
            var name = word.Groups["name"].Value;
            // "walmart pro seller badge": a word that is itself a name the question uses (the platform) is not the programme's.
            var words = WordsOutsideEntities(question, word.Groups["name"]);
            if (!unknown.Contains(name)
                && words.Any(w => search.Terms(w, KnowledgeLanguage.English) is { Count: > 0 } stems && !AskedTerms.IsCurrencyWord(w)
                    && stems.All(t => !AskedTerms.QuestionWords.Contains(t) && !_vocabulary.Value.Contains(t))
                    && !_regionWords.Value.Contains(w) && !_countryWords.Value.Contains(w) && !QuestionAnalyzer.NamesATax(w)))
            {
                unknown.Add(name);
            }
        }

        foreach (Match word in ChineseProgrammeName().Matches(question.Text))
        {
            var name = word.Groups["name"].Value;
            // Every ending of the run is checked, not only the whole: a run ending in a word the entries write is a clause's
            // words before the programme word, not a programme's name.
            if (!unknown.Contains(name) && Enumerable.Range(2, name.Length - 1).All(n => !_chineseText.Value.Contains(name[^n..], StringComparison.Ordinal))
                && !name.Any(NotProgrammeNameCharacters.Contains)
                && _categories.Value.Of(name) is null
                && !TouchesAnEntity(question, word.Index, name.Length))
            {
                unknown.Add(name);
            }
        }

        // "ebay power seller requirements", "walmart top rated seller program": a seller's status is named by the words before
        // "seller" when the question asks what it takes (requirements, criteria, a programme). If no entry writes that name with
        // "seller", it is a status the base does not hold, not the platform beside it. Only before such a word: "chinese seller
        // fees" names who pays, not a status.
        foreach (Match status in SellerStatusName().Matches(question.Text))
        {
            // "ebay power seller": a word that is a name the question uses (the platform) is not the status's.
            var words = WordsOutsideEntities(question, status.Groups["name"]);
            var phrase = string.Join(' ', words) + " seller";
            if (words.Count > 0 && !unknown.Contains(phrase) && !_lowercaseText.Value.Contains(phrase, StringComparison.Ordinal)
                && !words.All(w => AskedTerms.QuestionWords.Overlaps(search.Terms(w, KnowledgeLanguage.English)) || GenericSellerWords.Contains(w)))
            {
                unknown.Add(phrase);
            }
        }

        // "速卖通金牌卖家要达到什么标准": the same in Chinese, two characters before 卖家 that no entry writes before it.
        foreach (Match status in ChineseSellerStatusName().Matches(question.Text))
        {
            var name = status.Groups["name"].Value;
            if (!unknown.Contains(name) && !_chineseText.Value.Contains(name + "卖家", StringComparison.Ordinal)
                && !name.Any(NotProgrammeNameCharacters.Contains) && !GenericChineseSellerWords.Contains(name)
                && !TouchesAnEntity(question, status.Index, name.Length))
            {
                unknown.Add(name);
            }
        }

        // "otto.de commission", "cdiscount.fr", "bol.com": a web address names a shop; if no entry uses its name, the base does
        // not hold that shop, however the rest of the question reads.
        foreach (Match site in WebAddress().Matches(question.Text))
        {
            var name = site.Groups["name"].Value;
            if (!unknown.Contains(site.Value) && search.Terms(name, KnowledgeLanguage.English) is { Count: > 0 } stems && stems.All(t => !_vocabulary.Value.Contains(t))
                && !TouchesAnEntity(question, site.Index, site.Length))
            {
                unknown.Add(site.Value);
            }
        }

        // "eu deforestation regulation", "forced labour act": a law is named by the words before "regulation", "directive" or
        // "act"; a word of that name no entry ever uses means a law the base does not hold.
        foreach (Match law in LawName().Matches(question.Text))
        {
            var name = law.Groups["name"].Value;
            var words = WordsOutsideEntities(question, law.Groups["name"]);
            if (!unknown.Contains(name) && words.Any(w => search.Terms(w, KnowledgeLanguage.English) is { Count: > 0 } stems
                    && stems.All(t => !AskedTerms.QuestionWords.Contains(t) && !_vocabulary.Value.Contains(t))
                    && !_regionWords.Value.Contains(w) && !_countryWords.Value.Contains(w) && !QuestionAnalyzer.NamesATax(w)))
            {
                unknown.Add(name);
            }
        }

        // "UL", "GS", "TÜV", "ISED": an acronym no entry ever writes is a mark or body the knowledge base does not hold,
        // even when its letters begin common words.
        foreach (Match word in AcronymWord().Matches(question.Text))
        {
            if (!unknown.Contains(word.Value) && !_acronyms.Value.Contains(word.Value) && !EverydayAbbreviations.Contains(word.Value) && !QuestionAnalyzer.NamesATax(word.Value)
                && !TouchesAnEntity(question, word.Index, word.Length))
            {
                unknown.Add(word.Value);
            }
        }

        // "店匠建站", "京东国际", "中通国际物流": the two characters before a word for a kind of service are the company's
        // name; if no entry ever writes them, the company is one the knowledge base does not hold.
        foreach (Match word in ChineseServiceName().Matches(question.Text))
        {
            var name = word.Groups["name"].Value;
            if (!_chineseText.Value.Contains(name, StringComparison.Ordinal) && !name.Any(NotNameCharacters.Contains)
                && !TouchesAnEntity(question, word.Index, name.Length))
            {
                unknown.Add(name);
            }
        }

        // "派安盈提现要扣多少手续费", "义乌购是什么平台": the words a question opens with, right before what it asks about
        // them, are its subject; a subject no entry ever writes is a company or service the knowledge base does not hold.
        if (ChineseOpeningSubject().Match(question.Text) is { Success: true } opening)
        {
            var name = opening.Groups["name"].Value;
            if (!unknown.Contains(name) && !_chineseText.Value.Contains(name, StringComparison.Ordinal) && !name.Any(NotNameCharacters.Contains)
                && !question.Entities.Any(e => e.Start < name.Length))
            {
                unknown.Add(name);
            }
        }

        return unknown;
    }

    /// <summary>
    /// Names in the question that entries use only as names, never as everyday words, and that are not names of entries
    /// ("Payoneer" in Lazada's requirements, "Rotterdam" in the Netherlands' summary): what the question is about.
    /// </summary>
    public IReadOnlyList<string> MentionedNames(QuestionAnalysis question)
    {
        var chinese = KnowledgeLanguage.IsChinese(question.Language);
        var names = new List<string>();
        foreach (Match word in NameLikeWord().Matches(question.Text))
        {
            // The first word of an English sentence is capitalised whatever it is; one with a capital inside ("LianLian",
            // "PingPong") is a name even there.
            var looksLikeName = chinese || (char.IsUpper(word.Value[0]) && (word.Index > 0 || word.Value.Skip(1).Any(char.IsUpper)));
            // Countries are weighed as places (China, the sellers' home, is no entity but still a place).
            if (looksLikeName && !_lowercaseWords.Value.Contains(word.Value.ToLowerInvariant()) && !_countryWords.Value.Contains(word.Value) && _vocabulary.Value.Overlaps(search.Terms(word.Value, KnowledgeLanguage.English))
                && !TouchesAnEntity(question, word.Index, word.Length))
            {
                names.Add(word.Value);
            }
        }

        // "天猫国际入驻费用": a company named before a word for its kind of service that an entry writes only in passing
        // (Kaola's merger into 天猫国际) is what the question is about, as a Latin name would be.
        foreach (Match word in ChineseServiceName().Matches(question.Text))
        {
            var name = word.Groups["name"].Value;
            // Written by one or two entries it is a company named in passing; written by more it is an everyday word ("国际", "跨境").
            if (_chineseText.Value.Contains(name, StringComparison.Ordinal) && !name.Any(NotNameCharacters.Contains) && !names.Contains(name)
                && _entryChineseTexts.Value.Count(text => text.Contains(name, StringComparison.Ordinal)) <= 2
                && !TouchesAnEntity(question, word.Index, name.Length)
                && !kb.Countries.Any(c => c.Name.ZhCn.Contains(name, StringComparison.Ordinal)) && !kb.Regions.Any(r => r.Name.ZhCn.Contains(name, StringComparison.Ordinal)))
            {
                names.Add(name);
            }
        }

        return names;
    }

    private static bool ComparedSide(string text, Match word)
    {
        var before = text[..word.Index].TrimEnd();
        var after = text[(word.Index + word.Length)..].TrimStart();
        return ComparisonJoinBefore().IsMatch(before) || ComparisonJoinAfter().IsMatch(after);
    }

    // True when the question's text from start for length characters overlaps a name its entities found (a platform, a market).
    private static bool TouchesAnEntity(QuestionAnalysis question, int start, int length) =>
        question.Entities.Any(e => start < e.Start + e.Surface.Length && e.Start < start + length);

    // The words of a matched name that are not themselves a name the question's entities found: in "walmart pro seller badge"
    // the platform's word is not the programme's.
    private static List<string> WordsOutsideEntities(QuestionAnalysis question, Group name) =>
        Word().Matches(name.Value).Where(w => !TouchesAnEntity(question, name.Index + w.Index, w.Length)).Select(w => w.Value).ToList();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Word();

    [GeneratedRegex(@"(?<![A-Za-z0-9&-])(?<name>[a-z][a-z0-9&]{1,11})\s+(?=(?:express|international|logistics|courier|post|certification|certificate|certified|approval|mark|marking|label|sticker|listing|listed)\b)")]
    private static partial Regex LowercaseServiceName();

    // One to three lower-case words right before a word for a badge or a certificate. "seller", "status" and "programme" are
    // not among them: measured, they also follow everyday words that hold no name (a held-out set lost a right answer).
    [GeneratedRegex(@"(?<![A-Za-z0-9&.'-])(?<name>[a-z][a-z'-]{1,}(?:\s+[a-z][a-z'-]{1,}){0,2})\s+(?=(?:badges?|certification|certificate|label|logo|seal)\b)")]
    private static partial Regex ProgrammeName();

    // Two to four characters right before a word for a programme or a badge. Not "卖家" nor "认证": measured, the characters
    // before them are often a clause's words ("刚入驻的跨境卖家"; a held-out set lost a right answer), not a name.
    [GeneratedRegex(@"(?<name>\p{IsCJKUnifiedIdeographs}{2,4})(?=计划|项目|徽章|勋章)")]
    private static partial Regex ChineseProgrammeName();

    // One or two lower-case words before "seller", followed by what it takes: "power seller requirements", "top rated seller
    // program", "preferred seller criteria".
    [GeneratedRegex(@"(?<![A-Za-z0-9&.'-])(?<name>[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?)\s+sellers?\s+(?=(?:requirements?|criteria|status|program|programme|standards?|eligibility|qualif\w*|tier|level|badge)\b)")]
    private static partial Regex SellerStatusName();

    // Two characters before 卖家, followed within a few characters by what it takes (标准, 要求, 条件, 资格, 门槛, 考核).
    [GeneratedRegex(@"(?<name>\p{IsCJKUnifiedIdeographs}{2})卖家(?=[^，。？?！!]{0,8}(?:标准|要求|条件|资格|门槛|考核))")]
    private static partial Regex ChineseSellerStatusName();

    // A web address: a name, a dot and a country or generic ending ("otto.de", "bol.com", "ebay.co.uk").
    [GeneratedRegex(@"(?<![A-Za-z0-9.@/-])(?<name>[A-Za-z][A-Za-z0-9-]{1,30})\.(?:com|net|shop|store|de|fr|it|es|nl|pl|ro|cz|se|be|at|ch|co\.uk|uk|jp|kr|in|ca|com\.au|com\.br|com\.mx|ae|sa)(?![A-Za-z0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex WebAddress();

    // One to three lower-case words before the word for a law.
    [GeneratedRegex(@"(?<![A-Za-z0-9&.'-])(?<name>[a-z][a-z'-]{1,}(?:\s+[a-z][a-z'-]{1,}){0,2})\s+(?=(?:regulation|directive|act)\b)")]
    private static partial Regex LawName();

    [GeneratedRegex(@"\b(?:into|to|from|at)\s+(?<name>(?!(?:pounds|euros|dollars|yuan|kilos|grams|tonnes|months|weeks|years|total|once|least|most|first|home|work|customs|market)\b)[a-z]{4,})\s*[?.!]*\s*$")]
    private static partial Regex PlaceAtTheEnd();

    [GeneratedRegex(@"(?<name>\p{IsCJKUnifiedIdeographs}{2})(?=国际|物流|快递|速递|支付|收款|建站|商城|小包|专线)")]
    private static partial Regex ChineseServiceName();

    [GeneratedRegex(@"^(?<name>\p{IsCJKUnifiedIdeographs}{2,4}?)(?=是什么|是啥|是哪|是干|是做|怎么样|怎么收费|好用吗|靠谱吗|提现|开户|费率|手续费|收费|多少钱|佣金|的费率|的手续费|的收费|的佣金)")]
    private static partial Regex ChineseOpeningSubject();

    [GeneratedRegex(@"(\bvs\.?|\bversus|\bor|\bthan|\bwith|还是|和|跟|与|或)$", RegexOptions.IgnoreCase)]
    private static partial Regex ComparisonJoinBefore();

    [GeneratedRegex(@"^(vs\b|versus\b|or\b|还是|和|跟|与|或)", RegexOptions.IgnoreCase)]
    private static partial Regex ComparisonJoinAfter();

    [GeneratedRegex(@"(?<![A-Za-z])[a-z][a-z'-]+(?![A-Za-z])")]
    private static partial Regex LowercaseWord();

    // Two to six capitals (umlauts included) standing alone or against Chinese text: "GS认证", "TÜV".
    [GeneratedRegex(@"(?<![A-Za-z0-9\p{Ll}])\p{Lu}[\p{Lu}0-9]{1,5}(?![A-Za-z0-9\p{Ll}])")]
    private static partial Regex AcronymWord();

    // Letters first, then letters or digits: "Qoo10" is a name as much as "Kaufland" is.
    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9'-]{3,}(?![A-Za-z0-9])")]
    private static partial Regex NameLikeWord();
}
