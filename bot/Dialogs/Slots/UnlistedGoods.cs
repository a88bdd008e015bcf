using System.Text.RegularExpressions;

namespace CrossBorderBot.Dialogs.Slots;

/// <summary>
/// The goods a seller names, in the seller's words ("our silicone teething rings", "foam rollers and jump ropes", "卖真丝
/// 睡衣", "我们做手工风筝", "handmade soap" as the reply to the category question), so a guide can keep them and say them
/// back as said — whether or not the category list has a name for them — instead of asking what is sold again. In a
/// longer message only goods after a word of selling or making count: with "our" / "my" / "the" before them, or after
/// "we sell", "we make", "我们做", or said by examples ("…, mugs, bowls, that kind of thing", "花瓶摆件这些"); as the reply to
/// the category question, the reply itself.
/// </summary>
public static partial class UnlistedGoods
{
    /// <summary>Longer replies are sentences, not the name of goods.</summary>
    private const int MaxReplyLength = 40;

    private const int MaxReplyWords = 5;

    /// <summary>The goods named, in the seller's words; null when none.</summary>
    public static string? Named(string? text, bool atItsQuestion)
    {
        var normalized = SlotVocabulary.Normalize(text);
        if (normalized.Length == 0 || text!.Contains('?') || text.Contains('？'))
        {
            return atItsQuestion ? null : Said(normalized);
        }

        if (atItsQuestion)
        {
            var reply = ReplyLeadIn().Replace(normalized, string.Empty).Trim();
            return reply.Length is > 1 and <= MaxReplyLength && reply.Split(' ').Length <= MaxReplyWords && !Generic(reply)
                && reply.All(c => char.IsLetter(c) || c is ' ' or '-' or '\'') && LooksLikeGoods(reply)
                ? reply
                : null;
        }

        return Said(normalized);
    }

    // The first goods said that are goods: "advice on which marketplace for our bathroom faucets" names the marketplace
    // first (no goods), then the faucets.
    private static string? Said(string normalized) =>
        EnglishGoods().Matches(normalized).Concat(ChineseGoods().Matches(normalized)).Concat(ExampleGoods().Matches(normalized))
            .Select(match => match.Groups["goods"].Value.Trim())
            .FirstOrDefault(goods => goods.Length > 1 && !Generic(goods));

    private static bool Generic(string goods) => GenericWords().IsMatch(goods);

    // A name of goods: English words that are words (each with a vowel: not "qwzx"), or Chinese that is no colour, no
    // sentence ending ("蓝色的", "还是蓝色") — a reply that is no answer is asked again, not kept as goods.
    private static bool LooksLikeGoods(string reply) =>
        reply.Any(c => c is >= '\u4e00' and <= '\u9fff')
            ? !NotChineseGoods().IsMatch(reply)
            : reply.Split(' ', '-').All(word => word.Length == 0 || word.Any(c => "aeiouy".Contains(c, StringComparison.Ordinal))) && reply.Length >= 3;

    [GeneratedRegex(@"^(?:还是|就是|是|也|都)|[的了吗呢吧啊]$|^[红橙黄绿青蓝紫黑白灰粉棕金银]色")]
    private static partial Regex NotChineseGoods();

