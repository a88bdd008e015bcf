namespace CrossBorderBot.Understanding.Evaluation;

/// <summary>A line the recognizer got wrong: its intent, its entities, or both.</summary>
internal sealed record EvaluationMiss(
    EvaluationCase Case,
    string PredictedIntent,
    double Score,
    IReadOnlyCollection<string> MissingEntities,
    IReadOnlyCollection<string> ExtraEntities)
{
    public bool IntentWrong => !string.Equals(Case.Intent, PredictedIntent, StringComparison.Ordinal);
}
