namespace CrossBorderBot.Knowledge.Model;

/// <summary>One problem found while loading the data: where (path relative to the data folder, YAML line) and what.</summary>
public sealed record KnowledgeProblem(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
