namespace CrossBorderBot.Understanding;

/// <summary>The words the recognizer knows, read from the knowledge base's data files and the recognizer's alias list.</summary>
/// <param name="Countries">Countries (id = ISO code in lower case).</param>
/// <param name="Regions">Regions (id = region id).</param>
/// <param name="Categories">Product categories (id = category id).</param>
public sealed record Vocabulary(
    IReadOnlyList<VocabularyTerm> Countries,
    IReadOnlyList<VocabularyTerm> Regions,
    IReadOnlyList<VocabularyTerm> Categories)
{
    /// <summary>Sales platforms (id = platform id), from the knowledge base's platform files plus aliases.</summary>
    public IReadOnlyList<VocabularyTerm> Platforms { get; init; } = [];

    /// <summary>Goods that carriers treat apart (id = battery, liquid, powder, magnet).</summary>
    public IReadOnlyList<VocabularyTerm> SensitiveGoods { get; init; } = [];

    /// <summary>Short replies to a question (id = yes, no, unknown).</summary>
    public IReadOnlyList<VocabularyTerm> Answers { get; init; } = [];
}
