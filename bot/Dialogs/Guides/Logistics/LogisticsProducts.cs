using CrossBorderBot.Understanding;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// Keeps every product or parcel of a logistics request, as the platform guide keeps several categories: the guide
/// works out the first, the others wait in <see cref="LogisticsAnswers.OtherProducts"/> and are offered after the
/// result; switching to one of them ("toys instead", "5 kg instead") puts the one shown before back on the list.
/// </summary>
public sealed partial class LogisticsProducts(KnowledgeBase knowledgeBase)
{
    /// <summary>Weights closer than this share are one weight said twice ("1.5 lb (0.7 kg)").</summary>
    private const decimal SameWeightShare = 0.05m;

    /// <summary>
    /// The products or parcels a message names, in order, when it names more than one: categories paired with
    /// weights when it gives one weight each, else the categories alone, else the weights alone; empty otherwise.
    /// </summary>
    public IReadOnlyList<LogisticsProduct> Named(MessageEntities entities, string text)
    {
        // "手机壳和数据线" are two products of one category: products named in different words are kept apart, a
        // product named twice ("phone case … phone cases") once.
        entities = ParcelValueInPounds.Of(entities, text);
        var categories = new List<CategoryEntity>();
        // "mugs … no batteries", "蓝牙耳机，有锂电池": a product named only to deny it is not sent, and what another product
        // holds is its goods (asked and kept by the guide), not a second product.
        foreach (var named in NamedCategories.Of(entities, text).Where(c => knowledgeBase.FindCategory(c.Id) is not null))
        {
            if (!categories.Any(kept => string.Equals(kept.Id, named.Id, StringComparison.OrdinalIgnoreCase) && SameWords(kept.Text, named.Text)))
            {
                categories.Add(named);
            }
        }

        var weights = new List<decimal>();
        foreach (var kg in entities.Weights.Select(w => w.Kilograms).Where(kg => kg is > 0 and <= LogisticsSlotReader.MaxWeightKg))
        {
            if (!weights.Any(known => SameWeight(known, kg)))
            {
                weights.Add(kg);
            }
        }

        if (categories.Count >= 2 && weights.Count == categories.Count)
        {
            return [.. categories.Zip(weights, (category, kg) => new LogisticsProduct(category.Id, kg, category.Text))];
        }

        if (categories.Count >= 2)
        {
            return [.. categories.Select(category => new LogisticsProduct(category.Id, null, category.Text))];
        }

        // "1 kg of hand cream and a 2 kg box of scented candles": parcels given by weight are named by the goods after
        // each weight, with the product's category when those words name it.
        var only = categories.FirstOrDefault();
        return weights.Count >= 2 ? [.. weights.Select(kg => ByWeight(kg, entities, text, only))] : [];
    }

    private static LogisticsProduct ByWeight(decimal kg, MessageEntities entities, string text, CategoryEntity? only)
    {
        var weightText = entities.Weights.FirstOrDefault(w => SameWeight(w.Kilograms, kg))?.Text;
        var goods = weightText is null ? null : GoodsAfter(text, weightText);
        if (goods is null)
        {
            return new LogisticsProduct(only?.Id, kg, only?.Text);
        }

        var category = only is not null && goods.Contains(only.Text, StringComparison.OrdinalIgnoreCase) ? only.Id : null;
        return new LogisticsProduct(category, kg, goods);
    }

    // The goods named right after a weight: "2 kg box of scented candles", "2公斤的手工皂".
    private static string? GoodsAfter(string text, string weightText)
    {
        var at = text.IndexOf(weightText, StringComparison.OrdinalIgnoreCase);
        return at < 0 || GoodsWords().Match(text[(at + weightText.Length)..]) is not { Success: true } match ? null : match.Groups["goods"].Value.Trim();
    }

    /// <summary>The answers with the first of <paramref name="named"/> as the product worked out and the rest kept.</summary>
    public static LogisticsAnswers KeepOthers(LogisticsAnswers answers, IReadOnlyList<LogisticsProduct> named)
    {
        if (named.Count < 2)
        {
            return answers;
        }

        var first = named[0];
        return answers with
        {
            Category = first.Category ?? answers.Category,
            WeightKg = first.WeightKg ?? answers.WeightKg,
            OtherProducts = [.. named.Skip(1)],
        };
    }

