using System.Text.RegularExpressions;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// "蓝牙耳机的HS编码是多少", "hs code for yoga mats": the HS code of a particular product. The knowledge base holds HS chapters
/// per product category, not product codes, so the honest reply says so, gives the chapters of the product's category
/// when it knows the product, and how to find the code — rather than the term's definition as if it answered.
/// </summary>
internal sealed partial class ProductCodeQuestion(KnowledgeBase kb)
{
    private readonly ProductCategoryWords _categories = new(kb);

    // The glossary term whose names ("HS code", "HTS code", "税则号", "海关编码") ask for a tariff code.
    private const string HsCodeTermId = "hs-code";

    /// <summary>The guidance for a question asking a product's HS code; null when the question asks something else.</summary>
    public string? Guidance(QuestionAnalysis q)
    {
        if (q.AsksComparison || !q.Entities.Any(e => e.Id.Equals(HsCodeTermId, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var rest = q.TextWithoutNames();
        var category = _categories.Of(rest);
        // "what does hs code mean on a commercial invoice": what the code is, asked where the user met it, names no product.
        if (category is null && (q.Kind == QuestionKind.Definition || !NamesAProduct(rest)))
        {
            return null;
        }

        var zh = KnowledgeLanguage.IsChinese(q.Language);
        var chapters = category is { HsChapters.Count: > 0 }
            ? zh
                ? $"{category.Name.ZhCn}类商品通常归入第 {string.Join("、", category.HsChapters)} 章。"
                : $"{category.Name.En} usually fall in HS chapter{(category.HsChapters.Count > 1 ? "s" : string.Empty)} {string.Join(", ", category.HsChapters)}. "
            : string.Empty;
        return zh
            ? "我给不出具体商品的HS编码：知识库只按商品类别记录HS章节，不记录单个商品的编码。" + chapters
              + "前六位全球通用，目的国再加位数（美国HTS 10位、欧盟CN 8位/TARIC 10位、中国10位）。请在目的国的税则中查找（美国HTS查询、欧盟TARIC、英国Trade Tariff），或请报关行、货代确认，并在发票和报关单上使用同一编码。"
            : "I can't give the HS code of a particular product: my knowledge base holds HS chapters per product category, not product codes. " + chapters
              + "The first six digits are the same everywhere; the destination adds more (US HTS 10, EU CN 8 / TARIC 10, China 10). Look the product up in the destination's tariff (the US HTS search, the EU's TARIC, the UK Trade Tariff) or ask your customs broker or forwarder, and use the same code on the invoice and the declaration.";
    }

    /// <summary>
    /// "韩国进口运动鞋关税具体多少", "us import duty rate on wooden chairs": the duty rate of one product in a market is its tariff
    /// line's, which the base does not hold (it holds allowances and trade measures); the reply says so and how to find it,
    /// rather than the market's duty-free allowance as if it were the rate. A measure aimed at goods from China ("duty on
    /// Chinese phone cases in Mexico") and an allowance asked ("duty-free limit for shoes") are still answered.
    /// </summary>
    public string? DutyGuidance(QuestionAnalysis q)
    {
        // "duty on yoga pants … under hs 6104": the HS code quoted beside the product is the line asked about, no other subject.
        if (q.AboutDuty != true || q.Kind is QuestionKind.Threshold or QuestionKind.Date or QuestionKind.Comparison || !q.Markets.Any()
            || q.Subjects.Any(s => !s.Id.Equals(HsCodeTermId, StringComparison.OrdinalIgnoreCase)) || !DutyRateAsked().IsMatch(q.Text))
        {
            return null;
        }

        // "面膜卖到韩国 关税税率是多少": a product the categories do not list ("面膜", "bicycles") is still a product.
        var rest = q.TextWithoutNames();
        var category = _categories.Of(rest);
        if (category is null && !NamesADutiedProduct(rest, q.Language))
        {
            return null;
        }

        // "美国对中国耳机加征多少关税": goods from China are asked about the market's measure aimed at them, where it has one and no
        // exact rate of the product is asked; "印度对中国玩具的进口关税" (no such measure) is the product's tariff line still.
        var marketId = q.Markets.First().Id;
        if (HomeCountry().IsMatch(q.SearchText) && (!ExactRate().IsMatch(q.Text) || category is null) && HasMeasureOnChina(marketId))
        {
            return null;
        }

        var zh = KnowledgeLanguage.IsChinese(q.Language);
        var market = kb.FindMarket(marketId)?.Name.Get(q.Language) ?? q.Markets.First().Surface;
        // The landed-cost estimate's approximate general rate for the category, where the base keeps one, is said as such.
        var estimate = kb.ImportRegimes.FirstOrDefault(r => r.Market.Equals(marketId, StringComparison.OrdinalIgnoreCase))?.BaseDutyByCategory
            .FirstOrDefault(d => d.Category == category?.Id)?.Percent.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) is { } percent
            ? zh ? $"落地成本估算按约 {percent}% 的一般税率计算，仅作估算。" : $"For landed-cost estimates I use about {percent} % as the general rate, an approximation only. "
            : string.Empty;
        var chapters = category is { HsChapters.Count: > 0 }
            ? zh ? $"{category.Name.ZhCn}类商品通常归入HS第 {string.Join("、", category.HsChapters)} 章。" : $"{category.Name.En} usually fall in HS chapter{(category.HsChapters.Count > 1 ? "s" : string.Empty)} {string.Join(", ", category.HsChapters)}. "
            : string.Empty;
        return zh
            ? $"我给不出{market}对具体商品的关税税率：知识库记录各市场的免税额度和贸易措施，不记录逐个商品的税则税率。" + chapters
              + estimate + "税率取决于商品在目的国税则中的HS编码：请在目的国的税则中查找（美国HTS查询、欧盟TARIC、英国Trade Tariff等），或请报关行、货代确认。"
            : $"I can't give {market}'s duty rate for a particular product: my knowledge base holds each market's allowances and trade measures, not its tariff line by product. " + chapters
              + estimate + "The rate depends on the product's HS code in the destination's tariff: look it up there (the US HTS search, the EU's TARIC, the UK Trade Tariff and so on) or ask your customs broker or forwarder.";
    }

    private bool HasMeasureOnChina(string marketId) =>
        kb.Compliance.Any(c => c.Kind == ComplianceKind.TradeMeasure && c.Markets.Contains(marketId, StringComparer.OrdinalIgnoreCase)
            && c.Summary.En.Contains("Chin", StringComparison.Ordinal));

    // The goods a duty is asked on ("duty on yoga pants into canada", "面膜卖到韩国 关税") name a product once question words,
    // duty words, the goods' origin and parcel words are gone; "duty on small parcels", "a consignment worth 150 euros",
    // "中国商品的关税" name none. In English the goods are those the duty is "on" or "for".
    private static bool NamesADutiedProduct(string text, string language) =>
        KnowledgeLanguage.IsChinese(language)
            ? NamesAProduct(DutyFiller().Replace(text, " "))
            : DutiedGoods().Match(text) is { Success: true } goods && NamesAProduct(DutyFiller().Replace(goods.Groups["goods"].Value, " "));

    [GeneratedRegex(@"\b(?:duty|duties|tariffs?)\s+(?:rates?\s+)?(?:on|for)\s+(?<goods>[a-z][a-z' -]{2,40}?)(?=\s+(?:into|to|in|from|under|when|if|at|for|shipped|sent|sold|imported)\b|\s*[?.,!]|\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex DutiedGoods();

    // Words left once question words, fillers and "code/number" words are gone name a product ("knee brace", "瑜伽垫").
    private static bool NamesAProduct(string text)
    {
        var left = Filler().Replace(text, " ");
        return Regex.IsMatch(left, @"[a-z]{3,}", RegexOptions.IgnoreCase) || Regex.Matches(left, @"[\u4e00-\u9fff]").Count >= 2;
    }

    [GeneratedRegex(@"\b(?:what|whats|what's|is|are|the|a|an|my|our|for|of|to|in|on|do|does|i|we|you|how|find|look|up|lookup|get|which|where|code|codes|number|numbers|mean|means|meaning|definition|define|explain|product|products|goods|item|items|digits?|six|eight|ten|and|or|vs|versus|pls|please|can|should|use|need|correct|right|my|tell|me|it|this|that|about|from|with|when|why|classify|classification|under|go|goes|point|purpose|important|matter|matters|used|work|works|needed|role|function|difference|between|why|wrong|mistake|digit|first|last|same|everywhere|worldwide|international|internationally|global|globally|country|countries|system|format|structure|shared|many|long|have|has|us|hts|eu|cn|taric)\b|前|全球|统一|通用|国际|各国|每个国家|一样|相同|[?？!！.,，。:：;；'""/()（）-]|\d+|是什么|什么|是多少|多少|意思|怎么|如何|查询|查|找|几位|哪个|哪|的|吗|呢|是|个|位|数|商品|产品|货物|编码|号码|号|请问|一下|要|用|填|归类|分类|对应", RegexOptions.IgnoreCase)]
    private static partial Regex Filler();

    // A rate asked of a duty: "duty rate", "how much duty", "duty … exactly", "关税多少", "关税税率".
    [GeneratedRegex(@"\b(?:duty|duties|tariffs?)\s+(?:rate|rates|percent(?:age)?)\b|\bhow much\b.{0,20}\b(?:duty|duties|tariffs?)\b|\b(?:duty|duties|tariffs?)\b.{0,40}\b(?:exactly|how much|what rate|percent(?:age)?)\b|关税.{0,6}(?:多少|税率|几个点|百分之)|关税$"
        // "what's the import duty on bicycles into thailand": the duty on a product, asked as what it is.
        + @"|\bwhat(?:'s|’s| is| are)\s+(?:the\s+)?(?:import\s+)?(?:duty|duties|tariffs?)\s+(?:rate\s+)?(?:on|for)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DutyRateAsked();

    [GeneratedRegex(@"\b(?:duty|duties|tariffs?|rates?|import|imports|imported|importing|into|exactly|exact|precise|percent(?:age)?|customs|charged?|pay|paid|levied|on|at|much|china|chinese|goods|parcels?|packages?|shipments?|orders?|consignments?|small|cheap|low|value|items?|things?|stuff|sell|selling|ship|shipping|shipped|send|sent|buyers?|customers?|there|now|currently|today|e-?commerce|online|cross-?border|over|under|above|below|worth|dollars?|euros?|pounds?)\b|超过|以上|以下|低于|高于|不到|小于|大于|以内|小件|美元|欧元|英镑|日元|韩元|澳元|加元|新元|比索|泰铢|林吉特|令吉|里亚尔|迪拉姆|卢比|雷亚尔|卢布|越南盾|印尼盾|电商|跨境|关税|进口|出口|税率|具体|对|卖到|卖|发到|寄到|发往|运到|征收|征|收|交|缴|加征|多少|百分之|中国|国产|包裹|小包|快件|货物|商品|东西|产品|货|的|是|个|点|几|税", RegexOptions.IgnoreCase)]
    private static partial Regex DutyFiller();

    // "具体关税税率", "the exact duty rate": the product's own line, asked even where a measure on goods from China applies.
    [GeneratedRegex(@"具体|确切|准确|\bexact(?:ly)?\b|\bprecise(?:ly)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExactRate();

    [GeneratedRegex(@"\bChina\b|\bChinese\b|中国|国产")]
    private static partial Regex HomeCountry();
}
