using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Loading;

/// <summary>What loading produced: the knowledge base (with every entry that could be read) and every problem found.</summary>
public sealed record KnowledgeLoadResult(KnowledgeBase KnowledgeBase, IReadOnlyList<KnowledgeProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
