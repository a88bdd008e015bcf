namespace CrossBorderBot.Understanding;

/// <summary>One thing the recognizer can name in a message: a country, a region or a product category.</summary>
/// <param name="Id">The knowledge base id (country code in lower case, region id, category id).</param>
/// <param name="EnglishName">Display name in English.</param>
/// <param name="ChineseName">Display name in Simplified Chinese.</param>
/// <param name="EnglishPhrases">Every English phrase that names it (name, aliases or keywords).</param>
/// <param name="ChinesePhrases">Every Chinese phrase that names it.</param>
public sealed record VocabularyTerm(
    string Id,
    string EnglishName,
    string ChineseName,
    IReadOnlyList<string> EnglishPhrases,
    IReadOnlyList<string> ChinesePhrases);
