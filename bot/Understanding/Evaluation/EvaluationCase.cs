namespace CrossBorderBot.Understanding.Evaluation;

/// <summary>One labelled utterance of an evaluation set.</summary>
/// <param name="LineNumber">Line in the source file (for reports).</param>
/// <param name="Utterance">What the user typed.</param>
/// <param name="Intent">Expected intent name.</param>
/// <param name="Entities">Expected entities as "type=value" keys (see <see cref="EvaluationSet"/>), issue types excluded.</param>
/// <param name="SubType">Expected issue sub-type, when the line is labelled with one.</param>
/// <param name="EntitiesLabelled">False for sets that carry intents only (the training file's dev split).</param>
internal sealed record EvaluationCase(
    int LineNumber,
    string Utterance,
    string Intent,
    IReadOnlySet<string> Entities,
    string? SubType = null,
    bool EntitiesLabelled = true)
{
    public bool IsChinese => LanguageDetector.ContainsCjk(Utterance);
}