    // "sell our …", "make the …", "a platform for our …": after "for", "of", "with" only the seller's own goods ("our", "my"),
    // so "2.5 kg with the packaging" names no goods.
    // "we sell foam rollers…", "we make beeswax wraps…": after the seller as subject no "our" is needed, but a preposition or
    // a way of selling ("we sell to households", "we sell on amazon", "we sell wholesale") is no goods.
    // "selling teapots to …", "we want to sell wool scarves…", "b2c dog harnesses, …": goods straight after selling, a wish
    // to sell or the way of selling, unless a preposition, a determiner or a way of selling follows instead. "advice for
    // handmade soy candles": goods after asking advice for them. "a small knitwear label": goods before the seller's own
    // kind of business (a label, a brand, a maker, a workshop, a studio: never "a small us company").
    [GeneratedRegex(@"\b(?:(?:sell(?:ing|s)?|make|making|produce|producing|manufacture|list(?:ing)?)\s+(?:our|my|the|these|some)|(?:for|of|with)\s+(?:our|my)|(?:advice|recommendations?|suggestions?|tips)\s+for(?:\s+(?:our|my|some))?|(?:a|an|our|my)\s+(?:small|little|tiny|new|young|family)(?=\s+[a-z' -]{2,30}?\s+(?:label|brand|maker|workshop|studio)\b)|(?:we|i)\s+(?:sell|make|produce|manufacture)(?:\s+both)?(?!\s+(?:to|on|in|at|via|through|online|abroad|overseas|directly|direct|mainly|mostly|only|b2b|b2c|wholesale|retail|it|them|stuff|things)\b)|(?:selling|(?:want|wants|wanna|need|plan|planning|hope|hoping|trying|try)\s+to\s+sell|b2[bc])(?!\s+(?:to|on|in|at|via|through|online|abroad|overseas|directly|direct|mainly|mostly|only|b2b|b2c|wholesale|retail|it|them|stuff|things|our|my|the|these|some|both|and|or|for|with|from|platforms?|marketplaces?|products?|goods|well|fast|badly|poorly|more|less)\b))\s+(?<goods>[a-z][a-z' -]{2,40}?)(?=\s+(?:to|in|on|for|online|abroad|overseas|which|where|what|that|with|label|brand|maker|workshop|studio|and\s+(?:want|need|would|are|we))\b|\s*[,.;?!]|\s*$)")]
    private static partial Regex EnglishGoods();

    // "卖给个人消费者" sells to someone: no goods.
    // "我们义乌这边做圣诞挂饰": the seller's place ("这边", "这里") may stand between the seller and 做.
    // "我们做手工风筝", "我们是做户外家具的": "做" after the seller makes goods ("做过", "做了", "做跨境" name none). "我们公司做宠物用品的，…": the
    // 的 that makes "做宠物用品" a line of business at a clause's end is no part of the goods.
    // "有一批手工香皂想卖到日本": a lot of goods had names them; "我们是做宠物雨衣的小厂": the goods before 的 and the seller's
    // kind of business; "想把茶具卖到欧洲": the goods put before 卖.
    [GeneratedRegex(@"(?:(?<![速买])卖(?![给到往去])|经营|主营|生产|有一?(?:批|箱|款)(?![货东西产品])|(?<=我们|我|公司|工厂|这边|这里)(?:是|同时|也|主要)?做(?![过了]))(?:的是)?(?<goods>[\u4e00-\u9fff]{2,12}?)(?=[，,。？?！!、]|想|要|去|到|寄|发|选|找|上|在|的平台|的(?:[，,。？?！!、]|$|小?(?:厂|工厂|公司|企业|店|商家|卖家|工作室))|哪|帮|$)|把(?<goods>[\u4e00-\u9fff]{2,8}?)(?=卖|出口|上架)")]
    private static partial Regex ChineseGoods();

    // Goods said by examples, a clause of their own: "…, mugs, bowls, that kind of thing", "花瓶摆件这些", "刀具之类的": the
    // example just before the words that make it one (in English the last of the list; one is enough to keep what is sold).
    [GeneratedRegex(@"(?<=(?:^|[,，、;；])\s*)(?<goods>[a-z][a-z' -]{2,30}?),?\s+(?:that\s+kind\s+of\s+(?:thing|stuff)|and\s+the\s+like|and\s+so\s+on|etc)\b|(?<=(?:^|[，,、;；])\s*)(?<goods>[\u4e00-\u9fff]{2,10}?)(?:这些|这类|之类的?|这种|什么的|等等)(?=\s*(?:[，,。？?！!、;；]|$)|的?(?:产品|东西|货))")]
    private static partial Regex ExampleGoods();

    [GeneratedRegex(@"^(?:we\s+(?:sell|make)\s+|mainly\s+|mostly\s+|just\s+|only\s+)+")]
    private static partial Regex ReplyLeadIn();

    // "we did some alibaba b2b before": a word of time after a way of selling is no goods.
    [GeneratedRegex(@"\b(?:business|company|brand|store|shop|products?|goods|stuff|items?|things?|platform|marketplace|site|website|money|team|factory|it|them|this|that|everything|anything|stock|own|way|side|part|listings?|account|ads|orders?|customers?|buyers?|shipping|logistics|before|earlier|previously|already|too|also|ago)\b|跨境|电商|外贸|生意|平台|什么|哪|东西|产品|出口|批发|零售|店|了|过")]
    private static partial Regex GenericWords();
}
