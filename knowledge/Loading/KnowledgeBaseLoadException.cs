using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Loading;

/// <summary>Thrown at start-up when the knowledge data has problems; the message lists them all.</summary>
public sealed class KnowledgeBaseLoadException : Exception
{
    public KnowledgeBaseLoadException(string dataDirectory, IReadOnlyList<KnowledgeProblem> problems)
        : base($"The knowledge base in '{dataDirectory}' has {problems.Count} problem(s):{Environment.NewLine}" +
               string.Join(Environment.NewLine, problems))
    {
        DataDirectory = dataDirectory;
        Problems = problems;
    }

    public string DataDirectory { get; }

    public IReadOnlyList<KnowledgeProblem> Problems { get; }
}
