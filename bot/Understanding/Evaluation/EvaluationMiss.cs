namespace CrossBorderBot.Understanding.Evaluation;

/// <summary>A line the recognizer got wrong: its intent, its issue sub-type, its entities, or several.</summary>
internal sealed record EvaluationMiss(
    EvaluationCase Case,
    string PredictedIntent,
    double Score,
    string? PredictedSubType,
    IReadOnlyCollection<string> MissingEntities,
    IReadOnlyCollection<string> ExtraEntities)
{
    public bool IntentWrong => !string.Equals(Case.Intent, PredictedIntent, StringComparison.Ordinal);

    public bool SubTypeWrong => Case.SubType is not null && !string.Equals(Case.SubType, PredictedSubType, StringComparison.Ordinal);

    public bool EntitiesWrong => MissingEntities.Count > 0 || ExtraEntities.Count > 0;
}