    /// <summary>True when <paramref name="category"/> is one of the products waiting: the user is switching to it.</summary>
    public static bool IsWaiting(LogisticsAnswers answers, string? category) =>
        category is not null && (answers.OtherProducts ?? []).Any(p => string.Equals(p.Category, category, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// After a what-if: when the new category or weight is a product waiting, that product leaves the list (bringing
    /// its own weight when it has one) and the product shown before takes its place there.
    /// </summary>
    public static (LogisticsAnswers Answers, decimal? WeightTaken) Switch(LogisticsAnswers before, LogisticsAnswers after)
    {
        var others = before.OtherProducts ?? [];
        var categoryChanged = !string.Equals(before.Category, after.Category, StringComparison.OrdinalIgnoreCase);
        var weightChanged = before.WeightKg != after.WeightKg;
        var chosen = others.FirstOrDefault(p => categoryChanged && after.Category is not null && string.Equals(p.Category, after.Category, StringComparison.OrdinalIgnoreCase))
            ?? others.FirstOrDefault(p => !categoryChanged && weightChanged && p.WeightKg is { } kg && after.WeightKg is { } now && SameWeight(kg, now));
        if (chosen is null)
        {
            return (after, null);
        }

        var weightTaken = !weightChanged && chosen.WeightKg is { } own && own != after.WeightKg ? own : (decimal?)null;
        var shownBefore = new LogisticsProduct(before.Category, before.WeightKg);
        var remaining = others.Where(p => p != chosen).Append(shownBefore).ToList();
        return (after with { WeightKg = weightTaken ?? after.WeightKg, OtherProducts = remaining }, weightTaken);
    }

    /// <summary>
    /// A product as the user is told it: the words they typed with the category they were read as ("power banks
    /// (batteries and power)"), its category alone when the words are the category's name, else its weight ("a 5 kg parcel").
    /// </summary>
    public string Name(LogisticsProduct product, BotLanguage language)
    {
        var chinese = language.IsChinese;
        if (product.Category is { } id && knowledgeBase.FindCategory(id)?.Name.Get(language) is { } name)
        {
            var category = chinese ? name : name.ToLowerInvariant();
            return TypedWords(product) is { } words && !string.Equals(words, category, StringComparison.OrdinalIgnoreCase)
                ? (chinese ? $"{words}（{category}）" : $"{words} ({category})")
                : category;
        }

        var weight = LogisticsResultBuilder.Kilograms(product.WeightKg ?? 0m);
        if (TypedWords(product) is { } goods)
        {
            return chinese ? $"{weight} 的{goods}" : $"{weight} of {goods}";
        }

        return chinese ? weight + " 的包裹" : "a " + weight + " parcel";
    }

    /// <summary>What the user says to switch to the product ("toys", "5 kg").</summary>
    public string Word(LogisticsProduct product, BotLanguage language) =>
        product.Category is null ? LogisticsResultBuilder.Kilograms(product.WeightKg ?? 0m)
        : TypedWords(product) ?? Name(product, language);

    private static string? TypedWords(LogisticsProduct product) =>
        string.IsNullOrWhiteSpace(product.Words) ? null : product.Words.Trim().ToLowerInvariant();

    private static bool SameWords(string a, string b) =>
        a.Contains(b, StringComparison.OrdinalIgnoreCase) || b.Contains(a, StringComparison.OrdinalIgnoreCase);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:(?:(?:box|bag|parcel|carton|package|packet|case)(?:es|s)?\s+)?of\s+(?<goods>[a-z][a-z' -]{1,40}?)(?=\s+(?:and|to|for|going|which|that)\b|\s*[,.;]|\s*$)|的(?<goods>[\u4e00-\u9fff]{1,8}?)(?=[，,。；;、和与及]|都|寄|发|送|要|$))", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex GoodsWords();

    private static bool SameWeight(decimal a, decimal b) =>
        Math.Abs(a - b) <= Math.Max(a, b) * SameWeightShare;
}
