using System.Collections.Concurrent;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Knowledge.Search;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// What a question asks beyond its names and question words, as index terms, and how much of it an entry or a sentence
/// talks about (which tells an answer from a guess). Split from <see cref="AnswerRanker"/>, which scores the entries.
/// </summary>
internal sealed partial class AskedTerms(KnowledgeSearch search)
{

    // Words that say what kind of answer is wanted, not what it is about (also never a name: see QuestionNames).
    public static readonly HashSet<string> QuestionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "是", "什么", "多少", "怎么", "怎么办", "吗", "的", "了", "有", "哪", "哪个", "哪些", "要", "需要", "我", "我们", "你", "可以",
        "如何", "现在", "还", "呢", "意思", "几", "吧", "在", "和", "与", "或", "对", "把", "被", "给", "到", "往", "从", "会", "能", "该",
        "应该", "这", "那", "个", "一", "请问", "请", "告诉", "说", "问", "么", "怎样", "为什么", "哪里", "谁", "时候", "多久", "钱",
        "还有", "？", "?", "区别", "不同", "好", "怎么样", "吗？", "是否", "一下", "多", "少", "天", "用", "做", "卖", "家", "里",
        "rate", "percent", "long", "day", "much", "differ", "better", "vs", "versu", "compar", "exactli", "usual", "now",
        "still", "there", "which", "often", "realli", "actual", "current", "todai", "thing", "work", "mean", "stand",
        "sell", "oper", "happen", "countri", "give", "sai", "suggest", "recommend", "advic", "us", "standard",
        "januari", "februari", "march", "april", "mai", "june", "juli", "august", "septemb", "octob", "novemb", "decemb",
        "keep", "hear", "heard", "wonder", "curiou", "hi", "hello", "thank", "thanks", "pleas", "question", "quick",
        "commerc", "ecommerc", "e", "onlin", "cross", "border", "paper", "articl", "studi", "跨境", "电商", "电子商务", "论文", "文章",
        "一直", "总是", "经常", "老是", "最近", "问题", "情况", "什么样", "哪些国家", "国家", "地区",
        "这个", "那个", "术语", "概念", "理解", "解释", "啥", "咋", "上面", "里面",

        // "ASIN码是什么东西", "EPR指的是什么", "PSE认证是干什么的": filler around a definition question, not what it is about.
        "东西", "指", "干什么", "干嘛", "干啥", "嘛", "码",

        // "tell me about the Australian market", "介绍一下泰国市场": a market named with nothing else asks for its overview.
        "tell", "overview", "introduc", "market", "介绍", "概况", "市场",
        "start", "begin", "appli", "effect", "forc", "kick", "come", "came", "take", "took", "enter", "chang",
        "开始", "生效", "实施", "施行", "适用", "执行", "哪天", "起", "从",
        "threshold", "limit", "门槛", "额度", "起征点",

        // "Is X mandatory?", "do I need X": whether X is required is the question's form; X is what it is about.
        "mandatori", "requir", "necessari", "oblig", "compulsori", "必须", "必需", "强制",

        // "卖欧盟一定要有欧代吗", "清关代理具体负责什么", "IOSS跟OSS差在哪", "exact date …", "since what year": how firmly, how
        // exactly or in what form something is asked, not what it is about.
        "一定", "直接", "具体", "到底", "究竟", "一般", "大概", "大约", "跟", "差", "干", "发", "走",
        "exact", "date", "year",

        // "before 2016 what was …", "around 20th april 2025": when, not what ("只在亚马逊欧洲站卖": only, and which store).
        "befor", "after", "around", "until", "till", "只", "站",

        // The form of a question about a named thing, by class rather than by phrase: how many in all ("一共有几个", "in total"),
        // which part or piece ("具体指哪一段", "包括哪几块", "what does it include"), its number ("法规编号", "正式文号"),
        // whether it is the same ("有什么不一样"), "too" / "also" ("do I need X too"), and where the user met the name
        // ("邮件里提到", "后台提示", "saw it mentioned"). None says what the thing is about.
        "一共", "总共", "几种", "几项", "几位", "几条", "多少个", "多少种", "total",
        "哪段", "段", "块", "包括", "包含", "includ",
        "编号", "文号", "正式", "offici", "版", "version",
        "一样",
        "too", "also", "也",
        "邮件", "提到", "提", "后台", "看到", "听说", "mention",

