namespace CrossBorderBot.Understanding;

/// <summary>The words the recognizer knows, read from the knowledge base's geography and category files.</summary>
public sealed record Vocabulary(
    IReadOnlyList<VocabularyTerm> Countries,
    IReadOnlyList<VocabularyTerm> Regions,
    IReadOnlyList<VocabularyTerm> Categories);
