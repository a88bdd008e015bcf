using System.Text.RegularExpressions;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>The product category a question names by one of its keywords ("蓝牙耳机", "wifi camera", "LED lamps"), longest keyword first.</summary>
internal sealed class ProductCategoryWords(KnowledgeBase kb)
{
    public Category? Of(string text) => Match(text)?.Category;

    /// <summary>The category and the keyword that named it ("cutting boards"), or null.</summary>
    public (Category Category, string Keyword)? Match(string text) =>
        kb.Categories
            .SelectMany(c => (c.Keywords?.En ?? []).Concat(c.Keywords?.ZhCn ?? []).Select(k => (Category: c, Keyword: k)))
            .Where(k => KnowledgeLanguage.ContainsCjk(k.Keyword)
                ? text.Contains(k.Keyword, StringComparison.Ordinal)
                // A keyword written in the plural ("cameras") also names one ("a wifi camera").
                : Regex.IsMatch(text, $@"\b{Regex.Escape(k.Keyword.Length > 4 && k.Keyword.EndsWith('s') ? k.Keyword[..^1] : k.Keyword)}s?\b", RegexOptions.IgnoreCase))
            .OrderByDescending(k => k.Keyword.Length)
            .Select(k => ((Category, string)?)(k.Category, k.Keyword))
            .FirstOrDefault();
}
