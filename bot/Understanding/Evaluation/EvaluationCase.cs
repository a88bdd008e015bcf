namespace CrossBorderBot.Understanding.Evaluation;

/// <summary>One labelled utterance of the evaluation set.</summary>
/// <param name="LineNumber">Line in the source file (for reports).</param>
/// <param name="Utterance">What the user typed.</param>
/// <param name="Intent">Expected intent name.</param>
/// <param name="Entities">Expected entities as "type=value" keys (see <see cref="EvaluationSet"/>).</param>
internal sealed record EvaluationCase(int LineNumber, string Utterance, string Intent, IReadOnlySet<string> Entities);