        // Where a named thing is obtained or which body issues it ("CPC要去哪里办", "UKCA标志去哪里办理", "cf-28 comes from
        // which agency", "CSMS消息是哪个部门发的"): the form of the question; the thing's own entry says who and where.
        "去", "办", "办理", "agenc", "部门", "机构",
    };

    private readonly ConcurrentDictionary<(AnswerEntry, string), HashSet<string>> _entryTerms = new();

    /// <summary>
    /// The question's own words as index terms, and — in Chinese — with the single characters the analyzer cut from a
    /// word it does not know joined back ("入驻", "菜鸟无忧"). An entry covers the question as far as either form says.
    /// </summary>
    public (IReadOnlyList<string> Terms, IReadOnlyList<string> Words) Of(QuestionAnalysis question)
    {
        var text = question.SearchText;
        // The same words may name two things (IOSS the term and the scheme): blank them once.
        foreach (var entity in question.Entities.DistinctBy(e => e.Start).OrderByDescending(e => e.Start))
        {
            if (entity.Start + entity.Surface.Length <= text.Length)
            {
                text = text.Remove(entity.Start, entity.Surface.Length).Insert(entity.Start, " ");
            }
        }

        // "we're a 6 person shop, do we need a CPC", "我们是做LED灯的小厂 RCM怎么弄": the user's own context says who asks, not
        // what is asked; its words are left out unless nothing else would be left. A question that names what it is about
        // ("prop 65 - does it apply if we only have 8 staff") asks about that even when nothing else is left.
        var withoutContext = UserContext.Strip(text);
        if (!string.Equals(withoutContext, text, StringComparison.Ordinal)
            && (question.Subjects.Any() || search.Terms(withoutContext, question.Language).Any(t => !QuestionWords.Contains(t) && !t.Any(char.IsDigit))))
        {
            text = withoutContext;
        }

        // "卖泰国的货 要不要办E表", "还能不能用", "有没有": a verb asked with its own negation is the question's form (whether); its
        // negation is no word of what is asked, but the verb stays one ("收不收…税" still asks about collecting); "不收税" on
        // its own still counts whole.
        text = AskedWhether().Replace(text, "$1");

        // "German customers' VAT rate": the customer says who pays, and its stem ("custom") would read as customs.
        text = Customer().Replace(text, " ");
        // "oss threshold 10000 euro", "马来西亚500令吉以下": a currency is the unit of an amount (matched as a number), and
        // entries write it as a code or a sign ("€", "RM"), not as the word.
        text = CurrencyWord().Replace(text, " ");
        // "flexible supply roadmap step": the roadmap and its steps say where the answer is (see AnswerRanker), not what it says.
        text = RoadmapWords().Replace(text, " ");
        // "澳洲gst是百分之十吗": a figure written in Chinese numerals is an amount quoted, not a word asked.
        text = ChineseNumber().Replace(text, " ");
        // "how to cut that", "怎么处理": how to handle a problem is the question's form; the problem is what it is about.
        if (QuestionAnalyzer.AsksHowToHandle(question.Text))
        {
            text = HandlingWords().Replace(text, " ");
        }
        // "What does 双清包税 mean?": inside a Chinese question, English question words are still question words.
        if (KnowledgeLanguage.IsChinese(question.Language))
        {
            text = LatinWord().Replace(text, w => search.Terms(w.Value, KnowledgeLanguage.English).All(QuestionWords.Contains) ? " " : w.Value);
        }

        // Amounts ("rm500", "800") are matched as numbers, not words; a lone letter is what is left of "Amazon's".
        var terms = search.Terms(text, question.Language).Where(t => !QuestionWords.Contains(t) && !t.Any(char.IsDigit) && !(t.Length == 1 && t[0] < '\u2E80')).ToList();
        return (terms, KnowledgeLanguage.IsChinese(question.Language) ? ChineseWords.Joined(terms, text) : terms);
    }

    /// <summary>How many of the question's own words one text (a sentence of an entry) uses.</summary>
    public int WordsIn(string text, IReadOnlyList<string> content, string language)
    {
        var terms = search.Terms(text, language).ToHashSet(StringComparer.Ordinal);
        return content.Count(word => ChineseWords.Holds(terms, text, word));
    }

    public double CoverageOf(AnswerEntry entry, IReadOnlyList<string> content, string language)
    {
        if (content.Count == 0)
        {
            return 1;
        }

        var terms = _entryTerms.GetOrAdd((entry, language), key => [.. search.Terms(key.Item1.FullText(key.Item2), key.Item2)]);
        var text = entry.FullText(language);
        return content.Count(word => ChineseWords.Holds(terms, text, word)) / (double)content.Count;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bcustomers?'?s?\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Customer();

    [System.Text.RegularExpressions.GeneratedRegex(@"(\p{IsCJKUnifiedIdeographs})[不没]\1")]
    private static partial System.Text.RegularExpressions.Regex AskedWhether();

    [System.Text.RegularExpressions.GeneratedRegex(@"[A-Za-z]+")]
    private static partial System.Text.RegularExpressions.Regex LatinWord();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:handle|deal with|fix|cut|reduce|lower|bring (?:that |it |this )?down|stop|respond|react|that|this)\b|怎么办|如何|怎么|处理|应对|解决", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex HandlingWords();

    /// <summary>"roadmap", "路线图", "the … step", "这一步": the roadmap or one of its steps; not "step by step", "next step" or "first step".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\broad ?map\b|路线图|(?<!\b(?:next|first|last|by)\s)\bstep\b(?!\s+by\b)|这一步|那一步|哪一步|这步|那步", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    internal static partial System.Text.RegularExpressions.Regex RoadmapWords();

    // The numeral run is tried from its first character only: tried from every character of a long run of numerals with no
    // "个点" after it, the pattern would take time quadratic in the run's length.
    [System.Text.RegularExpressions.GeneratedRegex(@"百分之[零一二三四五六七八九十百点两]+|(?<![零一二三四五六七八九十两])[零一二三四五六七八九十两]+(?:个点|个百分点)")]
    private static partial System.Text.RegularExpressions.Regex ChineseNumber();

    // "won", "real" and "try" (the lira's code) are everyday English words too, so they stay.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:euros?|ringgits?|pesos?|riyals?|yen|dollars?|baht|pounds?|rupees?|dirhams?|reais|yuan|dong|rubles?|roubles?|zloty|lira)\b|欧元|美元|澳元|日元|英镑|令吉|林吉特|比索|泰铢|里亚尔|迪拉姆|卢比|韩元|越南盾|加元|新币|新元|人民币|雷亚尔|卢布|兹罗提|里拉|印尼盾", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex CurrencyWord();

    /// <summary>Whether a word is a currency's name ("dong", "ringgit", "欧元"): the unit of an amount, never a company's name.</summary>
    public static bool IsCurrencyWord(string word) => CurrencyWord().Match(word) is { Success: true } m && m.Length == word.Length;
}
