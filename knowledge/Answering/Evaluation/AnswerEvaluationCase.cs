using System.Text.RegularExpressions;

namespace CrossBorderBot.Knowledge.Answering.Evaluation;

/// <summary>One labelled question: the entries that answer it (none when the knowledge base cannot) and a pattern the answer must contain.</summary>
public sealed record AnswerEvaluationCase(int LineNumber, string Question, IReadOnlyList<string> ExpectedIds, Regex? MustContain)
{
    public bool Answerable => ExpectedIds.Count > 0;
}
